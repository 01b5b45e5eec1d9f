package org.easeback.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.easeback.ui.about.AboutViewModel.Fact;
import org.junit.jupiter.api.Test;

class AboutViewModelTest {

    private final AtomicInteger closed = new AtomicInteger();
    private final AboutViewModel model = new AboutViewModel("1.2.3", Path.of("/home/ann/.local/share/easeback"),
            Path.of("/home/ann/.local/share/easeback/logs/easeback.log"), closed::incrementAndGet);

    @Test
    void factsNameTheVersionTheDataFolderAndTheLogFileInThatOrder() {
        assertThat(model.facts()).containsExactly(
                new Fact("Version", "1.2.3"),
                new Fact("Data folder", "/home/ann/.local/share/easeback"),
                new Fact("Log file", "/home/ann/.local/share/easeback/logs/easeback.log"));
    }

    @Test
    void aRelativeDataFolderIsShownAsTheAbsolutePathItMeans() {
        AboutViewModel relative = new AboutViewModel("1", Path.of("data"), Path.of("data/logs/easeback.log"),
                "", () -> { });

        assertThat(relative.facts().get(1).value()).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }

    @Test
    void theBundledLicencesNameEasebacksLicenceAndEveryBundledLibraryWithItsLicence() {
        String text = model.licences();

        assertThat(text).contains("Apache License, Version 2.0");
        assertThat(text).containsSubsequence("JavaFX", "Classpath Exception");
        assertThat(text).containsSubsequence("AtlantaFX", "MIT License");
        assertThat(text).containsSubsequence("Ikonli", "Apache License");
        assertThat(text).containsSubsequence("Jackson", "Apache License");
        assertThat(text).containsSubsequence("json-schema-validator", "Apache License");
        assertThat(text).containsSubsequence("Logback", "Eclipse Public License", "Lesser General Public");
        assertThat(text).containsSubsequence("SLF4J", "MIT License");
        assertThat(text).containsSubsequence("picocli", "Apache License");
    }

    @Test
    void theSpeechEnginesAreListedAsNotBundledWithTheirLicences() {
        String text = model.licences();

        assertThat(text).containsSubsequence("not bundled", "eSpeak NG", "General Public License, version 3");
        assertThat(text).contains("say (macOS)", "SAPI (Windows)");
    }

    @Test
    void closeRunsTheCallbackOnce() {
        model.close();

        assertThat(closed).hasValue(1);
    }

    @Test
    void theHintTellsHowToCloseWithTheKeyboard() {
        assertThat(model.hint()).contains("Esc");
    }
}
