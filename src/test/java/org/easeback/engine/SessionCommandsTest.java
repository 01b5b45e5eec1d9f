package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.engine.Entries.checkIn;
import static org.easeback.engine.Entries.info;
import static org.easeback.engine.Entries.open;
import static org.easeback.engine.Entries.technique;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command in every state, on a fake clock: what is accepted, what is refused, and where it leads. */
class SessionCommandsTest {

    enum Command {
        START(Session::start), PAUSE(Session::pause), RESUME(Session::resume), NEXT(Session::next),
        BACK(Session::back), RESTART(Session::restartEntry), EXTEND(Session::extend), DONE(Session::done),
        ANSWER(s -> s.answer(CheckInAnswer.SAME)), STOP(Session::stop), PAIN_STOP(Session::painStop);

        final Function<Session, CommandResult> run;

        Command(Function<Session, CommandResult> run) {
            this.run = run;
        }
    }

    /** Plan: open step, 20 s technique, check-in, 10 s right-side technique, 2 s info. */
    private static Plan plan() {
        return Entries.plan(open("Lie down"), technique("Glide", 20, 60), checkIn(),
                technique("Glide", 10, 60, Side.RIGHT, true), info("Rest", 2));
    }

    private static Session in(SessionState state, FakeClock clock) {
        Session s = new Session(plan(), clock);
        switch (state) {
            case READY -> { }
            case AWAITING_DONE -> s.start();
            case RUNNING -> {
                s.start();
                s.done();
            }
            case PAUSED -> {
                s.start();
                s.done();
                clock.advanceSeconds(1);
                s.pause();
            }
            case CHECKING_IN -> {
                s.start();
                s.done();
                s.next();
            }
            case FINISHED -> {
                s.start();
                s.done();
                clock.advanceSeconds(20);
                s.answer(CheckInAnswer.SAME);
                clock.advanceSeconds(12);
                s.advance();
            }
            case STOPPED_FOR_SAFETY -> {
                s.start();
                s.painStop();
            }
            case ABANDONED -> {
                s.start();
                s.stop();
            }
        }
        assertThat(s.state()).as("set-up of " + state).isEqualTo(state);
        return s;
    }

    /** The state each accepted command leads to; a command missing from a row is refused there. */
    private static Map<SessionState, Map<Command, SessionState>> expected() {
        Map<SessionState, Map<Command, SessionState>> m = new EnumMap<>(SessionState.class);
        for (SessionState s : SessionState.values()) {
            m.put(s, new EnumMap<>(Command.class));
            m.get(s).put(Command.PAIN_STOP, SessionState.STOPPED_FOR_SAFETY);
            if (!s.isFinal()) {
                m.get(s).put(Command.STOP, SessionState.ABANDONED);
            }
        }
        m.get(SessionState.READY).put(Command.START, SessionState.AWAITING_DONE);
        Map<Command, SessionState> awaiting = m.get(SessionState.AWAITING_DONE);
        awaiting.put(Command.PAUSE, SessionState.PAUSED);
        awaiting.put(Command.NEXT, SessionState.RUNNING);
        awaiting.put(Command.BACK, SessionState.AWAITING_DONE);
        awaiting.put(Command.RESTART, SessionState.AWAITING_DONE);
        awaiting.put(Command.DONE, SessionState.RUNNING);
        Map<Command, SessionState> running = m.get(SessionState.RUNNING);
        running.put(Command.PAUSE, SessionState.PAUSED);
        running.put(Command.NEXT, SessionState.CHECKING_IN);
        running.put(Command.BACK, SessionState.AWAITING_DONE);
        running.put(Command.RESTART, SessionState.RUNNING);
        running.put(Command.EXTEND, SessionState.RUNNING);
        Map<Command, SessionState> paused = m.get(SessionState.PAUSED);
        paused.put(Command.RESUME, SessionState.RUNNING);
        paused.put(Command.NEXT, SessionState.CHECKING_IN); // a check-in always asks, pause or not
        paused.put(Command.BACK, SessionState.PAUSED);
        paused.put(Command.RESTART, SessionState.PAUSED);
        paused.put(Command.EXTEND, SessionState.PAUSED);
        m.get(SessionState.CHECKING_IN).put(Command.ANSWER, SessionState.RUNNING);
        return m;
    }

    static Stream<Arguments> everyCommandInEveryState() {
        List<Arguments> all = new ArrayList<>();
        for (SessionState s : SessionState.values()) {
            for (Command c : Command.values()) {
                all.add(Arguments.of(s, c));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyCommandInEveryState")
    void commandIsAcceptedOrRefusedWithAReason(SessionState state, Command command) {
        FakeClock clock = new FakeClock();
        Session session = in(state, clock);
        RecordingListener events = new RecordingListener();
        session.addListener(events);
        SessionState expectedAfter = expected().get(state).get(command);

        CommandResult result = command.run.apply(session);

        if (expectedAfter == null) {
            assertThat(result.refused()).as("refused").isTrue();
            assertThat(result.reason()).endsWith(".").hasSizeGreaterThan(20);
            assertThat(session.state()).isEqualTo(state);
            assertThat(events.events).isEmpty();
        } else {
            assertThat(result.accepted()).as(result.reason()).isTrue();
            assertThat(session.state()).isEqualTo(expectedAfter);
            if (!(state == SessionState.STOPPED_FOR_SAFETY && command == Command.PAIN_STOP)) {
                assertThat(events.events).isNotEmpty();
            }
        }
    }
}
