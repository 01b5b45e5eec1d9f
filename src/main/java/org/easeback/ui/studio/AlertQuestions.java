package org.easeback.ui.studio;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.easeback.ui.kit.ScreenChrome;

/** The studio's questions as dialogs over the studio's window; Cancel is the default, so Enter loses nothing. */
final class AlertQuestions implements StudioQuestions {

    private Node anchor;

    /** The dialogs belong to the window {@code node} is shown in. */
    void anchor(Node node) {
        this.anchor = node;
    }

    @Override
    public Unsaved unsaved(String title) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask("Save the changes to \u201c" + title + "\u201d before leaving the studio?",
                "Unsaved changes", cancel, save, discard, cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public ChangedOnDisk changedOnDisk(String file) {
        ButtonType overwrite = new ButtonType("Replace it with mine", ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType("Reload theirs", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask(file + " was changed by another program since the studio opened it. Replace it "
                + "with the studio's version, or reload it and lose the studio's changes?", "Changed on disk",
                cancel, overwrite, reload, cancel);
        return answer == overwrite ? ChangedOnDisk.OVERWRITE : answer == reload ? ChangedOnDisk.RELOAD
                : ChangedOnDisk.CANCEL;
    }

    private ButtonType ask(String question, String title, ButtonType safe, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, buttons);
        if (anchor != null && ScreenChrome.windowOf(anchor) != null) {
            alert.initOwner(ScreenChrome.windowOf(anchor));
        }
        alert.setHeaderText(null);
        alert.setTitle(title);
        // Read from across the room, like the rest of the app: the dialog has no scaled root font of its own.
        alert.getDialogPane().getStylesheets().add(StudioView.STYLESHEET);
        alert.getDialogPane().getStyleClass().add("studio-question");
        for (ButtonType b : buttons) {
            ((Button) alert.getDialogPane().lookupButton(b)).setDefaultButton(b == safe);
        }
        return alert.showAndWait().orElse(safe);
    }
}
