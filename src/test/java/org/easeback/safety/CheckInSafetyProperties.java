package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.engine.SessionState;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;

/** The check-in rules at engine level, over generated plans and any length of fake time. */
class CheckInSafetyProperties {

    @Property(tries = 300)
    void theGapBetweenCheckInsNeverExceedsTheLimit(@ForAll("routineSteps") List<Step> steps,
                                                   @ForAll @IntRange(min = 30, max = 300) int limit,
                                                   @ForAll("receivers") Optional<Receiver> receiver) {
        Plan plan = SessionFixtures.compile(SessionFixtures.routine(limit, steps), receiver);

        int handsOnSinceCheckIn = 0;
        boolean hadCheckIn = false;
        int lastHandsOn = -1;
        int lastCheckIn = -1;
        for (PlanEntry e : plan.entries()) {
            if (e.checkIn()) {
                handsOnSinceCheckIn = 0;
                hadCheckIn = true;
                lastCheckIn = e.index();
            } else if (e.kind().handsOn()) {
                handsOnSinceCheckIn += e.seconds().orElse(0);
                lastHandsOn = e.index();
                int allowed = hadCheckIn ? limit : Math.min(60, limit);
                assertThat(handsOnSinceCheckIn).as("hands-on seconds before entry %d ends", e.index())
                        .isLessThanOrEqualTo(allowed);
            }
        }
        if (lastHandsOn >= 0) {
            assertThat(lastCheckIn).as("the session ends with a check-in").isGreaterThan(lastHandsOn);
        }
    }

    @Property(tries = 200)
    void anUnansweredCheckInStaysPausedForAnyLengthOfTime(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 86_400_000L) Long> waitsMillis) {
        FakeClock clock = new FakeClock();
        Session session = new Session(SessionFixtures.smallPlan(), clock);
        session.start();
        session.done();
        while (session.state() != SessionState.CHECKING_IN) {
            clock.advanceSeconds(1);
            session.advance();
        }
        int checkIn = session.entryIndex();

        for (long wait : waitsMillis) {
            clock.advanceMillis(wait);
            session.advance();

            assertThat(session.state()).isEqualTo(SessionState.CHECKING_IN);
            assertThat(session.entryIndex()).isEqualTo(checkIn);
            assertThat(session.nextDeadlineNanos()).as("nothing is scheduled while waiting").isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Step>> routineSteps() {
        return step(2).list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<Step> step(int depth) {
        Arbitrary<Step> technique = Combinators.combine(
                Arbitraries.integers().between(1, 900),
                Arbitraries.of(Side.values()),
                Arbitraries.of(SessionFixtures.GLIDE.id(), SessionFixtures.HOLD.id()),
                Arbitraries.of(Pressure.values()).optional())
                .as((seconds, side, id, pressure) -> new Step.Technique(id, seconds, side, OptionalInt.empty(),
                        pressure, Optional.empty(), Optional.empty(), SourcePosition.UNKNOWN));
        Arbitrary<Step> soreSpots = Arbitraries.integers().between(1, 60)
                .map(s -> new Step.SoreSpots(SessionFixtures.HOLD.id(), s, SourcePosition.UNKNOWN));
        Arbitrary<Step> checkIn = Arbitraries.just(new Step.CheckIn(Optional.empty(), SourcePosition.UNKNOWN));
        Arbitrary<Step> info = Arbitraries.integers().between(1, 600).optional()
                .map(s -> new Step.Info("Info", "Read this.", s.map(OptionalInt::of).orElse(OptionalInt.empty()),
                        SourcePosition.UNKNOWN));
        if (depth == 0) {
            return Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(6, technique), net.jqwik.api.Tuple.of(1, soreSpots),
                    net.jqwik.api.Tuple.of(1, checkIn), net.jqwik.api.Tuple.of(1, info));
        }
        Arbitrary<Step> repeat = Combinators.combine(Arbitraries.integers().between(2, 4),
                        Arbitraries.lazy(() -> step(depth - 1)).list().ofMinSize(1).ofMaxSize(4))
                .as((times, inner) -> new Step.Repeat(times, inner, SourcePosition.UNKNOWN));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, technique), net.jqwik.api.Tuple.of(1, soreSpots),
                net.jqwik.api.Tuple.of(1, checkIn), net.jqwik.api.Tuple.of(1, info),
                net.jqwik.api.Tuple.of(1, repeat));
    }

    @Provide
    Arbitrary<Optional<Receiver>> receivers() {
        Arbitrary<SoreSpot> spot = Combinators.combine(
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
                .as((x, y) -> new SoreSpot(x, y, ""));
        return spot.list().ofMaxSize(8)
                .map(spots -> new Receiver("Sam", "", List.of(), List.of(), Pressure.GENTLE, new ArrayList<>(spots)))
                .optional();
    }
}
