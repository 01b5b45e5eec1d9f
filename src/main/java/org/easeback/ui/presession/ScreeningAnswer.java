package org.easeback.ui.presession;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.easeback.safety.ScreeningQuestion;

/** A screening question with its answer; false ("no") until the giver says otherwise. */
public final class ScreeningAnswer {

    private final ScreeningQuestion question;
    private final BooleanProperty yes = new SimpleBooleanProperty(false);

    public ScreeningAnswer(ScreeningQuestion question) {
        this.question = question;
    }

    public ScreeningQuestion question() {
        return question;
    }

    public BooleanProperty yesProperty() {
        return yes;
    }
}
