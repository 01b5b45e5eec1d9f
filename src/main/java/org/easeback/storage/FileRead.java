package org.easeback.storage;

import java.nio.file.Path;

/** What {@link StrictFileReader} gave for one file: its bytes, or why it was not read. */
public sealed interface FileRead {

    /** The file as it was named. */
    Path file();

    /** The whole file, at most the cap it was read with. */
    record Bytes(Path file, byte[] bytes) implements FileRead {
    }

    /**
     * The file was not read, or not wholly.
     *
     * @param what why, as the end of a sentence that starts with the file: "is a named pipe (FIFO), not a file; …"
     * @param size the file's size in bytes when it was too large, else -1
     */
    record Refused(Path file, Refusal reason, String what, long size) implements FileRead {
        public Refused(Path file, Refusal reason, String what) {
            this(file, reason, what, -1);
        }
    }

    /** Why a file was refused; callers choose their own wording for the common ones. */
    enum Refusal {
        /** Nothing is there. */
        MISSING,
        /** A folder, a named pipe, a device, a socket: anything but a regular file. */
        NOT_A_FILE,
        /** A link, or a path through a link, whose target is outside the folder the file belongs to. */
        LINK_OUT_OF_FOLDER,
        /** Larger than the cap for its kind. */
        TOO_LARGE,
        /** The system would not let it be read (permissions, a disk error). */
        UNREADABLE,
        /** The name holds a character no path may have, such as NUL. */
        ILLEGAL_PATH
    }
}
