package org.easeback.cli;

import java.io.InputStream;
import org.easeback.logging.BuildVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints {@link BuildVersion}'s version, so every form of the build and the About overlay say the same one. */
public final class VersionProvider implements IVersionProvider {

    /** The filtered resource, read from {@link BuildVersion}'s package. */
    static final String RESOURCE = "/org/easeback/logging/" + BuildVersion.RESOURCE;

    @Override
    public String[] getVersion() {
        return new String[] {"easeback " + version()};
    }

    /** The build's version; the jar manifest's as a fallback, then "unknown" for classes not built by Maven. */
    public static String version() {
        return BuildVersion.version();
    }

    /** The {@code version} key of a properties stream, or null when the stream is missing or was not filtered. */
    static String read(InputStream in) {
        return BuildVersion.read(in);
    }
}
