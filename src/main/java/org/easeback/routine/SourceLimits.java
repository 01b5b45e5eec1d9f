package org.easeback.routine;

/** Bounds on every file Easeback reads, so that a hostile file can neither hang nor exhaust memory. */
public final class SourceLimits {

    /** The largest file read: 1 MiB. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** How deep objects and lists may nest. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest text value. */
    public static final int MAX_TEXT_CHARS = 4_000;
    /** The most digits (and signs, dots, exponent) a number may have. */
    public static final int MAX_NUMBER_CHARS = 24;
    /** The longest field name. */
    public static final int MAX_NAME_CHARS = 256;

    private SourceLimits() {
    }
}
