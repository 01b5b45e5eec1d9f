package org.easeback.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a session journal, line by line, skipping what a crash or a bad disk damaged instead of giving up. */
public final class JournalReader {

    private JournalReader() {
    }

    /** Every readable event of {@code file}. */
    public static JournalContents read(Path file) throws IOException {
        return parse(file, Files.readAllBytes(file));
    }

    static JournalContents parse(Path file, byte[] bytes) {
        List<JournalEvent> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean torn = false;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            boolean complete = end < bytes.length;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString().strip();
            } catch (CharacterCodingException e) {
                line = null;
            }
            if (line != null && line.isEmpty()) {
                start = end + 1;
                continue;
            }
            try {
                if (line == null) {
                    throw new JournalCodec.BadLine("it is not UTF-8 text");
                }
                JournalEvent event = JournalCodec.parse(line);
                if (events.isEmpty() != (event instanceof JournalEvent.Started)) {
                    throw new JournalCodec.BadLine(events.isEmpty()
                            ? "a journal must start with a start event" : "a journal has only one start event");
                }
                events.add(event);
            } catch (JournalCodec.BadLine bad) {
                if (complete) {
                    problems.add("Line " + lineNumber + " of the session journal " + file + " is skipped because "
                            + bad.getMessage() + ".");
                } else {
                    torn = true; // cut off mid-write by a crash: only this last event is lost
                }
            }
            start = end + 1;
        }
        return new JournalContents(file, events, problems, torn);
    }
}
