package org.easeback.ui.studio;

import java.util.Locale;
import org.easeback.routine.Diagnostic;
import org.easeback.studio.TechniqueDiagnostic;

/**
 * One line of the technique editor's problem list: a catalog diagnostic with validate's words, or a diagram point
 * refused just now (nothing was added, so no diagnostic of the draft names it).
 *
 * @param field   the field it belongs to, by its name in the file ("name", "path"); "" for the technique as a whole
 * @param point   the diagram point it names, or -1
 * @param refusal true for a refused diagram edit rather than a problem of the saved text
 */
public record TechniqueProblem(String field, int point, String message, boolean error, boolean refusal) {

    /** The fields of the diagram, which the diagram editor stands for. */
    static final java.util.Set<String> DIAGRAM_FIELDS = java.util.Set.of("diagram", "motion", "hands", "path");

    /** A field named in a diagnostic's words, such as "missing required field 'name'". */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([a-zA-Z]+)'");

    static TechniqueProblem of(TechniqueDiagnostic d) {
        return new TechniqueProblem(d.field(), d.point(), d.message(),
                d.diagnostic().severity() == Diagnostic.Severity.ERROR, false);
    }

    /**
     * The field Enter on this problem goes to. A diagnostic of the whole technique names the field in quotes
     * ("missing required field 'name'"), or, for a catalog rule, says which part it means in its words.
     */
    public String target() {
        if (!field.isEmpty()) {
            return DIAGRAM_FIELDS.contains(field) && !"motion".equals(field) ? "path" : field;
        }
        java.util.regex.Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            String name = quoted.group(1);
            if (DIAGRAM_FIELDS.contains(name)) {
                return "motion".equals(name) ? name : "path";
            }
            if (org.easeback.studio.TechniqueField.fromJson(name).isPresent()) {
                return name;
            }
        }
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("the diagram of")) {
            return "path";
        }
        if (m.contains("' works the ")) {
            return "works";
        }
        if (m.contains("is named as") || m.contains("is a professional technique")) {
            return "name";
        }
        return "instructions";
    }

    /** The line the list shows: where, then validate's words. */
    public String text() {
        String where = refusal ? "Refused" : error ? "Error" : "Warning";
        return where + ": " + message;
    }
}
