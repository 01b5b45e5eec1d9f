package org.easeback.ui.presession;

import java.util.List;
import java.util.Set;

/**
 * The screening the pre-session flow asks. The app wires it to the safety module's Screening; the view only
 * shows questions and verdicts, it decides nothing itself. Pure and fast: called on the FX thread per toggle.
 */
public interface ScreeningQuestionnaire {

    /** The questions in the order they are asked. */
    List<ScreeningQuestion> questions();

    /** The verdict when exactly the questions with these ids are answered "yes". */
    ScreeningVerdict assess(Set<String> yes);
}
