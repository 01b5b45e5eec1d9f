package org.easeback.logging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version Maven wrote into {@code version.properties}: the one source for {@code --version} and the About
 * overlay, so every form of the build (jar, app image, .deb) names the same one. It sits here, below both the
 * command line and the UI, beside the log set-up that the About overlay also points at.
 */
public final class BuildVersion {

    /** The filtered resource, beside this class. */
    public static final String RESOURCE = "version.properties";

    private BuildVersion() {
    }

    /** The build's version; the jar manifest's as a fallback, then "unknown" for classes not built by Maven. */
    public static String version() {
        String fromResource = read(BuildVersion.class.getResourceAsStream(RESOURCE));
        if (fromResource != null) {
            return fromResource;
        }
        String fromManifest = BuildVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }

    /** The {@code version} key of a properties stream, or null when the stream is missing or was not filtered. */
    public static String read(InputStream in) {
        if (in == null) {
            return null;
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        String v = p.getProperty("version", "").strip();
        return v.isEmpty() || v.contains("${") ? null : v;
    }
}
