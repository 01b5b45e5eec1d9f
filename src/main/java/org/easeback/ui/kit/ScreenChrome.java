package org.easeback.ui.kit;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The parts the full-window screens share, built one way so they look and behave alike: the header with its title
 * row, the way back to the library (button and Esc), and the window dialogs belong to. Looks stay in the CSS.
 */
public final class ScreenChrome {

    private ScreenChrome() {
    }

    /** The screen's big title. */
    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("screen-title");
        return title;
    }

    /** The title on the left, {@code actions} pushed to the right. */
    public static HBox titleRow(String title, Node... actions) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(title(title), spacer);
        row.getChildren().addAll(actions);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("title-row");
        return row;
    }

    /** The block at the top of a screen: the title row and what goes under it. */
    public static VBox header(Node... rows) {
        VBox header = new VBox(rows);
        header.getStyleClass().add("screen-header");
        return header;
    }

    /** A "Library" button (Alt+L) that goes back to the library. */
    public static Button backToLibrary(AppNavigator navigator) {
        Button back = Icons.on(new Button("_Library"), Material2AL.ARROW_BACK);
        back.setOnAction(e -> navigator.showLibrary());
        return back;
    }

    /** Esc anywhere on {@code root} goes back to the library. */
    public static void escapeToLibrary(Node root, AppNavigator navigator) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                navigator.showLibrary();
                e.consume();
            }
        });
    }

    /** The window {@code node} is shown in, to own a dialog; null before it is shown. */
    public static Window windowOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
