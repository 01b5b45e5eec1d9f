package org.easeback.ui.library;

import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.kit.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The library screen: search, filters and a keyboard-navigable list of cards.
 * Keys: arrows move between cards, Enter opens one, Ctrl+F or / goes to the search field, Esc clears it,
 * Alt+A / Alt+P / Alt+F pick all, partner or self routines, Alt+S opens settings. With a studio, Ctrl+N writes a
 * new routine and Ctrl+E edits the selected one (a bundled one is duplicated first); Ctrl+I imports a shared file.
 * The user's folders are watched while the screen shows, so new and changed routines appear without a restart.
 */
public final class LibraryView implements AppScreen {

    /** Alt+A all, Alt+P partner, Alt+F self ("S" is taken by Settings). */
    private static final Map<AudienceFilter, KeyCode> AUDIENCE_KEYS = Map.of(
            AudienceFilter.ALL, KeyCode.A, AudienceFilter.PARTNER, KeyCode.P, AudienceFilter.SELF, KeyCode.F);

    private static final String STYLESHEET = Objects.requireNonNull(
            LibraryView.class.getResource("library.css"), "library.css is missing").toExternalForm();
    private static final KeyCombination NEW_ROUTINE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private final LibraryViewModel model;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ListView<LibraryCard> list = new ListView<>();
    private HBox titleRow;

    /** A library whose Import, if offered, asks for the file with JavaFX's file chooser. */
    public LibraryView(LibraryViewModel model, Runnable onSettings) {
        this(model, onSettings, FileDialogs.fx());
    }

    /**
     * @param onSettings what the Settings button does
     * @param dialogs    asks which shared file to import
     */
    public LibraryView(LibraryViewModel model, Runnable onSettings, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        root.getStyleClass().addAll("screen", "library");
        root.getStylesheets().add(STYLESHEET);
        root.setTop(header(onSettings));
        root.setCenter(body());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::slashToSearch);
    }

    private Node header(Runnable onSettings) {
        search.setPromptText("Search routines (Ctrl+F)");
        search.getStyleClass().add("search");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                focusList();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        Label searchIcon = Icons.on(new Label(), Material2MZ.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        searchIcon.setLabelFor(search);

        HBox audienceToggles = new HBox();
        audienceToggles.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        for (AudienceFilter filter : AudienceFilter.values()) {
            ToggleButton toggle = new ToggleButton(filter.label());
            // Alt+A, Alt+P, Alt+F are handled in shortcuts(): a mnemonic would only focus a toggle, not select it
            toggle.setMnemonicParsing(false);
            toggle.setTooltip(new Tooltip("Alt+" + AUDIENCE_KEYS.get(filter)));
            toggle.setUserData(filter);
            toggle.setToggleGroup(group);
            toggle.getStyleClass().add("filter-toggle");
            toggle.setSelected(model.audienceProperty().get() == filter);
            audienceToggles.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one filter is always chosen
            } else {
                model.audienceProperty().set((AudienceFilter) now.getUserData());
            }
        });
        model.audienceProperty().addListener((o, a, filter) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == filter).findFirst().ifPresent(t -> t.setSelected(true)));

        ComboBox<LengthFilter> lengthBox = new ComboBox<>();
        lengthBox.getItems().setAll(LengthFilter.values());
        lengthBox.valueProperty().bindBidirectional(model.lengthProperty());
        lengthBox.getStyleClass().add("length-filter");
        lengthBox.setAccessibleText("Length");

        Button settings = Icons.on(new Button("_Settings"), Material2MZ.SETTINGS);
        settings.getStyleClass().add("settings-button");
        settings.setOnAction(e -> onSettings.run());

        HBox searchRow = new HBox(searchIcon, search, audienceToggles, lengthBox);
        searchRow.getStyleClass().add("toolbar");
        searchRow.setAlignment(Pos.CENTER_LEFT);

        titleRow = ScreenChrome.titleRow("Library", settings);
        if (model.studioAvailable()) {
            Button newRoutine = Icons.on(new Button("_New routine"), Material2MZ.NOTE_ADD);
            newRoutine.getStyleClass().add("new-routine-button");
            newRoutine.setTooltip(new Tooltip("Ctrl+N: write a routine in the studio"));
            newRoutine.setOnAction(e -> model.newRoutine());
            Button edit = Icons.on(new Button("_Edit"), Material2AL.EDIT);
            edit.getStyleClass().add("edit-button");
            edit.setTooltip(new Tooltip("Ctrl+E: edit the selected routine; a bundled one is copied first"));
            edit.setOnAction(e -> model.edit(model.selectedProperty().get()));
            edit.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !model.canEdit(model.selectedProperty().get()), model.selectedProperty()));
            addHeaderButton(newRoutine);
            addHeaderButton(edit);
        }
        if (model.imports().available()) {
            Button importButton = Icons.on(new Button("_Import…"), Material2AL.FILE_UPLOAD);
            importButton.getStyleClass().add("import-button");
            importButton.setTooltip(new Tooltip("Ctrl+I: import a routine someone shared (.easeback.json)"));
            importButton.setOnAction(e -> chooseImport());
            addHeaderButton(importButton);
        }
        return ScreenChrome.header(titleRow, searchRow);
    }

    /** Asks for a shared file; the check runs in the background and the pane shows what it found. */
    private void chooseImport() {
        dialogs.open(ScreenChrome.windowOf(root), "Import a shared routine", "Shared routines (*.easeback.json)",
                "*.easeback.json").ifPresent(model.imports()::start);
    }

    private Node body() {
        list.setItems(model.visibleCards());
        list.getStyleClass().add("card-list");
        list.setCellFactory(v -> new LibraryCardCell(model));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        // The model chooses the card after each load (the one selected before, an imported one, or the first
        // routine); the list follows it, and the user's choice goes back to the model.
        model.selectedProperty().addListener((o, a, card) -> {
            if (card != null && list.getSelectionModel().getSelectedItem() != card) {
                list.getSelectionModel().select(card);
                int index = list.getSelectionModel().getSelectedIndex();
                list.getFocusModel().focus(index);
                list.scrollTo(Math.max(0, index - 1));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, card) -> {
            if (card != null) {
                model.selectedProperty().set(card);
            }
        });
        model.visibleCards().addListener((javafx.collections.ListChangeListener<LibraryCard>) c -> {
            LibraryCard wanted = model.selectedProperty().get();
            if (list.getSelectionModel().getSelectedItem() == null && wanted != null) {
                list.getSelectionModel().select(wanted);
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
            }
        });

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("loading-spinner");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("library-message");
        message.setWrapText(true);
        VBox overlay = new VBox(spinner, message);
        overlay.setAlignment(Pos.CENTER);
        overlay.getStyleClass().add("library-overlay");
        overlay.setMouseTransparent(true);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(LibraryViewModel.LoadState.LOADING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        overlay.visibleProperty().bind(Bindings.isNotEmpty(model.messageProperty()));

        Label brokenSummary = Icons.on(new Label(), Material2AL.ERROR_OUTLINE);
        brokenSummary.getStyleClass().add("broken-summary");
        brokenSummary.setWrapText(true);
        brokenSummary.textProperty().bind(model.brokenSummaryProperty());
        brokenSummary.visibleProperty().bind(Bindings.isNotEmpty(model.brokenSummaryProperty()));
        brokenSummary.managedProperty().bind(brokenSummary.visibleProperty());

        Label notice = Icons.on(new Label(), Material2AL.CHECK_CIRCLE);
        notice.getStyleClass().add("import-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> model.imports().stepProperty().get()
                instanceof ImportFlow.Done done ? done.says() : "", model.imports().stepProperty()));
        notice.visibleProperty().bind(Bindings.isNotEmpty(notice.textProperty()));
        notice.managedProperty().bind(notice.visibleProperty());

        VBox cardsArea = new VBox(notice, brokenSummary, new StackPane(list, overlay));
        cardsArea.getStyleClass().add("cards-area");
        VBox.setVgrow(cardsArea.getChildren().get(2), Priority.ALWAYS);

        ImportPane importPane = new ImportPane(model.imports());
        model.imports().stepProperty().addListener((o, a, step) -> {
            boolean covered = ImportPane.covers(step);
            root.getTop().setDisable(covered);
            cardsArea.setDisable(covered);
            if (!covered && ImportPane.covers(a)) {
                list.requestFocus();
            }
        });
        return new StackPane(cardsArea, importPane.node());
    }

    /** Adds a button to the title row, before Settings (the app shell adds Receivers and History this way). */
    public void addHeaderButton(Button button) {
        titleRow.getChildren().add(titleRow.getChildren().size() - 1, button);
    }

    private void shortcuts(KeyEvent e) {
        if (ImportPane.covers(model.imports().stepProperty().get())) {
            return; // the import pane has the keys until it is answered
        }
        if (e.getCode() == KeyCode.ESCAPE && model.imports().stepProperty().get() instanceof ImportFlow.Done) {
            model.imports().dismiss();
            e.consume();
            return;
        }
        if (NEW_ROUTINE.match(e) && model.newRoutine()
                || EDIT.match(e) && model.edit(model.selectedProperty().get())) {
            e.consume();
            return;
        }
        if (IMPORT.match(e) && model.imports().available()) {
            chooseImport();
            e.consume();
            return;
        }
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            search.requestFocus();
            e.consume();
            return;
        }
        if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown()) {
            AUDIENCE_KEYS.forEach((filter, key) -> {
                if (e.getCode() == key) {
                    model.audienceProperty().set(filter);
                    e.consume();
                }
            });
        }
    }

    /** "/" jumps to the search field; handled as the typed character so that it does not land in the field. */
    private void slashToSearch(KeyEvent e) {
        if ("/".equals(e.getCharacter()) && !search.isFocused()) {
            search.requestFocus();
            e.consume();
        }
    }

    private void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
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
        model.load();
        model.startWatching();
    }

    @Override
    public void onHide() {
        model.dispose();
    }
}
