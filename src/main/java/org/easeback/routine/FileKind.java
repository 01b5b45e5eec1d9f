package org.easeback.routine;

/** The kinds of JSON file Easeback reads, each with its own rules and the words messages use for it. */
public enum FileKind {
    ROUTINE("a routine", "routine files", Routine.FORMAT),
    CATALOG("a technique catalog", "technique catalogs", TechniqueCatalog.FORMAT),
    RECEIVER("a receiver profile", "receiver files", "easeback-receiver/1"),
    OILS("an oils file", "oils files", OilCatalog.FORMAT),
    SCHEMA("a JSON Schema", "schema files", "");

    private final String singular;
    private final String plural;
    private final String format;

    FileKind(String singular, String plural, String format) {
        this.singular = singular;
        this.plural = plural;
        this.format = format;
    }

    /** For example "a routine". */
    public String singular() {
        return singular;
    }

    /** For example "routine files". */
    public String plural() {
        return plural;
    }

    /** The value of "format" that files of this kind carry; empty for schemas. */
    public String format() {
        return format;
    }
}
