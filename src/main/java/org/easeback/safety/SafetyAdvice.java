package org.easeback.safety;

import java.util.List;

/** The article's safety advice, worded once for every screen that shows it. */
public final class SafetyAdvice {

    /** The stop screen after "it hurts": the article's advice on significant pain. */
    public static final String PAIN_STOP =
            "Stop the massage. If significant pain persists, see your doctor.";

    /** The stop screen's full message after a pain stop (the key, or "it hurts" at a check-in). */
    public static final String PAIN_STOPPED = "Stopped because it hurts. " + PAIN_STOP;

    /** Why a screening answer means not starting, and who to see. */
    public static final String SEE_PHYSICIAN =
            "Do not start the massage. See your physician: they can diagnose any serious medical issue "
                    + "and recommend treatment options, which may include massage.";

    /** What massage can and cannot do for chronic pain (the article: a treatment, not a cure). */
    public static final String CHRONIC_PAIN =
            "Pain that has lasted more than 3 months is chronic. Massage can relieve it for a while, "
                    + "but it is a treatment, not a cure: the pain will likely come back.";

    /** The default pressure rule from the article. */
    public static final String GENTLE_PRESSURE =
            "Use only gentle pressure to avoid any discomfort, and never press on the spine or any bone.";

    /** The question every check-in asks. */
    public static final String CHECK_IN_QUESTION = "More, less, or the same pressure?";

    /** The question of the closing check-in. */
    public static final String FINAL_CHECK_IN_QUESTION = "How does your back feel now?";

    /** What the giver does at every check-in, in order. */
    public static final List<String> CHECK_IN_INSTRUCTIONS = List.of(
            "Lift your hands and ask the receiver.",
            "If it hurts: " + PAIN_STOP);

    /** The oil step when no receiver is chosen: no one has said which oils are safe for them. */
    public static final String GUEST_OIL = "Use a plain carrier massage oil. Before adding any essential oil, ask "
            + "the receiver which essential oils they prefer and whether they are sensitive to any.";

    private SafetyAdvice() {
    }
}
