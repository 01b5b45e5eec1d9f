package org.easeback.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A tiny stored format for tests: {"format": "easeback-note/1", "text": "..."}. */
final class NoteFormat implements StoredFormat<String> {

    static final FormatTag TAG = new FormatTag("easeback-note", 1);

    static byte[] note(String text) {
        return ("{\"format\": \"easeback-note/1\", \"text\": \"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public FormatTag current() {
        return TAG;
    }

    @Override
    public String description() {
        return "note";
    }

    @Override
    public String decode(Path file, String text, JsonNode document) throws InvalidContentException {
        JsonNode t = document.get("text");
        if (t == null || !t.isTextual()) {
            throw new InvalidContentException("\"text\" is missing or not a string");
        }
        return t.asText();
    }
}
