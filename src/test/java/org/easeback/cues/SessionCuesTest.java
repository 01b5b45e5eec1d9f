package org.easeback.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.Test;

class SessionCuesTest {

    private final FakeClock clock = new FakeClock();
    private final List<Cue> played = Collections.synchronizedList(new ArrayList<>());

    private Session session(boolean paceTicks) {
        Plan plan = Plan.of("p", "P", List.of(
                side(Side.LEFT, false), side(Side.RIGHT, true),
                PlanEntry.checkIn("More, less, or the same pressure?", List.of(), true)), 180, List.of());
        Session s = new Session(plan, clock);
        s.addListener(new SessionCues(played::add, () -> new CueSettings(0.5, false, paceTicks)));
        return s;
    }

    private static PlanEntry side(Side side, boolean second) {
        return PlanEntry.technique("Glide", "glide", side, 10).pressure(Pressure.GENTLE, Pressure.FIRM)
                .strokesPerMinute(18).secondSide(second).build();
    }

    private void run(Session s, int seconds) {
        for (int i = 0; i < seconds * 10; i++) {
            clock.advanceMillis(100);
            s.advanceTo(clock.nanoTime());
        }
    }

    @Test
    void eachMomentHasItsCueInOrder() {
        Session s = session(false);
        s.start();
        run(s, 20);
        assertThat(played).containsExactly(
                Cue.ENTRY_START, Cue.HALFWAY, Cue.FINAL_COUNT, Cue.FINAL_COUNT, Cue.FINAL_COUNT,
                Cue.SWITCH_SIDES, Cue.HALFWAY, Cue.FINAL_COUNT, Cue.FINAL_COUNT, Cue.FINAL_COUNT,
                Cue.CHECK_IN);
    }

    @Test
    void paceTicksSoundOnlyWhenTheSettingsAskAndNeverOverAnotherCue() {
        Session s = session(true);
        s.start();
        run(s, 10);
        long ticks = played.stream().filter(c -> c == Cue.PACE_TICK).count();
        // 18 a minute: beats at 0, 3.3 and 6.7 s; the one at the entry's start is covered by the start cue.
        assertThat(ticks).isEqualTo(2);
        assertThat(played.get(0)).isEqualTo(Cue.ENTRY_START);
    }

    @Test
    void noPaceTicksUnlessAsked() {
        Session s = session(false);
        s.start();
        run(s, 10);
        assertThat(played).doesNotContain(Cue.PACE_TICK);
    }

    @Test
    void answeredCheckInAndItsResumeDoNotRepeatTheChime() {
        Session s = session(false);
        s.start();
        run(s, 20);
        s.answer(CheckInAnswer.SAME);
        assertThat(played.stream().filter(c -> c == Cue.CHECK_IN).count()).isEqualTo(1);
    }
}
