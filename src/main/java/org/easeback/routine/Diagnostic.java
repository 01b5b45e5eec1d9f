package org.easeback.routine;

import java.nio.file.Path;

/** One problem found in a file, printed as {@code PATH:LINE:COL: error: MESSAGE}. */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    /** How serious a diagnostic is. */
    public enum Severity {
        ERROR("error"),
        WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    /** The one-line form editors and trainers read. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
