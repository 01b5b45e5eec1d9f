package org.easeback.studio.share;

/** The shared-routine file format, {@code easeback-share/1}: one JSON file with a routine, its techniques and pictures. */
public final class ShareFormat {

    /** The format tag. */
    public static final String FORMAT = "easeback-share/1";
    /** The largest shared file read: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The most techniques and pictures one shared file may carry. */
    public static final int MAX_TECHNIQUES = 100;
    public static final int MAX_PICTURES = 32;
    /** Where imported pictures go, inside the user's routines folder, and how routines name them. */
    public static final String PICTURE_FOLDER = "images";

    private ShareFormat() {
    }
}
