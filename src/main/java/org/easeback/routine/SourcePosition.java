package org.easeback.routine;

/** A 1-based line and column in a source file. */
public record SourcePosition(int line, int column) {

    /** For values that were not read from a file. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
