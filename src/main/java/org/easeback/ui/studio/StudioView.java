package org.easeback.ui.studio;

import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.easeback.studio.StepPath;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.CloseGuard;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.PreviewLauncher;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.kit.ScrollIntoView;

/**
 * The routine studio: the steps as a tree on the left, the selected step's (or the routine's) fields in the middle
 * with the problems under them, and the live plan on the right. Every command has a key (see {@link StudioKeys});
 * leaving with unsaved changes asks first, here and when the window closes.
 */
public final class StudioView implements AppScreen, CloseGuard {

    /** The studio's stylesheet. */
    public static final String STYLESHEET = Objects.requireNonNull(StudioView.class.getResource("studio.css"),
            "studio.css is missing").toExternalForm();

    private final StudioViewModel model;
    private final AppNavigator navigator;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final StepTree tree;
    private final StepKindPicker picker;
    private final FieldEditors editors;
    private final StudioSidePanes side;
    private final ScrollPane formScroll;
    private final ComboBox<PreviewLauncher.Speed> speed = new ComboBox<>();
    private final Timeline diskPoll;

    public StudioView(StudioViewModel model, AppNavigator navigator, FileDialogs dialogs) {
        this.model = model;
        this.navigator = navigator;
        this.dialogs = dialogs;
        root.getStyleClass().addAll("screen", "studio");
        root.getStylesheets().add(STYLESHEET);
        tree = new StepTree(model);
        picker = new StepKindPicker(model);
        editors = new FieldEditors(model, this::wirePictureButton);
        side = new StudioSidePanes(model, this::goTo);
        picker.onDone(() -> editors.first().requestFocus(), () -> tree.node().requestFocus());

        Label stepsTitle = new Label("S_teps");
        stepsTitle.setMnemonicParsing(true);
        stepsTitle.setLabelFor(tree.node());
        stepsTitle.getStyleClass().add("form-label");
        VBox left = new VBox(stepsTitle, picker.node(), tree.node());
        left.getStyleClass().add("studio-tree-column");
        VBox.setVgrow(tree.node(), Priority.ALWAYS);

        formScroll = new ScrollPane(editors.node());
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("studio-form-scroll");
        model.editorRevisionProperty().addListener((o, a, b) -> followFocus());
        followFocus();
        VBox middle = new VBox(formScroll, side.problems());
        middle.getStyleClass().add("studio-form-column");
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        HBox.setHgrow(middle, Priority.ALWAYS);

        VBox right = side.plan();
        right.getStyleClass().add("studio-plan-column");
        HBox body = new HBox(left, middle, right);
        body.getStyleClass().add("studio-body");

        root.setCenter(body);
        root.setTop(header());
        root.setBottom(footer());
        new StudioKeys(this).install(root);
        diskPoll = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.files().checkDisk()));
        diskPoll.setCycleCount(Timeline.INDEFINITE);
    }

    private Node header() {
        Label title = ScreenChrome.title("");
        title.textProperty().bind(model.status().titleProperty());
        title.getStyleClass().add("studio-title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button save = button("_Save", "Ctrl+S", this::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.files().savingProperty());
        Button back = button("_Library", "Esc", this::leave);
        HBox titleRow = new HBox(title, save, back);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("title-row");

        Button add = button("_Add step", "Insert or Ctrl+Enter", this::showPicker);
        Button duplicate = button("_Duplicate", "Ctrl+D", model::duplicateSelected);
        Button remove = button("_Remove", "Delete, in the tree", model::removeSelected);
        Button up = button("Move up", "Alt+Up, in the tree", model::moveSelectedUp);
        Button down = button("Move down", "Alt+Down, in the tree", model::moveSelectedDown);
        Button undo = button("_Undo", "Ctrl+Z", model::undo);
        undo.disableProperty().bind(model.status().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(model.status().undoTextProperty().concat(" (Ctrl+Z)"));
        Button redo = button("Red_o", "Ctrl+Shift+Z or Ctrl+Y", model::redo);
        redo.disableProperty().bind(model.status().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(model.status().redoTextProperty().concat(" (Ctrl+Shift+Z)"));
        FlowPane tools = new FlowPane(add, duplicate, remove, up, down, undo, redo);
        tools.getStyleClass().add("studio-tools");
        if (model.previewAvailable()) {
            speed.getItems().setAll(PreviewLauncher.Speed.values());
            speed.setValue(PreviewLauncher.Speed.TWENTY);
            speed.getStyleClass().add("preview-speed");
            speed.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(PreviewLauncher.Speed s) {
                    return s == null ? "" : s.label();
                }

                @Override
                public PreviewLauncher.Speed fromString(String s) {
                    return PreviewLauncher.Speed.TWENTY;
                }
            });
            speed.setTooltip(new Tooltip("Preview speed"));
            tools.getChildren().addAll(button("Pre_view", "F5", this::preview), speed);
        }
        if (model.techniqueEditingAvailable()) {
            Button newTechnique = button("New techni_que\u2026", "Ctrl+T", this::newTechnique);
            Button editTechnique = button("_Edit technique", "The user technique the step names",
                    () -> model.trips().editTechnique(this::showAgain));
            editTechnique.disableProperty().bind(model.userTechniqueChosenProperty().not());
            tools.getChildren().addAll(newTechnique, editTechnique);
        }
        tools.getChildren().add(button("E_xport\u2026", "One shared file with the techniques and pictures",
                this::export));
        return ScreenChrome.header(titleRow, tools, reloadBar());
    }

    private Node reloadBar() {
        Label text = new Label("Another program changed this file on disk.");
        text.setWrapText(true);
        text.getStyleClass().add("reload-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button reload = button("Reload from disk", "Drops the studio's changes", model.files()::reload);
        Button keep = button("Keep mine", "Saving will ask before replacing it", model.files()::keepMine);
        HBox bar = new HBox(text, reload, keep);
        bar.getStyleClass().add("reload-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.files().reloadOfferedProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node footer() {
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("studio-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        Label keys = new Label("Insert add \u00b7 Ctrl+D duplicate \u00b7 Delete remove \u00b7 Alt+\u2191\u2193 move"
                + " \u00b7 F8 next problem \u00b7 Ctrl+Z undo \u00b7 Ctrl+S save" + (model.previewAvailable() ? " \u00b7 F5 preview" : "")
                + " \u00b7 Esc library");
        keys.getStyleClass().add("studio-keys");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        VBox footer = new VBox(message, keys);
        footer.getStyleClass().add("screen-footer");
        return footer;
    }

    private static Button button(String text, String hint, Runnable action) {
        Button b = new Button(text);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(hint));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void wirePictureButton(Button choose) {
        choose.setOnAction(e -> dialogs.open(ScreenChrome.windowOf(root), "Choose a picture", "PNG pictures",
                "*.png").ifPresent(model::pictureChosen));
    }

    private void followFocus() {
        editors.node().lookupAll(".form-field").forEach(n -> {
            if (n instanceof VBox box) {
                box.getChildren().forEach(c -> ScrollIntoView.follow(formScroll, c));
            }
        });
    }

    // ---- commands, also reached by keys

    void showPicker() {
        picker.show();
    }

    boolean pickerShowing() {
        return picker.showing();
    }

    void nextProblem() {
        side.nextProblem();
    }

    void save() {
        model.files().save(() -> { });
    }

    void leave() {
        model.trips().leave(navigator::showLibrary);
    }

    void preview() {
        if (model.previewAvailable()) {
            model.trips().preview(speed.getValue(), this::showAgain);
        }
    }

    void newTechnique() {
        model.trips().newTechnique(this::showAgain);
    }

    void export() {
        dialogs.save(ScreenChrome.windowOf(root), "Export the routine", model.files().exportName(),
                "Shared Easeback routine", "*.json").ifPresent(model.files()::export);
    }

    StudioViewModel model() {
        return model;
    }

    StepTree tree() {
        return tree;
    }

    /** Selects {@code step} and puts the cursor in its {@code field}. */
    void goTo(StepPath step, String field) {
        model.selectedProperty().set(step);
        editors.focus(field.equals("safety") ? "checkInEverySeconds" : field);
    }

    private void showAgain() {
        navigator.show(this);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return editors.first();
    }

    @Override
    public void onShow() {
        diskPoll.play();
    }

    @Override
    public void onHide() {
        diskPoll.stop();
    }

    @Override
    public boolean mayCloseWindow(Runnable closeWindow) {
        if (!model.status().dirtyProperty().get()) {
            return true;
        }
        model.trips().leave(closeWindow);
        return false;
    }
}
