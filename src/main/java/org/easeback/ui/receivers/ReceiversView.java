package org.easeback.ui.receivers;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.easeback.profile.StoredReceiver;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.ScreenChrome;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The household's receivers: a list to pick from, and New, Edit, Duplicate, Delete (after a question), Import and
 * Export. Keys: Enter edits, Delete deletes, Alt+N new, Alt+U duplicate, Alt+I import, Alt+E export, Esc back.
 */
public final class ReceiversView implements AppScreen {

    /** This feature's styles (the editor and the map too). */
    public static final String STYLESHEET = Objects.requireNonNull(
            ReceiversView.class.getResource("receivers.css"), "receivers.css is missing").toExternalForm();

    private final ReceiversModel model;
    private final AppNavigator navigator;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final ListView<StoredReceiver> list = new ListView<>();

    public ReceiversView(ReceiversModel model, AppNavigator navigator, FileDialogs dialogs) {
        this.model = model;
        this.navigator = navigator;
        this.dialogs = dialogs;
        root.getStyleClass().addAll("screen", "receivers");
        root.getStylesheets().add(STYLESHEET);
        root.setTop(header());
        root.setCenter(body());
        root.setBottom(footer());
        ScreenChrome.escapeToLibrary(root, navigator);
    }

    private Node header() {
        Label hint = new Label("The people you massage: their oils, what they react to, the pressure they like and "
                + "where it hurts. The one you choose before a session shapes it.");
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        return ScreenChrome.header(ScreenChrome.titleRow("Receivers", ScreenChrome.backToLibrary(navigator)), hint);
    }

    private Node body() {
        list.setItems(model.receivers());
        list.getStyleClass().add("receiver-cards");
        list.setCellFactory(v -> new ReceiverCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        Label empty = new Label("No receivers yet. Press New to describe the first one.");
        empty.getStyleClass().add("page-hint");
        list.setPlaceholder(empty);

        Label problems = FieldError.of(model.problemsProperty());
        VBox box = new VBox(new StackPane(list), problems);
        VBox.setVgrow(box.getChildren().get(0), Priority.ALWAYS);
        box.getStyleClass().add("page-content");
        return box;
    }

    private Node footer() {
        Button create = Icons.on(new Button("_New"), Material2AL.ADD);
        create.getStyleClass().addAll("accent", "new-receiver");
        create.setOnAction(e -> openEditor(null));
        Button edit = Icons.on(new Button("Edit"), Material2AL.EDIT);
        edit.setOnAction(e -> edit());
        Button duplicate = Icons.on(new Button("D_uplicate"), Material2AL.CONTENT_COPY);
        duplicate.setOnAction(e -> model.duplicateSelected());
        Button delete = Icons.on(new Button("Delete"), Material2AL.DELETE);
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete());
        Button importButton = Icons.on(new Button("_Import…"), Material2AL.FILE_UPLOAD);
        importButton.setOnAction(e -> importFile());
        Button export = Icons.on(new Button("_Export…"), Material2MZ.SAVE_ALT);
        export.setOnAction(e -> export());
        for (Button b : new Button[] {edit, duplicate, delete, export}) {
            b.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        }
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("receivers-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(create, edit, duplicate, delete, importButton, export);
        buttons.getStyleClass().add("toolbar");
        VBox footer = new VBox(message, buttons);
        footer.getStyleClass().add("screen-footer");
        message.visibleProperty().bind(Bindings.isNotEmpty(model.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());
        return footer;
    }

    private void edit() {
        if (model.selectedProperty().get() != null) {
            openEditor(model.selectedProperty().get());
        }
    }

    private void openEditor(StoredReceiver receiver) {
        ReceiverEditorModel editor = new ReceiverEditorModel(model.tasks(), model.store(), receiver);
        navigator.show(new ReceiverEditorView(editor, saved -> {
            model.saved(saved);
            navigator.show(this);
        }, () -> navigator.show(this)));
    }

    private void delete() {
        StoredReceiver chosen = model.selectedProperty().get();
        if (chosen != null && dialogs.confirm(window(), "Delete " + chosen.name() + "? Their oils, sensitivities "
                + "and sore spots go with them; their sessions stay in the history.", "Delete")) {
            model.deleteSelected();
        }
    }

    private void importFile() {
        dialogs.open(window(), "Import a receiver", "Receiver files (easeback-receiver/1)", "*.json")
                .ifPresent(file -> model.importFile(file, false));
    }

    private void export() {
        StoredReceiver chosen = model.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        dialogs.save(window(), "Export " + chosen.name(), chosen.file().getFileName().toString(),
                "Receiver files (easeback-receiver/1)", "*.json").ifPresent(model::exportSelected);
    }

    private Window window() {
        return ScreenChrome.windowOf(root);
    }

    public ReceiversModel model() {
        return model;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return list;
    }

    @Override
    public void onShow() {
        model.reload();
    }

    private static final class ReceiverCell extends ListCell<StoredReceiver> {
        private final Label name = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(name, summary);

        ReceiverCell() {
            name.getStyleClass().add("receiver-card-name");
            summary.getStyleClass().add("receiver-card-summary");
            summary.setWrapText(true);
            box.getStyleClass().add("receiver-card");
            Icons.on(name, Material2MZ.PERSON);
        }

        @Override
        protected void updateItem(StoredReceiver item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
            } else {
                name.setText(item.name());
                summary.setText(ReceiversModel.summary(item));
                setText(null);
                setGraphic(box);
            }
        }
    }
}
