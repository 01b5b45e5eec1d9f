package org.easeback.ui.player;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.easeback.routine.Pressure;

/** The pressure to use now, with its meaning on the 1–10 scale (light ≈ 2–3 … firm ≈ 7); hidden when none applies. */
public final class PressureBadge extends VBox {

    private final ObjectProperty<Pressure> pressure = new SimpleObjectProperty<>(this, "pressure");
    private final Label caption = new Label("Pressure");
    private final Label level = new Label();
    private final Label scale = new Label();

    public PressureBadge() {
        getStyleClass().add("pressure-badge");
        caption.getStyleClass().add("badge-caption");
        level.getStyleClass().add("pressure-level");
        scale.getStyleClass().add("pressure-scale");
        setAlignment(Pos.CENTER);
        setMinWidth(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(caption, level, scale);
        pressure.addListener((o, a, b) -> update());
        update();
    }

    public ObjectProperty<Pressure> pressureProperty() {
        return pressure;
    }

    /** "Gentle ≈ 4 of 10", for tests and accessibility. */
    public String text() {
        return (level.getText() + " " + scale.getText()).trim();
    }

    private void update() {
        Pressure p = pressure.get();
        getStyleClass().removeIf(c -> c.startsWith("pressure-is-"));
        setVisible(p != null);
        level.setText(p == null ? "" : PlayerFormat.pressureName(p));
        scale.setText(p == null ? "" : PlayerFormat.pressureScale(p));
        if (p != null) {
            getStyleClass().add("pressure-is-" + p.jsonName());
        }
        setAccessibleText("Pressure " + text());
    }
}
