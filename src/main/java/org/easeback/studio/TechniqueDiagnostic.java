package org.easeback.studio;

import org.easeback.routine.Diagnostic;

/**
 * A catalog diagnostic of a technique draft, with validate's words, and where it points: a field by file name
 * ("name", "motion", "path"), "" for the technique as a whole, and for a diagram point its index (else -1).
 */
public record TechniqueDiagnostic(Diagnostic diagnostic, String field, int point) {

    public String message() {
        return diagnostic.message();
    }

    /** Where a JSON pointer into a one-technique catalog points. */
    static TechniqueDiagnostic at(Diagnostic d, String pointer) {
        String[] t = pointer.split("/", -1);
        // "", "techniques", "0", field, ... ; the diagram's own fields stand for themselves
        if (t.length < 4) {
            return new TechniqueDiagnostic(d, "", -1);
        }
        if (t[3].equals("diagram") && t.length >= 5) {
            int point = t.length >= 6 && t[5].matches("[0-9]{1,3}") ? Integer.parseInt(t[5]) : -1;
            return new TechniqueDiagnostic(d, t[4], point);
        }
        return new TechniqueDiagnostic(d, t[3], -1);
    }
}
