package org.easeback.ui.player;

import static org.easeback.ui.player.PlayerNodes.bound;
import static org.easeback.ui.player.PlayerNodes.boundWrapping;
import static org.easeback.ui.player.PlayerNodes.button;
import static org.easeback.ui.player.PlayerNodes.label;
import static org.easeback.ui.player.PlayerNodes.overlay;
import static org.easeback.ui.player.PlayerNodes.wrapping;

import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.easeback.engine.EntryKind;
import org.easeback.engine.SessionState;

/**
 * The player's node tree, bound to a {@link PlayerViewModel}: the session screen (its long text scrolls), the
 * paused, check-in and stop-confirmation overlays, the safety stop screen and the {@link SummaryPane}. Keys are
 * {@link PlayerKeys}, caught by a filter on the scene, so they work wherever focus is.
 */
public final class PlayerView {

    private final PlayerViewModel vm;
    private final EntryDisplay entry;
    private final StackPane root = new StackPane();
    private final PlayerVisuals visuals;
    private final SummaryPane summary;
    private final TextScroller stepText;
    private final EventHandler<KeyEvent> keys;
    /** Keeps "Elapsed" moving at check-ins and open steps, which send no ticks. */
    private final Timeline elapsedRefresh;
    /** What a preview says it is; empty, and taking no room, in a real session. */
    private final javafx.beans.property.StringProperty bannerText = new javafx.beans.property.SimpleStringProperty("");
    private final Label banner = boundWrapping("player-preview-banner", bannerText);

    /** @param onClose called when the giver leaves the summary (back to the library) */
    public PlayerView(PlayerViewModel vm, Runnable onClose) {
        this.vm = Objects.requireNonNull(vm);
        this.entry = vm.entry();
        Objects.requireNonNull(onClose);
        root.getStyleClass().add("player");
        root.getStylesheets().add(Objects.requireNonNull(
                PlayerView.class.getResource("player.css")).toExternalForm());
        root.setFocusTraversable(true);
        visuals = new PlayerVisuals(vm);
        summary = new SummaryPane(vm, onClose);
        ScrollPane text = PlayerNodes.scroller(stepBody(), "player-text-scroll");
        stepText = new TextScroller(text);
        entry.entryIndexProperty().addListener((o, a, b) -> stepText.toTop());
        Node session = sessionScreen(text);
        Node paused = pausedOverlay();
        Node checkIn = checkInOverlay();
        Node confirm = confirmOverlay();
        Node stop = stopScreen();
        Node summaryNode = summary.root();
        session.visibleProperty().bind(vm.phaseProperty().isEqualTo(PlayerPhase.SESSION));
        paused.visibleProperty().bind(vm.stateProperty().isEqualTo(SessionState.PAUSED)
                .and(vm.phaseProperty().isEqualTo(PlayerPhase.SESSION)).and(vm.confirmStopShowingProperty().not()));
        checkIn.visibleProperty().bind(vm.checkInShowingProperty()
                .and(vm.phaseProperty().isEqualTo(PlayerPhase.SESSION)));
        confirm.visibleProperty().bind(vm.confirmStopShowingProperty());
        stop.visibleProperty().bind(vm.phaseProperty().isEqualTo(PlayerPhase.SAFETY_STOP));
        summaryNode.visibleProperty().bind(vm.phaseProperty().isEqualTo(PlayerPhase.SUMMARY));
        StackPane layers = new StackPane(session, paused, checkIn, confirm, stop, summaryNode);
        VBox.setVgrow(layers, Priority.ALWAYS);
        // A preview's banner sits above every layer, so no overlay hides it and it hides no instruction.
        banner.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().add(new VBox(banner, layers));
        PlayerKeys handler = new PlayerKeys(vm, onClose, stepText, summary.scroller(),
                () -> root.isVisible() && root.getScene() != null, root::isDisabled);
        keys = handler::onKey;
        elapsedRefresh = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.refreshElapsed()));
        elapsedRefresh.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                elapsedRefresh.stop();
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                elapsedRefresh.play();
            }
        });
    }

    /** The root node, with player.css attached. */
    public StackPane root() {
        return root;
    }

    /** Shows {@code text} above every layer for as long as the player shows: a preview says what it is. */
    public void banner(String text) {
        bannerText.set(Objects.requireNonNull(text));
        summary.leavesTo("studio");
    }

    /** Detaches the key filter from the scene; call when the player leaves the window. */
    public void detach() {
        Scene scene = root.getScene();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        elapsedRefresh.stop();
        visuals.stop();
    }

    // ---------------------------------------------------------------- the session screen

    /** The step's words: title, place, "press Space", instructions and refusals; they scroll when long. */
    private Node stepBody() {
        Label title = boundWrapping("player-title", entry.titleProperty());
        Label location = boundWrapping("player-location", entry.locationProperty());
        Label waiting = wrapping("player-waiting", "Press Space when done");
        waiting.visibleProperty().bind(vm.stateProperty().isEqualTo(SessionState.AWAITING_DONE));
        waiting.managedProperty().bind(waiting.visibleProperty());
        Label instructions = boundWrapping("player-instructions", entry.instructionsProperty());
        instructions.setAlignment(Pos.TOP_LEFT);
        Label status = boundWrapping("player-status", vm.statusProperty());
        VBox body = new VBox(title, location, waiting, instructions, status);
        body.getStyleClass().add("player-text-body");
        return body;
    }

    private Node sessionScreen(ScrollPane text) {
        Label routine = wrapping("player-routine", vm.plan().title() + "  ·  for " + vm.receiver().name());
        HBox.setHgrow(routine, Priority.ALWAYS);
        routine.setMaxWidth(Double.MAX_VALUE);
        Label elapsed = bound("player-clock", Bindings.createStringBinding(
                () -> "Elapsed " + PlayerFormat.clock(vm.elapsedProperty().get()), vm.elapsedProperty()));
        Label remaining = bound("player-clock", Bindings.createStringBinding(
                () -> "Remaining " + PlayerFormat.clock(entry.remainingInSessionProperty().get()),
                entry.remainingInSessionProperty()));
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        remaining.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(routine, elapsed, remaining);
        header.getStyleClass().add("player-header");
        header.setAlignment(Pos.CENTER_LEFT);

        Label caution = boundWrapping("player-caution", Bindings.createStringBinding(
                () -> String.join("  ", vm.cautions()), vm.cautions()));
        Label notSaved = boundWrapping("player-not-saved", vm.notSavedProperty());
        Label soundOff = boundWrapping("player-sound-off", vm.soundOffProperty());
        VBox top = new VBox(header, visuals.progress(), caution, notSaved, soundOff);
        top.getStyleClass().add("player-top");

        Label position = bound("player-position", entry.positionProperty());
        position.setMinWidth(0);
        Label more = boundWrapping("player-more", stepText.hint());
        Label next = boundWrapping("player-next", entry.nextProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox column = new VBox(position, text, more, next);
        column.getStyleClass().add("player-text");
        column.setMinWidth(0);
        HBox.setHgrow(column, Priority.ALWAYS);

        HBox main = new HBox(column, visuals.root());
        main.getStyleClass().add("player-main");

        Button back = button("Back", "←", "player-back", vm::back);
        Button primary = button("Pause", "Space", "player-primary", vm::primary);
        PlayerNodes.bindAction(primary, vm.primaryActionProperty());
        Button nextButton = button("Next", "→", "player-next-button", vm::next);
        Button extend = button("+15 s", "E", "player-extend", vm::extend);
        Button stop = button("Stop", "Esc", "player-stop", vm::requestStop);
        Button pain = button("Pain: stop now", "P", "player-pain", vm::painStop);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(back, primary, nextButton, extend, gap, stop, pain);
        controls.getStyleClass().add("player-controls");
        controls.setAlignment(Pos.CENTER_LEFT);

        BorderPane pane = new BorderPane(main, top, null, controls, null);
        pane.getStyleClass().add("player-session");
        return pane;
    }

    // ---------------------------------------------------------------- overlays

    /** Paused: the screen dims and says so in large type, with how to go on. */
    private Node pausedOverlay() {
        Label big = label("paused-heading", "PAUSED");
        Label hint = bound("paused-hint", vm.pausedHintProperty());
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(big, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("paused-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(box);
        overlay.getStyleClass().addAll("player-overlay", "paused-overlay");
        overlay.setMouseTransparent(true);
        return overlay;
    }

    private Node checkInOverlay() {
        Label heading = boundWrapping("overlay-heading", entry.checkInPromptProperty());
        Label note = wrapping("overlay-note", "Paused until the receiver answers. Press 1, 2, 3 or 4.");
        VBox answers = new VBox();
        answers.getStyleClass().add("checkin-answers");
        Runnable fill = () -> {
            answers.getChildren().clear();
            for (CheckInOption option : entry.checkInOptions()) {
                answers.getChildren().add(answerButton(option));
            }
        };
        entry.checkInOptions().addListener((ListChangeListener<CheckInOption>) c -> fill.run());
        fill.run();
        return overlay("checkin", heading, note, answers);
    }

    private Button answerButton(CheckInOption option) {
        Label key = label("answer-key", String.valueOf(option.answer().key()));
        Label name = label("answer-name", option.answer().label());
        // One line each, never cut: a wrapping label here made the rows' minimum heights uneven at 1024×700.
        Label effect = label("answer-effect", option.effect());
        key.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        effect.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(effect, Priority.ALWAYS);
        HBox content = new HBox(key, name, effect);
        content.getStyleClass().add("answer-content");
        content.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(option.text(), content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("answer-button",
                "answer-" + option.answer().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setAccessibleText(option.detail().isEmpty() ? option.text() : option.detail());
        b.setOnAction(e -> vm.answer(option.answer()));
        return b;
    }

    private Node confirmOverlay() {
        Label heading = label("overlay-heading", "Stop the session?");
        Label note = wrapping("overlay-note", "The timer is held while you decide. Enter stops and shows the "
                + "summary. Esc keeps going. For pain, press P: it stops at once.");
        Button yes = button("Stop session", "Enter", "confirm-stop", vm::confirmStop);
        Button no = button("Keep going", "Esc", "confirm-cancel", vm::cancelStop);
        Button pain = button("Pain: stop now", "P", "player-pain", vm::painStop);
        FlowPane buttons = new FlowPane(no, yes, pain);
        buttons.getStyleClass().add("overlay-buttons");
        return overlay("confirm", heading, note, buttons);
    }

    // ---------------------------------------------------------------- stop

    private Node stopScreen() {
        Label heading = label("stop-heading", "Session stopped");
        Label message = boundWrapping("stop-message", vm.stopMessageProperty());
        Label recorded = wrapping("stop-recorded",
                "The stop is recorded in the session summary. Do not carry on with the massage today.");
        Button see = button("See summary", "Enter", "stop-summary", vm::showSummary);
        VBox box = new VBox(heading, message, recorded, see);
        box.getStyleClass().add("player-stop-screen");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Keeps {@code EntryKind} in view for readers: the map shows for techniques and sore-spot holds only. */
    static boolean showsMap(EntryKind kind) {
        return kind == EntryKind.TECHNIQUE || kind == EntryKind.SORE_SPOT;
    }
}
