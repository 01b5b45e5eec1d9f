package org.easeback.ui.library;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.library.LibraryCard.BrokenCard;
import org.easeback.ui.library.LibraryCard.RoutineCard;
import org.easeback.ui.library.LibraryCard.TechniqueCard;
import org.easeback.ui.kit.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The library screen: search, filters and a keyboard-navigable list of cards.
 * Keys: arrows move between cards, Enter opens one, Ctrl+F or / goes to the search field, Esc clears it,
 * Alt+A / Alt+P / Alt+F pick all, partner or self routines, Alt+S opens settings.
 */
public final class LibraryView implements AppScreen {

    /** Alt+A all, Alt+P partner, Alt+F self ("S" is taken by Settings). */
    private static final Map<AudienceFilter, KeyCode> AUDIENCE_KEYS = Map.of(
            AudienceFilter.ALL, KeyCode.A, AudienceFilter.PARTNER, KeyCode.P, AudienceFilter.SELF, KeyCode.F);

    private final LibraryViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ListView<LibraryCard> list = new ListView<>();
    private HBox titleRow;

    /**
     * @param onSettings what the Settings button does
     */
    public LibraryView(LibraryViewModel model, Runnable onSettings) {
        this.model = model;
        root.getStyleClass().addAll("screen", "library");
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
        return ScreenChrome.header(titleRow, searchRow);
    }

    private Node body() {
        list.setItems(model.visibleCards());
        list.getStyleClass().add("card-list");
        list.setCellFactory(v -> new CardCell());
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
        model.visibleCards().addListener((javafx.collections.ListChangeListener<LibraryCard>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.getFocusModel().focus(0);
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

        return new StackPane(list, overlay);
    }

    /** Adds a button to the title row, before Settings (the app shell adds Receivers and History this way). */
    public void addHeaderButton(Button button) {
        titleRow.getChildren().add(titleRow.getChildren().size() - 1, button);
    }

    private void shortcuts(KeyEvent e) {
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
    }

    @Override
    public void onHide() {
        model.dispose();
    }

    /** Draws one card; the node is rebuilt per item because the three kinds differ in layout. */
    private static final class CardCell extends ListCell<LibraryCard> {

        CardCell() {
            getStyleClass().add("card-cell");
            setPrefWidth(0); // let wrapped text follow the list's width instead of widening it
        }

        @Override
        protected void updateItem(LibraryCard card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            setGraphic(empty || card == null ? null : cardNode(card));
        }

        private Node cardNode(LibraryCard card) {
            VBox box = new VBox();
            box.getStyleClass().add("card");
            Label title = label(card.title(), "card-title");
            if (card instanceof RoutineCard r) {
                box.getStyleClass().add("routine-card");
                HBox facts = new HBox(
                        fact(Material2MZ.PEOPLE, r.audienceLabel(), "fact-audience"),
                        fact(Material2MZ.TIMER, r.durationLabel(), "fact-duration"),
                        fact(Material2AL.HOME, r.levelLabel(), "fact-level"));
                facts.getStyleClass().add("card-facts");
                box.getChildren().addAll(title, facts);
                r.routine().summary().ifPresent(s -> box.getChildren().add(label(s, "card-summary")));
                box.getChildren().add(fact(Material2AL.BACKPACK, r.equipmentLabel(), "card-equipment"));
            } else if (card instanceof BrokenCard b) {
                box.getStyleClass().add("broken-card");
                Icons.on(title, Material2AL.ERROR_OUTLINE);
                box.getChildren().addAll(title, label("This file has problems and was not loaded. "
                        + "Fix them and reopen the library:", "card-summary"));
                for (String line : b.diagnosticLines()) {
                    box.getChildren().add(label(line, "diagnostic"));
                }
            } else if (card instanceof TechniqueCard t) {
                box.getStyleClass().add("technique-card");
                Label badge = label("Professional only — information, not guided", "badge");
                box.getChildren().addAll(badge, title,
                        label("What it is: " + t.whatItIs(), "card-summary"),
                        label("Why a professional: " + t.whyProfessional(), "card-summary"));
            }
            return box;
        }

        private static Label fact(Ikon icon, String text, String styleClass) {
            Label l = Icons.on(label(text, styleClass), icon);
            l.getStyleClass().add("fact");
            return l;
        }

        private static Label label(String text, String styleClass) {
            Label l = new Label(text);
            l.getStyleClass().add(styleClass);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return l;
        }
    }
}
