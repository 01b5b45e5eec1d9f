package org.easeback.ui.player;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.easeback.routine.Side;

/** A large badge naming the side being worked, LEFT, RIGHT or BOTH, readable at a glance; hidden when there is none. */
public final class SideBadge extends VBox {

    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
    private final Label name = new Label();
    private final Label hint = new Label();

    public SideBadge() {
        getStyleClass().add("side-badge");
        name.getStyleClass().add("side-name");
        hint.getStyleClass().add("side-hint");
        setAlignment(Pos.CENTER);
        setMinWidth(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(name, hint);
        side.addListener((o, a, b) -> update());
        update();
    }

    /** The side shown; null hides the badge. */
    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public String text() {
        return name.getText();
    }

    private void update() {
        Side s = side.get();
        getStyleClass().removeAll("side-left", "side-right", "side-both");
        setVisible(s != null);
        if (s == null) {
            name.setText("");
            hint.setText("");
            return;
        }
        getStyleClass().add("side-" + (s == Side.EACH ? "both" : s.jsonName()));
        name.setText(PlayerFormat.side(s));
        hint.setText(switch (s) {
            case LEFT -> "their left side";
            case RIGHT -> "their right side";
            case BOTH, EACH -> "both sides";
        });
    }
}
