package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.engine.Entries.checkIn;
import static org.easeback.engine.Entries.open;
import static org.easeback.engine.Entries.technique;

import java.time.Duration;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.Test;

/** Every visit to an entry ends once, and says how and for how long it ran. */
class SessionEntryEndingsTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingListener events = new RecordingListener();

    @Test
    void eachWayOfLeavingAnEntryIsSaidWithTheTimeItRan() {
        Session s = new Session(Entries.plan(open("Lie down"), technique("A", 20, 0), checkIn(),
                technique("B", 10, 0)), clock);
        s.addListener(events);
        s.start();
        s.done();
        clock.advanceSeconds(4);
        s.restartEntry();
        clock.advanceSeconds(7);
        s.next();
        s.answer(CheckInAnswer.SAME);
        clock.advanceSeconds(3);
        s.back();
        s.answer(CheckInAnswer.SAME);
        clock.advanceSeconds(2);
        s.extend();
        clock.advanceSeconds(1);
        s.stop();
        assertThat(events.of(SessionEvent.EntryEnded.class))
                .extracting(e -> e.entryIndex() + " " + e.how() + " " + e.ran().toSeconds())
                .containsExactly("0 DONE 0", "1 RESTARTED 4", "1 SKIPPED 7", "2 ANSWERED 0", "3 BACK 3",
                        "2 ANSWERED 0", "3 STOPPED 3");
    }

    @Test
    void aTimedEntryThatRunsOutEndsBeforeTheNextStarts() {
        Session s = new Session(Entries.plan(technique("A", 2, 0), technique("B", 2, 0)), clock);
        s.addListener(events);
        s.start();
        clock.advanceSeconds(2);
        s.advance();
        int ended = events.events.indexOf(events.of(SessionEvent.EntryEnded.class).get(0));
        assertThat(events.events.get(ended + 1)).isInstanceOf(SessionEvent.EntryStarted.class);
        assertThat(events.of(SessionEvent.EntryEnded.class).get(0).ran()).isEqualTo(Duration.ofSeconds(2));
    }
}
