package org.easeback.ui.player;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.easeback.engine.SessionState;
import org.easeback.ui.backmap.BackMapView;

/**
 * The player's pictures: the countdown ring, the side and pressure badges, the pace pulse, the back map and the
 * progress bar, bound to the view model and animated on its beats.
 */
final class PlayerVisuals {

    private final PlayerViewModel vm;
    private final EntryDisplay entry;
    private final BackMapView backMap = new BackMapView();
    private final PacePulse pacePulse = new PacePulse();
    private final CountdownRing ring = new CountdownRing();
    private final SideBadge sideBadge = new SideBadge();
    private final PressureBadge pressureBadge = new PressureBadge();
    private final SegmentedProgressBar progress = new SegmentedProgressBar();
    private final VBox root;

    PlayerVisuals(PlayerViewModel vm) {
        this.vm = vm;
        this.entry = vm.entry();
        progress.setSegments(vm.plan().entries().stream()
                .map(e -> new SegmentedProgressBar.Segment(e.seconds().orElse(0),
                        e.checkIn() ? "segment-check-in" : "segment-" + e.kind().jsonName()))
                .toList());
        progress.currentIndexProperty().bind(Bindings.createIntegerBinding(
                () -> vm.summaryProperty().get() != null && vm.summaryProperty().get().finished()
                        ? vm.plan().size() : entry.entryIndexProperty().get(),
                entry.entryIndexProperty(), vm.summaryProperty()));
        progress.currentFractionProperty().bind(entry.entryProgressProperty());

        ring.totalSecondsProperty().bind(entry.entryLengthProperty());
        ring.remainingSecondsProperty().bind(entry.remainingInEntryProperty());
        ring.captionProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case PAUSED -> "paused";
            case AWAITING_DONE -> "Done? Space";
            case CHECKING_IN -> "check-in";
            default -> "left";
        }, vm.stateProperty()));
        sideBadge.sideProperty().bind(entry.sideProperty());
        pressureBadge.pressureProperty().bind(entry.pressureProperty());
        pacePulse.strokesPerMinuteProperty().bind(entry.strokesPerMinuteProperty());
        VBox badges = new VBox(sideBadge, pressureBadge, pacePulse);
        badges.getStyleClass().add("player-badges");
        HBox.setHgrow(ring, Priority.ALWAYS);
        ring.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        HBox gauges = new HBox(ring, badges);
        gauges.getStyleClass().add("player-gauges");
        gauges.setAlignment(Pos.CENTER);

        backMap.diagramProperty().bind(entry.diagramProperty());
        backMap.sideProperty().bind(entry.sideProperty());
        backMap.highlightedSpotProperty().bind(entry.spotProperty());
        StackPane map = new StackPane(backMap);
        map.getStyleClass().add("player-map");
        map.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> PlayerView.showsMap(entry.kindProperty().get()), entry.kindProperty()));
        map.managedProperty().bind(map.visibleProperty());
        VBox.setVgrow(map, Priority.ALWAYS);
        map.setMinHeight(0);
        // A setup step's picture takes the room the back map leaves (setup steps show no map).
        StepPicturePane picture = new StepPicturePane(vm.plan(), entry.entryIndexProperty());
        VBox.setVgrow(picture, Priority.ALWAYS);
        root = new VBox(gauges, map, picture);
        root.getStyleClass().add("player-visual");
        root.setMinWidth(Region.USE_PREF_SIZE);
        wireAnimations();
    }

    Node root() {
        return root;
    }

    SegmentedProgressBar progress() {
        return progress;
    }

    void stop() {
        backMap.stopStroke();
        pacePulse.reset();
    }

    private void wireAnimations() {
        entry.beatsProperty().addListener((o, a, b) -> {
            Duration interval = Duration.seconds(entry.beatIntervalSeconds());
            pacePulse.beat(interval);
            if (entry.diagramProperty().get() != null) {
                backMap.playStroke(interval);
            }
        });
        entry.entryIndexProperty().addListener((o, a, b) -> {
            pacePulse.reset();
            backMap.stopStroke();
            backMap.strokeProgressProperty().set(0);
        });
        vm.stateProperty().addListener((o, a, b) -> {
            if (b != SessionState.RUNNING) {
                backMap.stopStroke();
            }
        });
        entry.kindProperty().addListener((o, a, b) -> showSpots());
        showSpots();
    }

    private void showSpots() {
        if (entry.kindProperty().get() == org.easeback.engine.EntryKind.SORE_SPOT) {
            backMap.spots().setAll(vm.soreSpots());
        } else {
            backMap.spots().clear();
        }
    }
}
