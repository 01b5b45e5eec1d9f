package org.easeback.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The file-name stem for a receiver, made from their name: lower-case ASCII letters, digits and dashes only, so a
 * name can never become a path ("../x", "C:\\", "con") or a hidden file.
 */
public final class ReceiverSlug {

    private static final int MAX_LENGTH = 40;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ReceiverSlug() {
    }

    /** The slug of {@code name}: "Zoë O'Neil" becomes "zoe-o-neil"; a name with no letters becomes "receiver". */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length() && slug.length() < MAX_LENGTH; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String s = slug.toString();
        if (s.isEmpty()) {
            return "receiver";
        }
        return WINDOWS_RESERVED.contains(s) ? "receiver-" + s : s;
    }
}
