package org.easeback.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;

/**
 * Everything a plan's session may say, in order, with when: derived from the compiled plan alone, so rendering
 * can start as soon as the plan exists. The live session speaks the same phrases on the engine's events.
 */
public record Narration(String routineId, List<NarrationLine> lines) {

    /** Halfway and "10 seconds left" are spoken only on entries at least this long, so they never crowd the title. */
    public static final Duration LONG_ENTRY = Duration.ofSeconds(30);
    static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    public Narration {
        lines = List.copyOf(lines);
    }

    /** The narration of {@code plan}. */
    public static Narration of(Plan plan) {
        List<NarrationLine> out = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            Duration start = Duration.ofSeconds(e.at());
            if (e.checkIn()) {
                out.add(line(e, SpokenEvent.CHECK_IN, start, e.title()));
                out.add(line(e, SpokenEvent.CHECK_IN, start, NarrationWording.checkInAnswers()));
                continue;
            }
            if (e.secondSide()) {
                out.add(line(e, SpokenEvent.SWITCH_SIDES, start, NarrationWording.switchSides(e.side().orElseThrow())));
            } else {
                out.add(line(e, SpokenEvent.ENTRY_START, start, NarrationWording.entryStart(e)));
            }
            if (!e.timed()) {
                continue;
            }
            Duration length = e.length();
            if (speaksHalfway(e, length)) {
                out.add(line(e, SpokenEvent.HALFWAY, start.plus(length.dividedBy(2)), NarrationWording.HALFWAY));
            }
            if (speaksTenSecondsLeft(length)) {
                out.add(line(e, SpokenEvent.TEN_SECONDS_LEFT, start.plus(length).minus(TEN_SECONDS),
                        NarrationWording.TEN_SECONDS_LEFT));
            }
            for (int n = 3; n >= 1; n--) {
                Duration at = length.minusSeconds(n);
                if (at.compareTo(Duration.ZERO) > 0) { // the engine sends no countdown on the entry's start
                    out.add(line(e, SpokenEvent.COUNTDOWN, start.plus(at), NarrationWording.countdown(n)));
                }
            }
        }
        out.add(new NarrationLine(-1, SpokenEvent.PAIN_STOP, Optional.empty(), NarrationWording.PAIN_STOP));
        return new Narration(plan.routineId(), out);
    }

    /** Every distinct text, in order of first use: what has to be rendered. */
    public Set<String> phrases() {
        Set<String> out = new LinkedHashSet<>();
        lines.forEach(l -> out.add(l.text()));
        return out;
    }

    static boolean speaksHalfway(PlanEntry e, Duration length) {
        return e.kind().handsOn() && length.compareTo(LONG_ENTRY) >= 0;
    }

    static boolean speaksTenSecondsLeft(Duration length) {
        return length.compareTo(LONG_ENTRY) >= 0;
    }

    private static NarrationLine line(PlanEntry e, SpokenEvent event, Duration at, String text) {
        return new NarrationLine(e.index(), event, Optional.of(at), text);
    }
}
