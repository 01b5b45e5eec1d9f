package org.easeback.ui.studio;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import org.easeback.routine.Side;
import org.easeback.ui.backmap.BackMapView;

/** The chosen technique's stroke on the back map, on the side the step names, as the player will draw it. */
final class TechniqueDiagram {

    private final BackMapView map = new BackMapView();

    /** @param side the step's side field, or null for a kind that has none (sore-spot holds) */
    TechniqueDiagram(StudioViewModel model, StringProperty technique, StringProperty side) {
        map.getStyleClass().add("studio-back-map");
        map.setPrefSize(300, 190);
        map.setFocusTraversable(false);
        Runnable draw = () -> {
            map.diagramProperty().set(model.catalog().diagramOf(technique.get()).orElse(null));
            map.sideProperty().set(side == null ? Side.BOTH : sideOf(side.get()));
        };
        technique.addListener((o, was, now) -> draw.run());
        if (side != null) {
            side.addListener((o, was, now) -> draw.run());
        }
        draw.run();
    }

    Node node() {
        return map;
    }

    private static Side sideOf(String text) {
        for (Side s : Side.values()) {
            if (s.jsonName().equals(text)) {
                return s == Side.EACH ? Side.BOTH : s;
            }
        }
        return Side.BOTH;
    }
}
