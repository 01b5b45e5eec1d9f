package org.easeback.ui.player;

import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.AccessibleRole;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.easeback.engine.EntryPicture;
import org.easeback.engine.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current step's picture, scaled to fit the room it is given and never asking for more, so it can never push
 * the countdown or the text aside. It loads in the background; until it has loaded, and when it is missing or
 * broken, the pane takes no room at all and the step shows its text alone. Its accessible text is the routine's
 * {@code imageAlt}.
 */
final class StepPicturePane extends Region {

    private static final Logger LOG = LoggerFactory.getLogger(StepPicturePane.class);
    /** Decoded at this width at most: the picture column is about 350 px at 1280 and 600 px at 1920 wide. */
    private static final double LOAD_WIDTH = 720;

    private final ImageView view = new ImageView();
    private final Plan plan;

    StepPicturePane(Plan plan, ObservableIntegerValue entryIndex) {
        this.plan = plan;
        getStyleClass().add("player-picture");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        getChildren().add(view);
        setMinSize(0, 0);
        show(entryIndex.get());
        entryIndex.addListener((o, a, b) -> show(b.intValue()));
    }

    private void show(int index) {
        Optional<EntryPicture> picture = index >= 0 && index < plan.size() ? plan.entry(index).picture()
                : Optional.empty();
        view.setImage(null);
        shown(false);
        if (picture.isEmpty()) {
            return;
        }
        Optional<String> url = url(picture.get());
        if (url.isEmpty()) {
            LOG.warn("The picture {} of step {} is neither beside its routine nor among the bundled assets; the step "
                    + "shows its text alone", picture.get().path(), index + 1);
            return;
        }
        view.setAccessibleText(picture.get().alt());
        setAccessibleText(picture.get().alt());
        Image image = new Image(url.get(), LOAD_WIDTH, 0, true, true, true);
        view.setImage(image);
        Runnable settle = () -> {
            if (view.getImage() != image) {
                return;
            }
            if (image.isError()) {
                LOG.warn("The picture {} could not be shown ({}); the step shows its text alone",
                        picture.get().path(), image.getException() == null ? "unknown" : image.getException());
                view.setImage(null);
                shown(false);
            } else if (image.getProgress() >= 1 && image.getWidth() > 0) {
                shown(true);
            }
        };
        image.progressProperty().addListener((o, a, b) -> settle.run());
        image.errorProperty().addListener((o, a, b) -> settle.run());
        settle.run();
    }

    private void shown(boolean on) {
        setVisible(on);
        setManaged(on);
    }

    /** Where the picture is: the file the plan found beside its routine (a user's or an imported one), else the assets. */
    static Optional<String> url(EntryPicture picture) {
        return picture.file().map(f -> f.toUri().toString()).or(() -> url(picture.path()));
    }

    /**
     * Where a picture without a file is: a path into the {@code assets/} folder beside the routines (how the bundled routines
     * and the loader name them) is read from the app's own copy, which also works inside the jar.
     */
    static Optional<String> url(String path) {
        Path lexical;
        try {
            lexical = Path.of("routines").resolve(path).normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!lexical.startsWith(Path.of("assets")) || lexical.getNameCount() < 2) {
            return Optional.empty();
        }
        String resource = "/" + lexical.toString().replace('\\', '/');
        URL found = StepPicturePane.class.getResource(resource);
        return Optional.ofNullable(found).map(URL::toExternalForm);
    }

    /** True once a picture has loaded and is on screen. */
    boolean showing() {
        return isVisible() && view.getImage() != null;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // takes the width the column has, never widens it
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        view.setFitWidth(Math.max(0, w));
        view.setFitHeight(Math.max(0, h));
        double iw = view.prefWidth(-1);
        double ih = view.prefHeight(-1);
        view.relocate(snappedLeftInset() + (w - iw) / 2, snappedTopInset() + (h - ih) / 2);
    }
}
