package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.easeback.safety.CheckInAnswer;

/** Engine invariants over generated plans, on a fake clock. */
class SessionProperties {

    private static final long S = 1_000_000_000L;

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<PlanEntry> technique = Combinators.combine(Arbitraries.integers().between(1, 90),
                Arbitraries.integers().between(0, 70)).as((sec, spm) -> Entries.technique("T", sec, spm));
        Arbitrary<PlanEntry> info = Arbitraries.integers().between(1, 20).map(sec -> Entries.info("I", sec));
        Arbitrary<PlanEntry> entry = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, technique), net.jqwik.api.Tuple.of(2, info),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Entries.open("O"))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Entries.checkIn())));
        return entry.list().ofMinSize(1).ofMaxSize(10).map(es -> Entries.plan(es.toArray(PlanEntry[]::new)));
    }

    /** A pause: when (nanos after start) and for how long. */
    record Pause(long at, long length) {
    }

    @Provide
    Arbitrary<List<Pause>> pauses() {
        return Combinators.combine(Arbitraries.longs().between(0, 400 * S), Arbitraries.longs().between(1, 600 * S))
                .as(Pause::new).list().ofMaxSize(6)
                .map(ps -> ps.stream().sorted(java.util.Comparator.comparingLong(Pause::at)).toList());
    }

    /** Runs a plan to its end: Done and SAME at once, optional +15 s at the start of chosen entries, pauses. */
    private static List<SessionEvent> runToEnd(Plan plan, FakeClock clock, Set<Integer> extendAt, List<Pause> pauses,
                                               long[] pausedTotal) {
        Session s = new Session(plan, clock);
        RecordingListener events = new RecordingListener();
        s.addListener(events);
        long start = clock.nanoTime();
        s.start();
        int pauseIndex = 0;
        int lastExtended = -1;
        for (int guard = 0; guard < 1_000_000 && !s.state().isFinal(); guard++) {
            switch (s.state()) {
                case AWAITING_DONE -> s.done();
                case CHECKING_IN -> s.answer(CheckInAnswer.SAME);
                case RUNNING -> {
                    if (extendAt.contains(s.entryIndex()) && lastExtended != s.entryIndex()) {
                        lastExtended = s.entryIndex();
                        s.extend();
                    }
                    long next = s.nextDeadlineNanos().orElseThrow();
                    if (pauseIndex < pauses.size() && start + pausedTotal[0] + pauses.get(pauseIndex).at() <= next) {
                        Pause p = pauses.get(pauseIndex++);
                        clock.setNanos(Math.max(clock.nanoTime(), start + pausedTotal[0] + p.at()));
                        if (s.pause().accepted()) {
                            clock.advanceNanos(p.length());
                            pausedTotal[0] += p.length();
                            s.resume();
                        }
                    } else {
                        clock.setNanos(next);
                        s.advance();
                    }
                }
                default -> throw new AssertionError("unexpected state " + s.state());
            }
        }
        assertThat(s.state()).isEqualTo(SessionState.FINISHED);
        return events.events;
    }

    @Property(tries = 200)
    void runningTimeEqualsPlanTotalPlusExtensions(@ForAll("plans") Plan plan,
                                                  @ForAll @Size(max = 4) Set<@net.jqwik.api.constraints.IntRange(
                                                          max = 9) Integer> extendAt) {
        FakeClock clock = new FakeClock();
        long start = clock.nanoTime();
        List<SessionEvent> events = runToEnd(plan, clock, extendAt, List.of(), new long[1]);
        long extended = extendAt.stream().filter(i -> i < plan.size() && plan.entry(i).timed()).count();
        long expected = (plan.totalSeconds() + extended * Session.EXTEND_SECONDS) * S;
        SessionEvent.Finished finished = (SessionEvent.Finished) events.get(events.size() - 1);
        assertThat(finished.runningTime().toNanos()).isEqualTo(expected);
        assertThat(finished.atNanos() - start).isEqualTo(expected);
        assertThat(clock.nanoTime() - start).isEqualTo(expected);
    }

    @Property(tries = 200)
    void paceBeatCountIsExact(@ForAll("plans") Plan plan) {
        List<SessionEvent> events = runToEnd(plan, new FakeClock(), Set.of(), List.of(), new long[1]);
        for (PlanEntry e : plan.entries()) {
            long expected = 0;
            if (e.timed() && e.strokesPerMinute().isPresent()) {
                long length = e.seconds().getAsInt() * S;
                while (expected * 60 * S / e.strokesPerMinute().getAsInt() < length) {
                    expected++;
                }
            }
            long beats = events.stream().filter(ev -> ev instanceof SessionEvent.PaceBeat
                    && ev.entryIndex() == e.index()).count();
            assertThat(beats).as("beats in entry %d", e.index()).isEqualTo(expected);
        }
    }

    @Property(tries = 200)
    void eventsNeverComeOutOfOrder(@ForAll("plans") Plan plan, @ForAll("pauses") List<Pause> pauses) {
        List<SessionEvent> events = runToEnd(plan, new FakeClock(), Set.of(1), pauses, new long[1]);
        for (int i = 1; i < events.size(); i++) {
            SessionEvent a = events.get(i - 1);
            SessionEvent b = events.get(i);
            assertThat(b.atNanos()).as("%s after %s", b, a).isGreaterThanOrEqualTo(a.atNanos());
            assertThat(b.entryIndex()).as("%s after %s", b, a).isGreaterThanOrEqualTo(a.entryIndex());
        }
        assertThat(events.get(0)).isInstanceOf(SessionEvent.EntryStarted.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(SessionEvent.Finished.class);
    }

    @Property(tries = 200)
    void pausingAtAnyInstantForAnyLengthChangesNothingButWallTime(@ForAll("plans") Plan plan,
                                                                  @ForAll("pauses") List<Pause> pauses) {
        List<String> straight = normalised(runToEnd(plan, new FakeClock(), Set.of(), List.of(), new long[1]));
        long[] paused = new long[1];
        FakeClock clock = new FakeClock();
        List<SessionEvent> withPauses = runToEnd(plan, clock, Set.of(), pauses, paused);
        assertThat(normalised(withPauses)).isEqualTo(straight);
    }

    /** Events without Paused/Resumed, each instant moved back by the pause time before it. */
    private static List<String> normalised(List<SessionEvent> events) {
        List<String> out = new ArrayList<>();
        long shift = 0;
        long pausedAt = 0;
        for (SessionEvent e : events) {
            if (e instanceof SessionEvent.Paused) {
                pausedAt = e.atNanos();
                continue;
            }
            if (e instanceof SessionEvent.Resumed) {
                shift += e.atNanos() - pausedAt;
                continue;
            }
            long at = e.atNanos() - shift;
            out.add(e.toString().replace("atNanos=" + e.atNanos(), "atNanos=" + at));
        }
        return out;
    }
}
