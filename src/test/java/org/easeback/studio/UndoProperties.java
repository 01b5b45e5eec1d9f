package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Any edits, then as many undos, give back the original draft byte for byte; redo gives back the edited one. */
class UndoProperties {

    @Property(tries = 200)
    void editsThenAsManyUndosGiveBackTheSavedBytes(@ForAll @Size(max = 40) List<@From("scripts") EditScript> scripts,
                                                   @ForAll("drafts") int which) {
        RoutineDraft draft = StudioFixtures.draft(which);
        byte[] original = DraftWriter.write(draft);
        JobHistory history = new JobHistory();
        int done = 0;
        for (EditScript s : scripts) {
            Optional<StudioJob> job = s.job(draft);
            if (job.isPresent() && history.execute(job.get())) {
                done++;
            }
        }
        byte[] edited = DraftWriter.write(draft);
        assertThat(history.dirty()).isEqualTo(done > 0 && history.canUndo());
        for (int i = 0; i < done; i++) {
            history.undo();
        }
        assertThat(DraftWriter.write(draft)).isEqualTo(original);
        assertThat(history.dirty()).isFalse();
        while (history.redo()) {
            // every undone step again
        }
        assertThat(DraftWriter.write(draft)).isEqualTo(edited);
    }

    @Property(tries = 200)
    void eachUndoGoesBackExactlyOneEdit(@ForAll @Size(max = 30) List<@From("scripts") EditScript> scripts) {
        RoutineDraft draft = StudioFixtures.partnerShort();
        JobHistory history = new JobHistory();
        Deque<byte[]> before = new ArrayDeque<>();
        for (EditScript s : scripts) {
            Optional<StudioJob> job = s.job(draft);
            byte[] now = DraftWriter.write(draft);
            history.endTyping();
            if (job.isPresent() && history.execute(job.get())) {
                before.push(now);
            }
        }
        while (!before.isEmpty()) {
            assertThat(history.undo()).isTrue();
            assertThat(new String(DraftWriter.write(draft))).isEqualTo(new String(before.pop()));
        }
        assertThat(history.canUndo()).isFalse();
    }

    @Provide
    Arbitrary<Integer> drafts() {
        return Arbitraries.integers().between(0, StudioFixtures.bundledRoutines().size());
    }

    @Provide
    Arbitrary<EditScript> scripts() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1000);
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("", "60", "each", "thumb-glide", "x", "0", "-5",
                "1.5", "home", "professional", "self"), Arbitraries.strings().ofMaxLength(12));
        return Combinators.combine(n, n, n, n, text).as(EditScript::new);
    }
}
