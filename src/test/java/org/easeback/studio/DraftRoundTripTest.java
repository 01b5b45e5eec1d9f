package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Opening a file as a draft and writing it again loses nothing, valid or not. */
class DraftRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyBundledRoutineOpensAsADraftAndWritesAsTheRoutineWriterWould() {
        return StudioFixtures.bundledRoutines().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Routine routine = StudioFixtures.loader().load(file).value().orElseThrow();
            byte[] draftBytes = DraftWriter.write(StudioFixtures.open(file));
            byte[] routineBytes = new RoutineWriter("./schema/routine.schema.json").write(routine);
            assertThat(StudioFixtures.loader().load(draftBytes, file).diagnostics()).isEmpty();
            assertThat(DraftWriter.write(DraftReader.of(routine))).isEqualTo(new RoutineWriter().write(routine));
            assertThat(new String(DraftWriter.write(DraftReader.of(StudioFixtures.loader().load(draftBytes, file)
                    .value().orElseThrow())), StandardCharsets.UTF_8))
                    .isEqualTo(new String(new RoutineWriter().write(routine), StandardCharsets.UTF_8));
            assertThat(routineBytes).isNotEmpty();
        }));
    }

    @Test
    void aBrokenRoutineKeepsWhatTheStudioCannotEditAndGivesTheSameDiagnosticsAsValidate() throws Exception {
        String broken = """
                {"format": "easeback-routine/1", "id": "Bad Id", "title": 7, "audience": "partner", "colour": "red",
                 "safety": {"checkInEverySeconds": 600, "extra": 1},
                 "steps": [{"kind": "technique", "technique": "thumb-glid", "seconds": "ninety", "secnds": 4},
                           {"kind": "stretch", "title": "x"},
                           {"kind": "repeat", "times": 1, "steps": []}]}
                """;
        Path file = Path.of("broken.json");
        RoutineDraft draft = ((DraftReader.Opening.Opened) DraftReader.read(broken.getBytes(StandardCharsets.UTF_8),
                file)).draft();
        assertThat(draft.kept()).containsKeys("title", "colour", "safety");
        assertThat(draft.step(StepPath.of(0)).field("seconds")).isEqualTo("ninety");
        assertThat(draft.step(StepPath.of(0)).kept()).containsKey("secnds");
        assertThat(messages(StudioFixtures.loader().load(DraftWriter.write(draft), file).diagnostics()))
                .containsExactlyInAnyOrderElementsOf(messages(StudioFixtures.loader()
                        .load(broken.getBytes(StandardCharsets.UTF_8), file).diagnostics()));
    }

    @Test
    void typingOverAKeptValueReplacesItAndUndoBringsItBack() {
        RoutineDraft d = StudioFixtures.broken();
        byte[] before = DraftWriter.write(d);
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "Seven"));
        h.execute(SetFieldJob.of(d, StepPath.of(0), "seconds", "60"));
        h.execute(SetFieldJob.of(d, RoutineField.CHECK_IN_EVERY_SECONDS, "120"));
        String text = StudioFixtures.text(d);
        assertThat(text).contains("\"title\": \"Seven\"", "\"seconds\": 60", "\"checkInEverySeconds\": 120")
                .doesNotContain("\"extra\"", "true");
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, ""));
        assertThat(StudioFixtures.text(d)).doesNotContain("\"title\": 7", "Seven");
        while (h.undo()) {
            // back to the file as read
        }
        assertThat(DraftWriter.write(d)).isEqualTo(before);
    }

    @Test
    void textThatIsNotJsonCannotBeOpenedAndSaysWhereItBreaks() {
        DraftReader.Opening opening = DraftReader.read("{\"id\": \"x\",}".getBytes(StandardCharsets.UTF_8),
                Path.of("t.json"));
        assertThat(opening).isInstanceOf(DraftReader.Opening.Unreadable.class);
        assertThat(((DraftReader.Opening.Unreadable) opening).diagnostics()).extracting(Diagnostic::format)
                .containsExactly("t.json:1:11: error: trailing comma: no field follows this ','; remove it");
    }

    @Test
    void aHugeFileIsRefusedWithTheLoadersWords() {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        DraftReader.Opening opening = DraftReader.read(huge, Path.of("big.json"));
        assertThat(((DraftReader.Opening.Unreadable) opening).diagnostics()).singleElement()
                .extracting(Diagnostic::message).asString().startsWith("the file is 2,097,152 bytes");
    }

    @Test
    void aStepThatIsNotAnObjectCannotBeOpened() {
        DraftReader.Opening opening = DraftReader.read(("{\"format\": \"easeback-routine/1\", \"id\": \"a\", "
                + "\"title\": \"A\", \"audience\": \"partner\", \"steps\": [\"setup\"]}").getBytes(StandardCharsets.UTF_8),
                Path.of("s.json"));
        assertThat(((DraftReader.Opening.Unreadable) opening).diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.startsWith("step 1 must be an object"));
    }

    private static java.util.List<String> messages(java.util.List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::message).toList();
    }

    static byte[] read(Path p) throws Exception {
        return Files.readAllBytes(p);
    }
}
