package org.easeback.ui.studio;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.easeback.studio.TechniqueDraft.Points;
import org.easeback.studio.TechniqueField;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.kit.ScrollIntoView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The technique editor: the fields on the left, the stroke diagram on the back map on the right with the animated
 * preview and the live problem list under it. Ctrl+Z and Ctrl+Shift+Z undo and redo, Ctrl+S saves, Esc goes back
 * (asking first about unsaved changes). Alt+N, Alt+D and Alt+P go to the name, the diagram and the problems; Enter
 * or a click on a problem goes to its field.
 */
public final class TechniqueEditorView implements AppScreen {

    /** The editor's own styles, on top of the app's. */
    public static final String STYLESHEET = Objects.requireNonNull(
            TechniqueEditorView.class.getResource("technique.css"), "technique.css is missing").toExternalForm();

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TO_DIAGRAM = new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN);
    private static final KeyCombination TO_PROBLEMS = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    private static final KeyCombination TO_NAME = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);

    private final TechniqueEditorModel model;
    private final Runnable back;
    private final StackPane root = new StackPane();
    private final TechniqueForm form;
    private final ScrollPane formScroll;
    private final DiagramEditor diagramEditor;
    private final TechniquePreview preview;
    private TechniqueProblemList problemList;
    private final TechniqueLeavePrompt prompt;

    /** @param back where Back goes once nothing unsaved is left: the routine studio */
    public TechniqueEditorView(TechniqueEditorModel model, Runnable back) {
        this.model = model;
        this.back = back;
        form = new TechniqueForm(model);
        formScroll = new ScrollPane(form.root());
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("technique-form-scroll");
        form.followFocus(formScroll);
        diagramEditor = new DiagramEditor(model.diagram());
        preview = new TechniquePreview(model.diagram().diagramProperty(),
                model.text(TechniqueField.STROKES_PER_MINUTE));
        prompt = new TechniqueLeavePrompt(() -> model.save(back), back, () -> form.focusTarget("name").requestFocus());

        BorderPane page = new BorderPane();
        page.getStyleClass().addAll("screen", "technique-editor");
        page.setTop(header());
        page.setCenter(body());
        page.setBottom(footer());
        root.getChildren().addAll(page, prompt);
        root.getStylesheets().add(STYLESHEET);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private Node header() {
        Label title = ScreenChrome.title("");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.freshProperty().get()
                ? "New technique" : "Edit technique", model.freshProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label dirty = new Label("Unsaved changes");
        dirty.getStyleClass().add("technique-dirty");
        dirty.visibleProperty().bind(model.dirtyProperty());
        dirty.setMinWidth(Region.USE_PREF_SIZE);
        Button undo = Icons.on(new Button("Undo"), Material2MZ.UNDO);
        undo.getStyleClass().add("technique-undo");
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        undo.setOnAction(e -> model.undo());
        Button redo = Icons.on(new Button("Redo"), Material2MZ.REDO);
        redo.getStyleClass().add("technique-redo");
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        redo.setOnAction(e -> model.redo());
        for (Button b : new Button[] {undo, redo}) {
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return headerRow(title, dirty, undo, redo);
    }

    private Node headerRow(Label title, Node... actions) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(title, spacer);
        row.getChildren().addAll(actions);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("title-row");
        return ScreenChrome.header(row);
    }

    private Node body() {
        Label diagramTitle = new Label("Stroke diagram (Alt+D)");
        diagramTitle.getStyleClass().add("form-label");
        diagramTitle.setLabelFor(diagramEditor.mapNode());
        diagramTitle.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox diagramRow = new HBox(diagramTitle, gap, diagramEditor.listChoice());
        diagramRow.getStyleClass().add("diagram-title-row");
        Label diagramProblem = new Label();
        diagramProblem.getStyleClass().addAll("field-error", "technique-field-problem");
        diagramProblem.setWrapText(true);
        diagramProblem.setMinHeight(Region.USE_PREF_SIZE);
        // A refusal already shows under the map; this line is for problems of the diagram as saved.
        diagramProblem.textProperty().bind(Bindings.createStringBinding(() -> model.problems().stream()
                .filter(p -> !p.refusal() && p.target().equals("path")).map(TechniqueProblem::message)
                .findFirst().orElse(""), model.problems()));
        diagramProblem.visibleProperty().bind(diagramProblem.textProperty().isNotEmpty());
        diagramProblem.managedProperty().bind(diagramProblem.visibleProperty());
        VBox.setVgrow(diagramEditor, Priority.ALWAYS);

        problemList = new TechniqueProblemList(model.problems(), this::goTo);
        Label problemsTitle = new Label("Problems (Alt+P)");
        problemsTitle.getStyleClass().add("form-label");

        VBox problems = new VBox(problemsTitle, problemList);
        problems.getStyleClass().add("technique-problems-box");
        VBox.setVgrow(problemList, Priority.ALWAYS);
        HBox.setHgrow(problems, Priority.ALWAYS);
        HBox under = new HBox(preview, problems);
        under.getStyleClass().add("technique-under-map");

        VBox right = new VBox(diagramRow, diagramEditor, diagramProblem, under);
        right.getStyleClass().add("technique-diagram-column");
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(formScroll, right);
        body.getStyleClass().add("technique-editor-body");
        return body;
    }

    private Node footer() {
        Label status = new Label();
        status.getStyleClass().add("technique-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> model.saving().runningProperty().get()
                ? "Saving…" : model.saving().outcomeProperty().get() == null ? ""
                : model.saving().outcomeProperty().get().sentence(),
                model.saving().runningProperty(), model.saving().outcomeProperty()));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button leave = Icons.on(new Button("Back"), Material2AL.ARROW_BACK);
        leave.getStyleClass().add("technique-back");
        leave.setOnAction(e -> requestLeave());
        Button save = new Button("Save");
        save.getStyleClass().addAll("accent", "technique-save");
        save.disableProperty().bind(model.saving().runningProperty());
        save.setOnAction(e -> model.save(() -> { }));
        leave.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(status, leave, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("screen-footer");
        return footer;
    }

    private void keys(KeyEvent e) {
        if (prompt.showing()) {
            return;
        }
        if (REDO.match(e) || REDO_Y.match(e)) {
            model.redo();
        } else if (UNDO.match(e)) {
            model.undo();
        } else if (SAVE.match(e)) {
            model.save(() -> { });
        } else if (TO_DIAGRAM.match(e)) {
            diagramEditor.mapNode().requestFocus();
        } else if (TO_PROBLEMS.match(e)) {
            problemList.focusFirst();
        } else if (TO_NAME.match(e)) {
            form.focusTarget("name").requestFocus();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            requestLeave();
        } else {
            return;
        }
        e.consume();
    }

    /** Esc or Back: leaves at once when everything is saved, else asks Save, Discard or Cancel. */
    public void requestLeave() {
        model.endTyping();
        if (model.dirtyProperty().get()) {
            prompt.show(model.text(TechniqueField.NAME).get().trim());
        } else {
            back.run();
        }
    }

    /** Goes to the field a problem is about: the diagram (at its point), or the form's control. */
    void goTo(TechniqueProblem problem) {
        if (problem == null) {
            return;
        }
        String target = problem.target();
        if (target.equals("path")) {
            Points list = problem.field().equals("hands") ? Points.HANDS : Points.PATH;
            model.diagram().listProperty().set(list);
            if (problem.point() >= 0 && problem.point() < model.diagram().points(list).size()) {
                model.diagram().setCursor(model.diagram().points(list).get(problem.point()));
            }
            diagramEditor.mapNode().requestFocus();
            return;
        }
        Node node = form.focusTarget(target);
        (node != null ? node : form.focusTarget("name")).requestFocus();
    }

    public TechniqueEditorModel model() {
        return model;
    }

    public DiagramEditor diagramEditor() {
        return diagramEditor;
    }

    public TechniquePreview preview() {
        return preview;
    }

    /** True while "Save your changes?" is showing. */
    public boolean asking() {
        return prompt.showing();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return form.focusTarget("name");
    }

    @Override
    public void onShow() {
        preview.start();
    }

    @Override
    public void onHide() {
        preview.stop();
        model.close();
    }
}
