package org.easeback.ui.kit;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * File dialogs that answer at once, for tests: opening finds no file, saving goes to {@code saveTo} (or is
 * cancelled when it is empty), and "are you sure?" is answered {@code confirms}.
 */
public record AnsweringDialogs(Optional<Path> saveTo, boolean confirms) implements FileDialogs {

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, String description,
                               String... extensions) {
        return saveTo;
    }

    @Override
    public boolean confirm(Window owner, String question, String action) {
        return confirms;
    }
}
