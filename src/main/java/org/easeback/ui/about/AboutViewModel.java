package org.easeback.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What the About overlay says: the build's version, where the data and the log live, and the licences. */
public final class AboutViewModel {

    /** The licence texts, beside this class. */
    static final String LICENCES = "licences.txt";

    /** One labelled line of the overlay's facts, such as "Version" and "0.1.0". */
    public record Fact(String label, String value) {
    }

    private final String version;
    private final Path dataFolder;
    private final Path logFile;
    private final String licences;
    private final Runnable onClose;

    /**
     * @param version    the build's version, from the same resource as {@code --version}
     * @param dataFolder the folder the app keeps its data in (it follows {@code --data})
     * @param logFile    the current log file
     * @param onClose    what closing the overlay does
     */
    public AboutViewModel(String version, Path dataFolder, Path logFile, Runnable onClose) {
        this(version, dataFolder, logFile, bundledLicences(), onClose);
    }

    AboutViewModel(String version, Path dataFolder, Path logFile, String licences, Runnable onClose) {
        this.version = Objects.requireNonNull(version);
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.logFile = Objects.requireNonNull(logFile);
        this.licences = Objects.requireNonNull(licences);
        this.onClose = Objects.requireNonNull(onClose);
    }

    public String title() {
        return "About Easeback";
    }

    /** Version, data folder and log file, each as a label and a value the user can select and copy. */
    public List<Fact> facts() {
        return List.of(new Fact("Version", version),
                new Fact("Data folder", dataFolder.toAbsolutePath().toString()),
                new Fact("Log file", logFile.toAbsolutePath().toString()));
    }

    /** Easeback's licence, the bundled libraries' and the speech engines'. */
    public String licences() {
        return licences;
    }

    public String hint() {
        return "Esc closes. Up and down or Page Up and Page Down scroll the licences.";
    }

    public void close() {
        onClose.run();
    }

    /** Reads the licence texts shipped in the jar; a build without them is a packaging bug, so it fails loudly. */
    static String bundledLicences() {
        try (InputStream in = AboutViewModel.class.getResourceAsStream(LICENCES)) {
            if (in == null) {
                throw new IllegalStateException(LICENCES + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LICENCES, e);
        }
    }
}
