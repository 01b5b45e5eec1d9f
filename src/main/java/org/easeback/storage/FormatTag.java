package org.easeback.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code "format"} value every stored file carries, such as {@code easeback-receiver/1}: a kind and a version. */
public record FormatTag(String kind, int version) {

    private static final Pattern TAG = Pattern.compile("(easeback-[a-z][a-z-]*)/(\\d{1,6})");

    /** The tag in a file, if it has the {@code easeback-KIND/N} shape. */
    public static Optional<FormatTag> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(text);
        return m.matches() ? Optional.of(new FormatTag(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return kind + "/" + version;
    }
}
