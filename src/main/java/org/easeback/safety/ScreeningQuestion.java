package org.easeback.safety;

import java.util.Optional;
import org.easeback.routine.Pressure;

/**
 * One question of the screen before a session, in the words a receiver understands, and what a "yes" means.
 * Declared in the order the screen asks them.
 */
public enum ScreeningQuestion {
    SEVERE_PAIN("severe-pain",
            "Is the pain severe or getting worse, or does it get in the way of daily life?",
            Kind.STOP,
            "The pain is severe, getting worse or getting in the way of daily life: "
                    + "that needs a physician, not a home massage.",
            Pressure.FIRM, false),
    CHRONIC_PAIN("chronic-pain",
            "Has the pain lasted more than 3 months?",
            Kind.CAUTION,
            SafetyAdvice.CHRONIC_PAIN,
            Pressure.FIRM, false),
    RECENT_INJURY("recent-injury",
            "Did the pain start with a fall, an accident or heavy lifting in the last few days?",
            Kind.RED_FLAG,
            "The pain started with a fall, an accident or heavy lifting in the last few days: "
                    + "pressure on a fresh injury can worsen it, and a doctor should check it first.",
            Pressure.FIRM, false),
    BONE_OR_DISC("bone-or-disc",
            "Do you have arthritis, osteoporosis, or a ruptured, bulging or degenerative disc?",
            Kind.CAUTION,
            "Arthritis, osteoporosis or a disc problem: gentle pressure only (≈ 4 of 10), sore spots included, "
                    + "and stop at once at any pain. If massage brings no relief, see your physician.",
            Pressure.GENTLE, false),
    ILLNESS_SIGNS("illness-signs",
            "Do you have a fever or unexplained weight loss, or have you ever had cancer?",
            Kind.RED_FLAG,
            "Back pain with a fever, unexplained weight loss or a history of cancer can come from an illness "
                    + "rather than the muscles: a doctor should check it first.",
            Pressure.FIRM, false),
    NERVE_SIGNS("nerve-signs",
            "Is there numbness in your groin or saddle area, a new bladder or bowel problem, or weakness in your legs?",
            Kind.RED_FLAG,
            "Numbness in the groin or saddle area, new bladder or bowel problems or weak legs can mean "
                    + "a nerve is being pressed: see a doctor straight away.",
            Pressure.FIRM, false),
    BLOOD_THINNERS("blood-thinners",
            "Do you take blood thinners, or have a bleeding disorder?",
            Kind.CAUTION,
            "Blood thinners or a bleeding disorder: gentle pressure only (≈ 4 of 10), "
                    + "because firmer pressure can bruise.",
            Pressure.GENTLE, false),
    BACK_SURGERY("back-surgery",
            "Have you had surgery on your back recently?",
            Kind.RED_FLAG,
            "Recent back surgery: the back must heal first, and your surgeon or physician should say "
                    + "when massage is safe.",
            Pressure.FIRM, false),
    SKIN_PROBLEM("skin-problem",
            "Is the skin on your lower back broken, infected or sunburnt?",
            Kind.STOP,
            "The skin on the lower back is broken, infected or sunburnt: massage and oil would hurt it "
                    + "or spread an infection. Wait until it has healed.",
            Pressure.FIRM, false),
    PREGNANCY("pregnancy",
            "Are you pregnant?",
            Kind.CAUTION,
            "Pregnancy: gentle pressure only (≈ 4 of 10), and essential oils at 1 % at most "
                    + "(6 drops in 30 ml of carrier oil). Stop if lying face down is not comfortable.",
            Pressure.GENTLE, true),
    OLDER_RECEIVER("older-receiver",
            "Are you an older adult (about 65 or over)?",
            Kind.CAUTION,
            "Older receiver: essential oils at 1 % at most (6 drops in 30 ml of carrier oil).",
            Pressure.FIRM, true),
    SENSITIVE_SKIN("sensitive-skin",
            "Do you have sensitive skin?",
            Kind.CAUTION,
            "Sensitive skin: essential oils at 1 % at most (6 drops in 30 ml of carrier oil).",
            Pressure.FIRM, true);

    /** What a "yes" to a question means for the session. */
    public enum Kind {
        /** A medical warning sign: do not start, see a physician. */
        RED_FLAG,
        /** Not a warning sign of illness, but a home massage must not start. */
        STOP,
        /** Go, with a caution shown during the session. */
        CAUTION;

        /** True if a "yes" means the session does not start. */
        public boolean preventsStart() {
            return this != CAUTION;
        }
    }

    private final String id;
    private final String text;
    private final Kind kind;
    private final String meaning;
    private final Pressure pressureCap;
    private final boolean lowDilution;

    ScreeningQuestion(String id, String text, Kind kind, String meaning, Pressure pressureCap, boolean lowDilution) {
        this.id = id;
        this.text = text;
        this.kind = kind;
        this.meaning = meaning;
        this.pressureCap = pressureCap;
        this.lowDilution = lowDilution;
    }

    /** Stable id, used in session records. */
    public String id() {
        return id;
    }

    /** The question as the receiver reads it. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** The sentence shown when the answer is "yes": the reason not to start, or the caution. */
    public String meaning() {
        return meaning;
    }

    /** The most pressure a session may use after a "yes" (firm when the answer does not limit it). */
    public Pressure pressureCap() {
        return pressureCap;
    }

    /** True if a "yes" limits essential oils to 1 %. */
    public boolean needsLowDilution() {
        return lowDilution;
    }

    /** The question with this id, if any. */
    public static Optional<ScreeningQuestion> fromId(String id) {
        for (ScreeningQuestion q : values()) {
            if (q.id.equals(id)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
