package org.easeback.safety;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The receiver's answers to the screen; every answer is "no" until it is set to "yes". Immutable. */
public final class ScreeningAnswers {

    private static final ScreeningAnswers NONE = new ScreeningAnswers(EnumSet.noneOf(ScreeningQuestion.class));

    private final EnumSet<ScreeningQuestion> yes;

    private ScreeningAnswers(EnumSet<ScreeningQuestion> yes) {
        this.yes = yes;
    }

    /** Every answer "no": the screen's starting point. */
    public static ScreeningAnswers allNo() {
        return NONE;
    }

    /** Answers with "yes" to exactly these questions. */
    public static ScreeningAnswers yesTo(ScreeningQuestion... questions) {
        EnumSet<ScreeningQuestion> set = EnumSet.noneOf(ScreeningQuestion.class);
        set.addAll(Arrays.asList(questions));
        return new ScreeningAnswers(set);
    }

    /** Answers read back from a session record: "yes" for each known id; unknown ids are ignored. */
    public static ScreeningAnswers fromYesIds(Collection<String> ids) {
        EnumSet<ScreeningQuestion> set = EnumSet.noneOf(ScreeningQuestion.class);
        for (String id : ids) {
            ScreeningQuestion.fromId(id).ifPresent(set::add);
        }
        return new ScreeningAnswers(set);
    }

    /** These answers with {@code question} answered {@code answer}. */
    public ScreeningAnswers with(ScreeningQuestion question, boolean answer) {
        EnumSet<ScreeningQuestion> set = EnumSet.copyOf(yes);
        if (answer) {
            set.add(question);
        } else {
            set.remove(question);
        }
        return new ScreeningAnswers(set);
    }

    /** True if the answer to {@code question} is "yes". */
    public boolean isYes(ScreeningQuestion question) {
        return yes.contains(question);
    }

    /** The questions answered "yes", in the screen's order. */
    public Set<ScreeningQuestion> yesAnswers() {
        return Collections.unmodifiableSet(EnumSet.copyOf(yes));
    }

    /** Every question's id with its answer, in the screen's order, for the session record. */
    public Map<String, Boolean> byId() {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            map.put(q.id(), yes.contains(q));
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreeningAnswers other && other.yes.equals(yes);
    }

    @Override
    public int hashCode() {
        return yes.hashCode();
    }

    @Override
    public String toString() {
        return "ScreeningAnswers" + yes;
    }
}
