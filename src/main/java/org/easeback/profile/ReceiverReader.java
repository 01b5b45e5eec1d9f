package org.easeback.profile;

import java.nio.file.Path;

/** Turns the text of an {@code easeback-receiver/1} file into a receiver, or says what is wrong where. */
@FunctionalInterface
public interface ReceiverReader {

    /** Reads {@code text}, the content of {@code file} ({@code file} is used only in diagnostics). */
    ReceiverParse read(Path file, String text);
}
