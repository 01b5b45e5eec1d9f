package org.easeback.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.easeback.ui.kit.LibraryContents;

class RoutineLibrarySourceTest {

    @TempDir
    Path userFolder;

    @Test
    void aBrokenUserRoutineIsListedWithItsDiagnosticsAndTheBundledRoutinesStillLoad() throws IOException {
        Path broken = userFolder.resolve("mine.json");
        Files.writeString(broken, "{\n  \"format\": \"easeback-routine/1\",\n  \"id\": \"mine\",\n  \"title\": ");

        LibraryContents contents = new RoutineLibrarySource(userFolder).load();

        assertThat(contents.routines()).extracting(Routine::id).contains("partner-full");
        assertThat(contents.broken()).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo(broken);
            assertThat(b.diagnostics()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.format()).startsWith(broken + ":4:"));
        });
        assertThat(contents.techniques()).anyMatch(t -> t.level() == Level.PROFESSIONAL);
    }

    @Test
    void aMissingUserFolderIsNoProblem() {
        LibraryContents contents = new RoutineLibrarySource(userFolder.resolve("absent")).load();
        assertThat(contents.routines()).isNotEmpty();
        assertThat(contents.broken()).isEmpty();
    }

    @Test
    void theFirstLoadReturnsWhatWasLoadedAheadAndTheNextReadsTheFolderAgain() throws IOException {
        RoutineLibrarySource source = new RoutineLibrarySource(userFolder);
        source.loadAhead();
        Files.writeString(userFolder.resolve("late.json"), "{");

        assertThat(source.load().broken()).isEmpty();
        assertThat(source.load().broken()).extracting(b -> b.file().getFileName().toString())
                .containsExactly("late.json");
    }

    @Test
    void aLoadAheadThatComesAfterTheFirstLoadIsNeverReturnedLater() throws IOException {
        RoutineLibrarySource source = new RoutineLibrarySource(userFolder);
        source.load();
        source.loadAhead();
        Files.writeString(userFolder.resolve("late.json"), "{");

        assertThat(source.load().broken()).extracting(b -> b.file().getFileName().toString())
                .containsExactly("late.json");
    }
}
