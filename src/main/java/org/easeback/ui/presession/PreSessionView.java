package org.easeback.ui.presession;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.easeback.profile.Receiver;
import org.easeback.safety.ScreeningResult;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.kit.SoundNotice;
import org.easeback.cues.SoundStatus;
import org.easeback.ui.kit.ScrollIntoView;
import org.easeback.ui.presession.PreSessionViewModel.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The pre-session screen: a step indicator, one page per step, Back (Esc) and Continue (Enter).
 * Every answer is a focusable control: Tab moves, Space ticks.
 */
public final class PreSessionView implements AppScreen {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final PreSessionViewModel model;
    private final BorderPane root = new BorderPane();
    private final HBox indicator = new HBox();
    private final Button back = Icons.on(new Button("_Back"), Material2AL.ARROW_BACK);
    private final Button next = new Button();
    private Node focusTarget;
    private final SoundNotice sound;

    /** A pre-session flow whose cues need no sound device. */
    public PreSessionView(PreSessionViewModel model) {
        this(model, SoundStatus.alwaysOn());
    }

    /** @param sound whether the cues can play: the Ready page says so when they cannot */
    public PreSessionView(PreSessionViewModel model, SoundStatus sound) {
        this.model = model;
        this.sound = new SoundNotice(sound);
        root.getStyleClass().addAll("screen", "presession");

        indicator.getStyleClass().add("stage-indicator");
        for (Stage s : Stage.values()) {
            Label step = new Label((s.ordinal() + 1) + "  " + s.label());
            step.getStyleClass().add("stage-step");
            indicator.getChildren().add(step);
        }
        root.setTop(ScreenChrome.header(ScreenChrome.title(model.routine().title()), indicator));

        back.setCancelButton(true);
        back.setOnAction(e -> model.back());
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.disableProperty().bind(javafx.beans.binding.Bindings.not(model.canContinueProperty()));
        next.setOnAction(e -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(back, spacer, next);
        footer.getStyleClass().add("screen-footer");
        footer.setAlignment(Pos.CENTER_RIGHT);
        root.setBottom(footer);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::enterAndEscape);
        model.stageProperty().addListener((o, a, b) -> showStage(b));
        showStage(model.stageProperty().get());
    }

    /**
     * Enter activates the focused button and anywhere else means Continue; Esc always means Back. Lists would
     * otherwise swallow both keys before the default and cancel buttons see them.
     */
    private void enterAndEscape(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            back.fire();
            e.consume();
            return;
        }
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (owner instanceof Button button) {
            button.fire();
        } else if (!next.isDisabled()) {
            next.fire();
        }
        e.consume();
    }

    private void showStage(Stage stage) {
        for (int i = 0; i < indicator.getChildren().size(); i++) {
            Node step = indicator.getChildren().get(i);
            step.pseudoClassStateChanged(CURRENT, i == stage.ordinal());
            step.pseudoClassStateChanged(DONE, i < stage.ordinal());
        }
        next.setText(stage == Stage.READY ? "_Start session" : "_Continue");
        Icons.on(next, stage == Stage.READY ? Material2MZ.PLAY_ARROW : Material2AL.ARROW_FORWARD);
        back.setText(stage == Stage.RECEIVER ? "_Back to library" : "_Back");
        Node page = switch (stage) {
            case RECEIVER -> receiverPage();
            case SCREENING -> screeningPage();
            case EQUIPMENT -> equipmentPage();
            case READY -> readyPage();
        };
        root.setCenter(page);
        if (root.getScene() != null) {
            root.applyCss(); // creates the ScrollPane skins, so the page's first control can take focus now
            focusTarget.requestFocus();
        }
    }

    private Node receiverPage() {
        ListView<Receiver> list = new ListView<>(model.receivers());
        list.getStyleClass().add("receiver-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Receiver r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + (r.soreSpots().isEmpty()
                        ? "  —  no sore spots marked" : "  —  " + r.soreSpots().size() + " sore spots"));
            }
        });
        list.getSelectionModel().select(model.receiverProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.receiverProperty().set(b);
            }
        });
        list.setPrefHeight(Region.USE_COMPUTED_SIZE);
        focusTarget = list;
        return page("Who receives the massage?",
                "Choose with the arrow keys. Add or edit receivers, with their oils, sensitivities and sore spots,"
                        + " under Receivers in the library.", list);
    }

    private Node screeningPage() {
        VBox questions = new VBox();
        questions.getStyleClass().add("question-list");
        for (ScreeningAnswer answer : model.answers()) {
            CheckBox box = new CheckBox(answer.question().text());
            box.setId("q-" + answer.question().id());
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.selectedProperty().bindBidirectional(answer.yesProperty());
            box.getStyleClass().add("question");
            questions.getChildren().add(box);
        }
        focusTarget = questions.getChildren().isEmpty() ? next : questions.getChildren().get(0);

        Label outcome = new Label();
        outcome.getStyleClass().add("outcome");
        outcome.setWrapText(true);
        VBox reasons = new VBox();
        reasons.getStyleClass().add("outcome-reasons");
        Label advice = new Label();
        advice.getStyleClass().add("outcome-advice");
        advice.setWrapText(true);
        VBox verdictBox = new VBox(outcome, reasons, advice);
        verdictBox.getStyleClass().add("verdict");
        Runnable render = () -> {
            ScreeningResult v = model.screeningProperty().get();
            verdictBox.getStyleClass().removeAll("verdict-go", "verdict-caution", "verdict-stop");
            switch (v.outcome()) {
                case GO -> {
                    outcome.setText("Go");
                    Icons.on(outcome, Material2AL.CHECK_CIRCLE);
                    verdictBox.getStyleClass().add("verdict-go");
                }
                case GO_WITH_CAUTIONS -> {
                    outcome.setText("Go, with cautions");
                    Icons.on(outcome, Material2MZ.WARNING);
                    verdictBox.getStyleClass().add("verdict-caution");
                }
                case DO_NOT_START -> {
                    outcome.setText("Do not start");
                    Icons.on(outcome, Material2AL.BLOCK);
                    verdictBox.getStyleClass().add("verdict-stop");
                }
            }
            List<String> sentences = v.mayStart() ? v.cautionTexts() : v.reasons();
            reasons.getChildren().setAll(sentences.stream().map(r -> {
                Label l = new Label("•  " + r);
                l.setWrapText(true);
                l.getStyleClass().add("outcome-reason");
                return (Node) l;
            }).toList());
            advice.setText(v.advice().orElse(v.outcome() == ScreeningResult.Outcome.GO_WITH_CAUTIONS
                    ? "Go ahead gently: these cautions stay on screen during the session." : ""));
            advice.setVisible(!advice.getText().isEmpty());
            advice.setManaged(advice.isVisible());
        };
        model.screeningProperty().addListener((o, a, b) -> render.run());
        render.run();

        ScrollPane scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        questions.getChildren().forEach(q -> ScrollIntoView.follow(scroll, q));
        verdictBox.setMaxHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(verdictBox, VPos.TOP);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("screening-grid");
        grid.add(scroll, 0, 0);
        grid.add(verdictBox, 1, 0);
        javafx.scene.layout.ColumnConstraints left = new javafx.scene.layout.ColumnConstraints();
        left.setPercentWidth(68);
        javafx.scene.layout.ColumnConstraints right = new javafx.scene.layout.ColumnConstraints();
        right.setPercentWidth(32);
        grid.getColumnConstraints().setAll(left, right);
        GridPane.setVgrow(scroll, Priority.ALWAYS);
        return page("Before you start: answer yes to anything that applies",
                "Every answer is \"no\" until you tick it. Tab moves, Space ticks.", grid);
    }

    private Node equipmentPage() {
        VBox items = new VBox();
        items.getStyleClass().add("checklist");
        for (ChecklistItem item : model.checklist()) {
            CheckBox box = new CheckBox(item.text());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(item.tickedProperty());
            box.getStyleClass().add("checklist-item");
            items.getChildren().add(box);
        }
        if (model.checklist().isEmpty()) {
            items.getChildren().add(new Label("This routine needs no equipment."));
        }
        focusTarget = model.checklist().isEmpty() ? next : items.getChildren().get(0);
        Label status = new Label();
        status.getStyleClass().add("checklist-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.allGatheredProperty())
                .then("Everything is at hand.")
                .otherwise("Tick each item with Space once it is within reach."));
        VBox content = new VBox(items, status);
        content.getStyleClass().add("page-content");
        if (!model.setupSteps().isEmpty()) {
            Label first = new Label("The session then walks you through: " + String.join(" · ", model.setupSteps()));
            first.setWrapText(true);
            first.getStyleClass().add("setup-steps");
            content.getChildren().add(first);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        items.getChildren().forEach(i -> ScrollIntoView.follow(scroll, i));
        return page("Gather these first", "Your hands will be oily soon: have everything within reach.", scroll);
    }

    private Node readyPage() {
        GridPane keys = new GridPane();
        keys.getStyleClass().add("key-table");
        String[][] rows = {
                {"Space", "Pause or resume; Done on steps that wait for you"},
                {"→", "Next step"},
                {"←", "Back one step"},
                {"E", "Extend this step by 15 seconds"},
                {"1 – 4", "Answer a check-in: 1 lighter, 2 same, 3 firmer, 4 it hurts"},
                {"Esc", "Stop the session (asks to confirm)"},
                {"P", "Pain: stop at once, no questions"},
        };
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("key-cap");
            Label what = new Label(rows[i][1]);
            what.getStyleClass().add("key-meaning");
            what.setWrapText(true);
            keys.addRow(i, key, what);
        }
        ScreeningResult screening = model.screeningProperty().get();
        VBox content = new VBox();
        content.getStyleClass().add("page-content");
        // First, so it is seen before Start: the oils this receiver's session leaves out, and why.
        for (String refusal : model.oilRefusalsProperty().get()) {
            Label line = new Label(refusal);
            line.setWrapText(true);
            line.getStyleClass().addAll("start-problem", "ready-oil-refusal");
            content.getChildren().add(line);
        }
        content.getChildren().add(keys);
        if (!screening.cautionTexts().isEmpty()) {
            Label cautions = new Label("Cautions for this session: " + String.join(" ", screening.cautionTexts()));
            cautions.setWrapText(true);
            cautions.getStyleClass().add("ready-cautions");
            content.getChildren().add(cautions);
        }
        Label problem = new Label();
        problem.getStyleClass().add("start-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        content.getChildren().add(problem);
        content.getChildren().add(sound.label("ready-sound-off"));
        focusTarget = next;
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        return page("Ready", "The session moves on by itself. Keep these keys in mind:", scroll);
    }

    private static Node page(String heading, String hint, Node content) {
        Label h = new Label(heading);
        h.getStyleClass().add("page-heading");
        h.setWrapText(true);
        Label s = new Label(hint);
        s.getStyleClass().add("page-hint");
        s.setWrapText(true);
        VBox page = new VBox(h, s, content);
        page.getStyleClass().add("page");
        VBox.setVgrow(content, Priority.ALWAYS);
        return page;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return focusTarget;
    }

    /** Stops watching the sound status: the screen is gone. */
    @Override
    public void onHide() {
        sound.close();
    }
}
