package org.easeback.ui.presession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for the safety module's screening, used only until org.easeback.safety.Screening is merged:
 * the questions and the three outcomes, so the screens can be built and tested. Delete it then.
 */
public final class InterimScreening implements ScreeningQuestionnaire {

    private static final String PHYSICIAN = "Do not give this massage. See a physician about the back first.";

    private enum Effect { STOP, CAUTION }

    private record Rule(ScreeningQuestion question, Effect effect, String sentence) {
    }

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public InterimScreening() {
        add("severe-pain", "Is the pain severe, getting worse, or stopping you from daily activities?",
                Effect.STOP, "Severe, worsening or disabling pain needs a physician, not a home massage.");
        add("recent-injury", "Did the pain begin with a fall, an accident or heavy lifting in the last few days?",
                Effect.STOP, "Pain after a recent fall, accident or heavy lifting needs to be checked first.");
        add("bone-disc", "Is there known arthritis, osteoporosis, or a ruptured, bulging or degenerative disc?",
                Effect.STOP, "Arthritis, osteoporosis or a disc problem needs a physician's advice before massage.");
        add("systemic", "Is there fever, unexplained weight loss, or a history of cancer?",
                Effect.STOP, "Fever, unexplained weight loss or a history of cancer are red flags.");
        add("nerve", "Is there numbness in the groin or saddle area, new bladder or bowel problems, "
                + "or weakness in the legs?", Effect.STOP, "Numbness, bladder or bowel changes or leg weakness are "
                + "red flags: see a physician today.");
        add("bleeding", "Does the receiver take blood thinners or have a bleeding disorder?",
                Effect.CAUTION, "Blood thinners or a bleeding disorder: use light pressure only.");
        add("surgery", "Has the receiver had back surgery recently?",
                Effect.STOP, "Recent back surgery: ask the surgeon before any massage.");
        add("skin", "Is the skin on the lower back broken, infected or sunburnt?",
                Effect.STOP, "Do not massage broken, infected or sunburnt skin.");
        add("pregnancy", "Is the receiver pregnant?",
                Effect.CAUTION, "Pregnancy: gentle pressure only, and essential oils at 1 % at most.");
    }

    private void add(String id, String text, Effect effect, String sentence) {
        rules.put(id, new Rule(new ScreeningQuestion(id, text), effect, sentence));
    }

    @Override
    public List<ScreeningQuestion> questions() {
        return rules.values().stream().map(Rule::question).toList();
    }

    @Override
    public ScreeningVerdict assess(Set<String> yes) {
        List<String> reasons = new ArrayList<>();
        List<String> cautions = new ArrayList<>();
        for (Rule rule : rules.values()) {
            if (yes.contains(rule.question().id())) {
                (rule.effect() == Effect.STOP ? reasons : cautions).add(rule.sentence());
            }
        }
        if (!reasons.isEmpty()) {
            return new ScreeningVerdict(ScreeningVerdict.Outcome.DO_NOT_START, reasons, cautions, PHYSICIAN, yes);
        }
        if (!cautions.isEmpty()) {
            return new ScreeningVerdict(ScreeningVerdict.Outcome.GO_WITH_CAUTIONS, cautions, cautions,
                    "Go ahead gently; the cautions stay on screen during the session.", yes);
        }
        return ScreeningVerdict.allClear().withYes(yes);
    }
}
