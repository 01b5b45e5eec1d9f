package org.easeback.ui.about;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.easeback.ui.kit.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The About panel, laid over whatever screen is showing: version, data folder and log file, and the licences in
 * a scrolling text. Keyboard only: the licences take focus, Tab reaches Close, Esc closes from anywhere in it.
 */
public final class AboutOverlay {

    static final String STYLESHEET = Objects.requireNonNull(
            AboutOverlay.class.getResource("about.css"), "about.css is missing").toExternalForm();

    private final StackPane root = new StackPane();
    private final TextArea licences = new TextArea();

    public AboutOverlay(AboutViewModel model) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("about-overlay");

        Label title = new Label(model.title());
        title.getStyleClass().add("about-title");

        GridPane facts = new GridPane();
        facts.getStyleClass().add("about-facts");
        int row = 0;
        for (AboutViewModel.Fact fact : model.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("about-fact-label");
            // A read-only field, so a path can be selected and copied into a file manager or a bug report.
            TextField value = new TextField(fact.value());
            value.setEditable(false);
            value.setFocusTraversable(false);
            value.getStyleClass().add("about-fact-value");
            value.setAccessibleText(fact.label() + ": " + fact.value());
            GridPane.setHgrow(value, Priority.ALWAYS);
            facts.addRow(row++, label, value);
        }

        Label licenceHeading = new Label("Licences");
        licenceHeading.getStyleClass().add("about-heading");
        licences.setText(model.licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.getStyleClass().add("about-licences");
        licences.setAccessibleText("Licences");
        VBox.setVgrow(licences, Priority.ALWAYS);

        Label hint = new Label(model.hint());
        hint.getStyleClass().add("about-hint");
        hint.setWrapText(true);
        Button close = Icons.on(new Button("_Close"), Material2AL.CLOSE);
        close.getStyleClass().add("about-close");
        close.setOnAction(e -> model.close());
        HBox footer = new HBox(hint, close);
        HBox.setHgrow(hint, Priority.ALWAYS);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("about-footer");

        VBox panel = new VBox(title, facts, licenceHeading, licences, footer);
        panel.getStyleClass().add("about-panel");
        panel.setMaxSize(920, 620);
        root.getChildren().add(panel);

        // A filter, so Esc closes even when the text area (which would keep it) has the focus.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                model.close();
            }
        });
    }

    public Node root() {
        return root;
    }

    /** The node to focus when the overlay opens: the licences, so the arrows scroll them at once. */
    public Node initialFocus() {
        return licences;
    }
}
