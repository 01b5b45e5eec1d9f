package org.easeback.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code version.properties}, so every form of the build prints the same one. */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"easeback " + version()};
    }

    /** The build's version; the jar manifest's as a fallback, then "unknown" for classes not built by Maven. */
    public static String version() {
        String fromResource = read(VersionProvider.class.getResourceAsStream(RESOURCE));
        if (fromResource != null) {
            return fromResource;
        }
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }

    /** The {@code version} key of a properties stream, or null when the stream is missing or was not filtered. */
    static String read(InputStream in) {
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
