package org.easeback.ui.presession;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One thing to gather before the session, ticked when it is at hand. */
public final class ChecklistItem {

    private final String text;
    private final BooleanProperty ticked = new SimpleBooleanProperty(false);

    public ChecklistItem(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }
}
