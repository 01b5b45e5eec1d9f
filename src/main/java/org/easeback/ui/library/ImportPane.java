package org.easeback.ui.library;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.easeback.studio.share.ImportPlan;
import org.easeback.ui.library.ImportFlow.Asking;
import org.easeback.ui.library.ImportFlow.Checking;
import org.easeback.ui.library.ImportFlow.Failed;
import org.easeback.ui.library.ImportFlow.Importing;
import org.easeback.ui.library.ImportFlow.Refused;
import org.easeback.ui.library.ImportFlow.Step;

/**
 * The import's questions and answers, over the library: checking, why a file was refused, how to settle a clash of
 * ids (Keep both is the default button), writing, and a failure. Esc closes it unless files are being written.
 */
final class ImportPane {

    /** Up to this many problems show as they are; more scroll in a box of fixed height. */
    private static final int SHOWN_WITHOUT_SCROLLING = 6;

    private final ImportFlow flow;
    private final StackPane scrim = new StackPane();
    private final VBox pane = new VBox();

    ImportPane(ImportFlow flow) {
        this.flow = flow;
        pane.getStyleClass().add("import-pane");
        pane.setMaxHeight(Region.USE_PREF_SIZE);
        scrim.getStyleClass().add("import-scrim");
        scrim.getChildren().add(pane);
        scrim.setAlignment(Pos.CENTER);
        scrim.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                flow.dismiss();
                e.consume();
            }
        });
        flow.stepProperty().addListener((o, a, step) -> show(step));
        show(flow.stepProperty().get());
    }

    /** The scrim and the pane; visible only while an import needs the user. */
    Node node() {
        return scrim;
    }

    /** True while the pane covers the library. */
    static boolean covers(Step step) {
        return step instanceof Checking || step instanceof Refused || step instanceof Asking
                || step instanceof Importing || step instanceof Failed;
    }

    private void show(Step step) {
        boolean visible = covers(step);
        scrim.setVisible(visible);
        scrim.setManaged(visible);
        pane.getChildren().clear();
        pane.getStyleClass().removeAll("import-refused", "import-asking");
        if (step instanceof Checking c) {
            busy("Checking " + c.file().getFileName() + "…");
        } else if (step instanceof Importing i) {
            busy("Importing '" + i.plan().title() + "'…");
        } else if (step instanceof Refused r) {
            pane.getStyleClass().add("import-refused");
            heading("This file cannot be imported");
            text("Nothing was written. Ask whoever shared it for a new copy, or fix these problems and import it "
                    + "again:");
            problems(r.problems());
            buttons(close("Close"));
        } else if (step instanceof Failed f) {
            pane.getStyleClass().add("import-refused");
            heading("The import did not finish");
            text(f.sentence());
            buttons(close("Close"));
        } else if (step instanceof Asking a) {
            asking(a);
        }
    }

    private void asking(Asking a) {
        pane.getStyleClass().add("import-asking");
        heading("Some names are already taken");
        text("'" + a.keepBoth().title() + "' uses names you already have. Nothing is overwritten unless you choose "
                + "Replace.");
        text("Keep both:");
        sentences(a.keepBothSays());
        Button keep = button("_Keep both", "keep-both");
        keep.setDefaultButton(true);
        keep.setOnAction(e -> flow.keepBoth());
        Button cancel = close("Cancel");
        if (a.replace().isPresent()) {
            text("Replace instead:");
            sentences(a.replace().get().clashes().stream().filter(c -> c.kind() == ImportPlan.Clash.Kind.ROUTINE)
                    .map(ImportPlan.Clash::describe).toList());
            Button replace = button("_Replace mine", "replace");
            replace.setOnAction(e -> flow.replace());
            buttons(keep, replace, cancel);
        } else {
            buttons(keep, cancel);
        }
    }

    private void busy(String what) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("import-spinner");
        HBox row = new HBox(spinner, label(what, "import-heading"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("import-busy");
        pane.getChildren().add(row);
    }

    private void heading(String text) {
        pane.getChildren().add(label(text, "import-heading"));
    }

    private void text(String text) {
        pane.getChildren().add(label(text, "import-text"));
    }

    /** What an answer does, one plain sentence a line. */
    private void sentences(List<String> lines) {
        VBox list = new VBox();
        list.getStyleClass().add("import-clashes");
        lines.forEach(l -> list.getChildren().add(label("• " + l, "import-clash")));
        pane.getChildren().add(list);
    }

    /** The problems, PATH:LINE:COL; a long list scrolls (a wrapped label in a scroll pane would be one line). */
    private void problems(List<String> lines) {
        VBox list = new VBox();
        list.getStyleClass().add("import-problems");
        lines.forEach(l -> list.getChildren().add(label(l, "import-problem")));
        if (lines.size() <= SHOWN_WITHOUT_SCROLLING) {
            pane.getChildren().add(list);
            return;
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("import-problems-scroll");
        scroll.setFocusTraversable(false);
        pane.getChildren().add(scroll);
    }

    private void buttons(Button... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("import-buttons");
        row.setAlignment(Pos.CENTER_RIGHT);
        pane.getChildren().add(row);
        // The first button takes the focus, so Enter gives the default answer and Tab reaches the others.
        buttons[0].sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                buttons[0].requestFocus();
            }
        });
        if (buttons[0].getScene() != null) {
            buttons[0].requestFocus();
        }
    }

    private Button close(String text) {
        Button close = button(text, "import-close");
        close.setCancelButton(true);
        if (!text.equals("Cancel")) {
            close.setDefaultButton(true);
        }
        close.setOnAction(e -> flow.dismiss());
        return close;
    }

    private static Button button(String text, String styleClass) {
        Button b = new Button(text);
        b.getStyleClass().add(styleClass);
        return b;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
