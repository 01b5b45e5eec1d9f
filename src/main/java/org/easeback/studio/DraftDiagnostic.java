package org.easeback.studio;

import org.easeback.routine.Diagnostic;

/** A loader diagnostic of a draft, word for word as {@code validate} prints it, and the field it is about. */
public record DraftDiagnostic(Diagnostic diagnostic, DraftLocation location) {

    /** The sentence to show at the field and in the list. */
    public String message() {
        return diagnostic.message();
    }

    public boolean error() {
        return diagnostic.severity() == Diagnostic.Severity.ERROR;
    }
}
