package org.easeback.ui.studio;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The live problem list: one wrapped line per problem, each a button, so that Enter, Space or a click goes to its
 * field; ↑ and ↓ move between them. Long sentences wrap in full rather than being cut.
 */
final class TechniqueProblemList extends ScrollPane {

    private final VBox lines = new VBox();
    private final ObservableList<TechniqueProblem> problems;
    private final Consumer<TechniqueProblem> goTo;
    private final Label none = new Label("No problems: it passes every catalog rule.");

    TechniqueProblemList(ObservableList<TechniqueProblem> problems, Consumer<TechniqueProblem> goTo) {
        this.problems = problems;
        this.goTo = goTo;
        getStyleClass().add("technique-problems");
        lines.getStyleClass().add("technique-problem-lines");
        none.getStyleClass().add("page-hint");
        none.setWrapText(true);
        setContent(lines);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        problems.addListener((ListChangeListener<TechniqueProblem>) c -> rebuild());
        rebuild();
    }

    /** Focuses the first problem; false when there is none. */
    boolean focusFirst() {
        if (lines.getChildren().isEmpty() || !(lines.getChildren().get(0) instanceof Button first)) {
            return false;
        }
        first.requestFocus();
        return true;
    }

    /** The problems as shown, for tests. */
    int size() {
        return (int) lines.getChildren().stream().filter(Button.class::isInstance).count();
    }

    private void rebuild() {
        if (problems.isEmpty()) {
            lines.getChildren().setAll(none);
            return;
        }
        lines.getChildren().setAll(problems.stream().map(this::line).toList());
    }

    private Node line(TechniqueProblem problem) {
        Button b = new Button(problem.text());
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setAlignment(Pos.TOP_LEFT);
        b.getStyleClass().addAll("flat", "technique-problem",
                problem.error() ? "technique-problem-error" : "technique-problem-warning");
        b.setOnAction(e -> goTo.accept(problem));
        b.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int at = lines.getChildren().indexOf(b);
            if (e.getCode() == KeyCode.ENTER) {
                goTo.accept(problem);
            } else if (e.getCode() == KeyCode.DOWN && at + 1 < lines.getChildren().size()) {
                lines.getChildren().get(at + 1).requestFocus();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                lines.getChildren().get(at - 1).requestFocus();
            } else {
                return;
            }
            e.consume();
        });
        b.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                org.easeback.ui.kit.ScrollIntoView.reveal(this, b);
            }
        });
        return b;
    }
}
