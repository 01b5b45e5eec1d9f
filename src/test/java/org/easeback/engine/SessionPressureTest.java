package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.engine.Entries.checkIn;
import static org.easeback.engine.Entries.pressed;

import java.util.Optional;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureShift;
import org.junit.jupiter.api.Test;

/** A check-in answer is about the pressure just felt, and its result is what the next hands-on step uses. */
class SessionPressureTest {

    private final FakeClock clock = new FakeClock();

    /** Holds at gentle, a check-in, then a closing step planned light (its most: gentle), as in the partner routines. */
    private Session atCheckInAfterGentle() {
        Session s = new Session(Entries.plan(pressed("Holds", 5, Pressure.GENTLE, Pressure.FIRM), checkIn(),
                pressed("Closing rock", 10, Pressure.LIGHT, Pressure.GENTLE)), clock);
        s.start();
        clock.advanceSeconds(5);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
        return s;
    }

    @Test
    void theCheckInIsAboutThePressureJustFelt() {
        Session s = atCheckInAfterGentle();
        assertThat(s.currentPressure()).contains(Pressure.GENTLE);
    }

    @Test
    void sameKeepsThePressureTheBadgeShows() {
        Session s = atCheckInAfterGentle();
        RecordingListener events = new RecordingListener();
        s.addListener(events);
        assertThat(s.checkInChoices()).extracting(PressureShift::to)
                .containsExactly(Pressure.LIGHT, Pressure.GENTLE, Pressure.GENTLE);
        s.answer(CheckInAnswer.SAME);
        assertThat(s.currentPressure()).contains(Pressure.GENTLE);
        assertThat(events.of(SessionEvent.EntryStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.pressure()).contains(Pressure.GENTLE));
        assertThat(events.of(SessionEvent.PressureChanged.class)).isEmpty();
        assertThat(events.of(SessionEvent.CheckInAnswered.class)).singleElement().satisfies(a -> {
            assertThat(a.before()).contains(Pressure.GENTLE);
            assertThat(a.after()).contains(Pressure.GENTLE);
        });
    }

    @Test
    void lighterMovesOneLevelFromWhatWasFelt() {
        Session s = atCheckInAfterGentle();
        s.answer(CheckInAnswer.LIGHTER);
        assertThat(s.currentPressure()).contains(Pressure.LIGHT);
    }

    @Test
    void firmerNeverGoesAboveTheNextStepsMaximum() {
        Session s = atCheckInAfterGentle();
        assertThat(s.checkInChoices().get(2).message()).contains("stays");
        s.answer(CheckInAnswer.FIRMER);
        assertThat(s.currentPressure()).contains(Pressure.GENTLE);
    }

    @Test
    void sameNeverChangesThePressureWhateverThePlanSays() {
        for (Pressure felt : Pressure.values()) {
            for (Pressure planned : Pressure.values()) {
                FakeClock c = new FakeClock();
                Session s = new Session(Entries.plan(pressed("A", 1, felt, Pressure.FIRM), checkIn(),
                        pressed("B", 1, planned, Pressure.FIRM)), c);
                s.start();
                c.advanceSeconds(1);
                s.advance();
                Optional<Pressure> before = s.currentPressure();
                s.answer(CheckInAnswer.SAME);
                assertThat(s.currentPressure()).as("felt %s, next planned %s", felt, planned).isEqualTo(before);
            }
        }
    }

    @Test
    void checkInsAreNumberedByTheirPlaceInThePlan() {
        Session s = new Session(Entries.plan(pressed("A", 1, Pressure.GENTLE, Pressure.FIRM), checkIn(),
                pressed("B", 1, Pressure.GENTLE, Pressure.FIRM), checkIn(),
                pressed("C", 1, Pressure.GENTLE, Pressure.FIRM)), clock);
        RecordingListener events = new RecordingListener();
        s.addListener(events);
        s.start();
        clock.advanceSeconds(1);
        s.advance();
        s.answer(CheckInAnswer.SAME);
        clock.advanceSeconds(1);
        s.advance();
        s.answer(CheckInAnswer.SAME);
        s.back();
        s.back();
        s.back();
        clock.advanceSeconds(1);
        s.advance();
        s.answer(CheckInAnswer.FIRMER);
        assertThat(events.of(SessionEvent.CheckInAnswered.class)).extracting(SessionEvent.CheckInAnswered::number)
                .containsExactly(1, 2, 2);
    }
}
