package org.easeback.ui.studio;

import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.easeback.studio.DraftDiagnostic;
import org.easeback.studio.StepPath;

/**
 * The two lists that follow the draft: the problems (each goes to its field with Enter or a click) and the live
 * plan (inserted check-ins marked; Enter or a click selects the step an entry came from).
 */
final class StudioSidePanes {

    private final StudioViewModel model;
    private final ListView<DraftDiagnostic> problems = new ListView<>();
    private final ListView<PlanRow> plan = new ListView<>();
    private final VBox problemsBox;
    private final VBox planBox;
    private final BiConsumer<StepPath, String> goTo;

    /** @param goTo selects a step and focuses one of its fields ("" for the step as a whole) */
    StudioSidePanes(StudioViewModel model, BiConsumer<StepPath, String> goTo) {
        this.model = model;
        problems.setItems(model.checks().diagnostics());
        problems.getStyleClass().add("problem-list");
        problems.setCellFactory(l -> new ProblemCell());
        // A fixed text, so that its mnemonic (Alt+B) stays registered; the count has a label of its own.
        Label problemsTitle = new Label("Pro_blems");
        problemsTitle.setMnemonicParsing(true);
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.checks().diagnostics())
                .asString("(%d): Enter or F8 goes to the field"));
        count.getStyleClass().add("problem-count");
        count.setWrapText(true);
        problemsTitle.setLabelFor(problems);
        problemsTitle.getStyleClass().add("form-label");
        problemsTitle.setWrapText(true);
        problems.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && problems.getSelectionModel().getSelectedItem() != null) {
                DraftDiagnostic d = problems.getSelectionModel().getSelectedItem();
                goTo.accept(d.location().step(), fieldOf(d));
                e.consume();
            }
        });
        problems.setOnMouseClicked(e -> {
            DraftDiagnostic d = problems.getSelectionModel().getSelectedItem();
            if (d != null) {
                goTo.accept(d.location().step(), fieldOf(d));
            }
        });
        javafx.scene.layout.HBox titleRow = new javafx.scene.layout.HBox(problemsTitle, count);
        titleRow.getStyleClass().add("problems-title");
        titleRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        this.goTo = goTo;
        problemsBox = new VBox(titleRow, problems);
        problemsBox.getStyleClass().add("problems-box");
        problemsBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.checks().diagnostics()));
        problemsBox.managedProperty().bind(problemsBox.visibleProperty());

        plan.setItems(model.checks().planRows());
        plan.getStyleClass().add("plan-list");
        plan.setCellFactory(l -> new PlanCell());
        plan.setPlaceholder(new Label("No plan yet"));
        Label planTitle = new Label("_Plan");
        planTitle.setMnemonicParsing(true);
        planTitle.setLabelFor(plan);
        planTitle.getStyleClass().add("form-label");
        Label summary = new Label();
        summary.textProperty().bind(model.checks().planSummaryProperty());
        summary.getStyleClass().add("plan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Runnable select = () -> {
            PlanRow row = plan.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.checks().planProperty().get().flatMap(p -> p.stepOf(row.index()))
                        .ifPresent(path -> model.selectedProperty().set(path));
            }
        };
        plan.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                select.run();
                e.consume();
            }
        });
        plan.setOnMouseClicked(e -> select.run());
        planBox = new VBox(planTitle, summary, plan);
        planBox.getStyleClass().add("plan-box");
        VBox.setVgrow(plan, Priority.ALWAYS);
    }

    /** F8: the next problem after the one last gone to, selected in the list, and its field focused. */
    void nextProblem() {
        int n = problems.getItems().size();
        if (n == 0) {
            return;
        }
        int next = (problems.getSelectionModel().getSelectedIndex() + 1) % n;
        problems.getSelectionModel().select(next);
        problems.scrollTo(next);
        DraftDiagnostic d = problems.getItems().get(next);
        goTo.accept(d.location().step(), fieldOf(d));
    }

    VBox problems() {
        return problemsBox;
    }

    VBox plan() {
        return planBox;
    }

    ListView<DraftDiagnostic> problemList() {
        return problems;
    }

    private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile(
            "^missing required field '([A-Za-z]+)'");

    /** The field to go to: the one named, or for a missing field (the loader points at its object) the missing one. */
    static String fieldOf(DraftDiagnostic d) {
        if (!d.location().field().isEmpty()) {
            return d.location().field();
        }
        java.util.regex.Matcher m = MISSING.matcher(d.message());
        return m.find() ? m.group(1) : "";
    }

    /** "Step 2, seconds: MESSAGE". */
    static String where(DraftDiagnostic d) {
        StepPath step = d.location().step();
        String at = step.isRoutine() ? "Routine" : "Step " + step.number();
        String field = fieldOf(d);
        return field.isEmpty() ? at : at + ", " + field;
    }

    /**
     * A list row's height for its wrapped text at the list's real width: a cell asked without a width would measure
     * its text on one line and cut it.
     */
    static double wrappedHeight(ListCell<?> cell, javafx.scene.layout.Region graphic, double width) {
        double w = (width > 0 ? width : cell.getListView() == null ? 300 : cell.getListView().getWidth())
                - cell.snappedLeftInset() - cell.snappedRightInset() - 2 * cell.getFont().getSize();
        return cell.snappedTopInset() + graphic.prefHeight(Math.max(40, w)) + cell.snappedBottomInset();
    }

    private static final class ProblemCell extends ListCell<DraftDiagnostic> {
        private final Label where = new Label();
        private final Label message = new Label();
        private final VBox box = new VBox(where, message);

        ProblemCell() {
            where.getStyleClass().add("problem-where");
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            box.getStyleClass().add("problem-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DraftDiagnostic d, boolean empty) {
            super.updateItem(d, empty);
            setText(null);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            where.setText(where(d) + (d.error() ? "" : " (warning)"));
            message.setText(d.message());
            setGraphic(box);
        }

        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null ? super.computePrefHeight(width) : wrappedHeight(this, box, width);
        }
    }

    private static final class PlanCell extends ListCell<PlanRow> {
        private final Label when = new Label();
        private final Label text = new Label();
        private final VBox row = new VBox(when, text);

        PlanCell() {
            when.getStyleClass().add("plan-at");
            text.getStyleClass().add("plan-text");
            text.setWrapText(true);
            row.getStyleClass().add("plan-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlanRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            getStyleClass().removeAll("plan-inserted", "plan-check-in");
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            when.setText(r.length().isEmpty() ? r.at() : r.at() + " \u00b7 " + r.length());
            text.setText(r.text());
            if (r.inserted()) {
                getStyleClass().add("plan-inserted");
            } else if (r.checkIn()) {
                getStyleClass().add("plan-check-in");
            }
            setGraphic(row);
        }

        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null ? super.computePrefHeight(width) : wrappedHeight(this, row, width);
        }
    }
}
