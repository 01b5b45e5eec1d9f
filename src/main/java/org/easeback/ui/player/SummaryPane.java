package org.easeback.ui.player;

import static org.easeback.ui.player.PlayerNodes.label;
import static org.easeback.ui.player.PlayerNodes.wrapping;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.easeback.engine.StopReason;
import org.easeback.history.SessionTimes;

/**
 * The summary screen: what was done, skipped (with the time each ran) and not reached, every check-in answer
 * with the pressure before and after, and a stop with its advice. It scrolls, so nothing is ever cut short.
 */
final class SummaryPane {

    private final VBox body = new VBox();
    private final Label heading = label("summary-heading", "");
    private final ScrollPane scroll = PlayerNodes.scroller(body, "summary-scroll");
    private final TextScroller scroller = new TextScroller(scroll);
    private final VBox root;
    private final Label closeAction;

    SummaryPane(PlayerViewModel vm, Runnable onClose) {
        heading.setWrapText(true);
        body.getStyleClass().add("summary-body");
        Label hint = PlayerNodes.boundWrapping("player-more", scroller.hint());
        Button close = PlayerNodes.button("Back to the library", "Enter", "summary-close", onClose);
        closeAction = (Label) close.getGraphic().lookup(".button-action");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(heading, scroll, hint, close);
        root.getStyleClass().add("player-summary");
        vm.summaryProperty().addListener((o, a, s) -> fill(s));
        fill(vm.summaryProperty().get());
    }

    Node root() {
        return root;
    }

    /** Names where leaving the summary goes: the library after a session, the studio after a preview. */
    void leavesTo(String place) {
        closeAction.setText("Back to the " + place);
    }

    TextScroller scroller() {
        return scroller;
    }

    private void fill(SessionSummary s) {
        body.getChildren().clear();
        if (s == null) {
            return;
        }
        heading.setText(s.heading());
        body.getChildren().add(wrapping("summary-line", s.routineTitle() + " for " + s.receiverName()
                + " · " + SessionTimes.words(s.duration()) + " (pauses left out) · "
                + SessionTimes.words(s.handsOn()) + " hands-on · " + s.outcome().label()));
        s.stopReason().ifPresent(r -> {
            String during = s.stoppedDuring().isEmpty() ? "" : "During “" + s.stoppedDuring() + "”: ";
            body.getChildren().add(wrapping("summary-stop", during + (r == StopReason.PAIN
                    ? s.stopMessage() : "stopped by the giver before the end.")));
        });
        if (!s.moves().isEmpty()) {
            body.getChildren().add(wrapping("summary-line", s.moves()));
        }
        VBox steps = list("Done", s.done(), "No step was done.");
        if (!s.skipped().isEmpty()) {
            steps.getChildren().addAll(list("Skipped", s.skipped(), "").getChildren());
        }
        if (!s.notReached().isEmpty()) {
            steps.getChildren().addAll(list("Not reached", s.notReached(), "").getChildren());
        }
        HBox columns = new HBox(steps, list("Check-in answers", s.checkIns(), "No check-in was answered."));
        columns.getStyleClass().add("summary-columns");
        body.getChildren().add(columns);
        scroller.toTop();
    }

    private static VBox list(String title, List<String> lines, String empty) {
        VBox box = new VBox(label("summary-subheading", title));
        box.getStyleClass().add("summary-list");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(1);
        for (String line : lines) {
            box.getChildren().add(wrapping("summary-item", "• " + line));
        }
        if (lines.isEmpty()) {
            box.getChildren().add(wrapping("summary-item", empty));
        }
        return box;
    }
}
