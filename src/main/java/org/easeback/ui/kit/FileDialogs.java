package org.easeback.ui.kit;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The app's modal questions: which file to open or save, and "are you sure?". An interface so that tests answer
 * them without a native dialog; {@link #fx()} is the real one. Called on the FX thread; no file is read here.
 */
public interface FileDialogs {

    /** The file to open, or empty if the user cancelled. */
    Optional<Path> open(Window owner, String title, String description, String... extensions);

    /** Where to save, starting with {@code suggestedName}, or empty if the user cancelled. */
    Optional<Path> save(Window owner, String title, String suggestedName, String description, String... extensions);

    /** True if the user confirms {@code question} with {@code action} (e.g. "Delete"). */
    boolean confirm(Window owner, String question, String action);

    /** JavaFX's file choosers and an alert. */
    static FileDialogs fx() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, String description, String... extensions) {
                FileChooser chooser = chooser(title, description, extensions);
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, String description,
                                       String... extensions) {
                FileChooser chooser = chooser(title, description, extensions);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public boolean confirm(Window owner, String question, String action) {
                ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
                ButtonType no = new ButtonType("Keep", ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, no, yes);
                alert.initOwner(owner);
                alert.setHeaderText(null);
                alert.setTitle(action);
                // Keeping is the default: Enter from across the room must not delete anything.
                ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
                ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
                return alert.showAndWait().filter(yes::equals).isPresent();
            }

            private FileChooser chooser(String title, String description, String... extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
                return chooser;
            }
        };
    }
}
