package org.easeback.storage;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a stored file into its value: strict UTF-8, whole JSON, the right format tag, migrated to the
 * current version, then the format's own decoder on the migrated document. Every failure is a phrase that ends a
 * sentence beginning with the file's name.
 */
final class StoredDecoder {

    private final FormatMigrations migrations;

    StoredDecoder(FormatMigrations migrations) {
        this.migrations = migrations;
    }

    /** The phrase for a file that was not read at all. */
    static Problem refused(FileRead.Refused refused, StoredFormat<?> format) {
        return switch (refused.reason()) {
            case TOO_LARGE -> new Problem(String.format(Locale.ROOT, "is far too large to be an Easeback %s file "
                    + "(%,d bytes; at most %,d)", format.description(), refused.size(), format.maxBytes()), false);
            // Not ours to move or replace: a pipe, a device, a link out of the folder, an impossible name.
            case NOT_A_FILE, LINK_OUT_OF_FOLDER, ILLEGAL_PATH -> new Problem(refused.what()
                    + ". It was left as it is", true);
            default -> new Problem(refused.what(), false);
        };
    }

    <T> T decode(byte[] bytes, java.nio.file.Path file, StoredFormat<T> format) throws Problem {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new Problem("is empty; it was probably cut off while being saved", false);
        }
        if (!(Utf8Text.decode(bytes) instanceof Utf8Text.Text decoded)) {
            throw new Problem("is damaged: it contains bytes that are not UTF-8 text", false);
        }
        String text = decoded.text();
        JsonNode node;
        try {
            node = StoredJson.MAPPER.readTree(text);
        } catch (JsonEOFException e) {
            throw new Problem("is damaged: it ends part way through, as if it was cut off while being saved"
                    + at(e), false);
        } catch (JsonParseException e) {
            throw new Problem("is damaged: it is not valid JSON (" + e.getOriginalMessage() + ")" + at(e), false);
        } catch (JsonProcessingException e) {
            throw new Problem("is damaged: it is not valid JSON (" + e.getOriginalMessage() + ")", false);
        }
        if (!(node instanceof ObjectNode document)) {
            throw new Problem("is damaged: it should hold a JSON object, between { and }", false);
        }
        FormatTag current = format.current();
        JsonNode tagNode = document.get("format");
        if (tagNode == null || !tagNode.isTextual()) {
            throw new Problem("has no \"format\" tag, so it is not an Easeback " + format.description()
                    + " file (expected \"format\": \"" + current + "\")", false);
        }
        Optional<FormatTag> tag = FormatTag.parse(tagNode.asText());
        if (tag.isEmpty() || !tag.get().kind().equals(current.kind())) {
            throw new Problem("is not an Easeback " + format.description() + " file: its format is \""
                    + tagNode.asText() + "\", expected \"" + current + "\"", false);
        }
        ObjectNode migrated;
        try {
            migrated = migrations.migrate(document, tag.get(), current);
        } catch (FormatMigrations.FormatException e) {
            boolean newer = e.reason() == FormatMigrations.FormatException.Reason.NEWER;
            throw new Problem("cannot be opened: " + e.getMessage() + (newer ? "; it was left as it is" : ""), newer);
        }
        // A decoder that reads text sees the migrated document, so that no migration is lost on the way.
        String migratedText = migrated == document ? text : migrated.toPrettyString();
        try {
            return format.decode(file, migratedText, migrated);
        } catch (StoredFormat.InvalidContentException e) {
            throw new Problem("is damaged: " + e.getMessage(), false);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String at(StreamReadException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** A file is unusable; the message ends a sentence that starts with the file's name. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean leaveAlone;

        Problem(String message, boolean leaveAlone) {
            super(message, null, false, false);
            this.leaveAlone = leaveAlone;
        }
    }
}
