package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.easeback.routine.Routine;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, duplicating, saving and reloading a routine in the studio, with no screen. */
class RoutineDocumentTest {

    private static Routine partnerShort() {
        return StudioFixtures.loader().load(StudioFixtures.ROUTINES.resolve("partner-short.json")).value()
                .orElseThrow();
    }

    @Test
    void aBundledRoutineIsDuplicatedUnderAFreeIdIntoTheUsersFolderAndSavesAValidFile(@TempDir Path root)
            throws Exception {
        DataDirectory data = new DataDirectory(root);
        byte[] bundled = Files.readAllBytes(StudioFixtures.ROUTINES.resolve("partner-short.json"));
        RoutineDocument doc = RoutineDocument.duplicate(partnerShort(), data, Set.of("partner-short",
                "partner-short-2"));
        assertThat(doc.draft().get(RoutineField.ID)).isEqualTo("partner-short-3");
        assertThat(doc.file()).isEqualTo(data.routines().resolve("partner-short-3.json"));
        assertThat(doc.needsSaving()).isTrue();
        doc.save(false);
        assertThat(doc.needsSaving()).isFalse();
        assertThat(Files.readAllBytes(StudioFixtures.ROUTINES.resolve("partner-short.json"))).isEqualTo(bundled);
        Validation.Report report = Validation.withBundledCatalog(SafetyRoutineRules.all(), new org.easeback.profile.ReceiverLoader()::fromTree).run(List.of(doc.file()));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(Files.readString(doc.file())).startsWith("{\n  \"$schema\": \"");
    }

    @Test
    void aNewRoutineIsSavedUnderItsIdAndStaysInThatFile(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        Files.createDirectories(data.routines());
        Files.writeString(data.routines().resolve("evening-rub.json"), "someone else's");
        RoutineDocument doc = RoutineDocument.blank(data);
        doc.draft().set(RoutineField.ID, "evening-rub");
        doc.draft().set(RoutineField.TITLE, "Evening rub");
        doc.save(false);
        assertThat(doc.file()).isEqualTo(data.routines().resolve("evening-rub-2.json"));
        assertThat(Files.readString(doc.file())).contains("\"id\": \"evening-rub\"");
        assertThat(Files.readString(data.routines().resolve("evening-rub.json"))).isEqualTo("someone else's");

        doc.draft().set(RoutineField.ID, "renamed");
        doc.save(false);
        assertThat(doc.file()).isEqualTo(data.routines().resolve("evening-rub-2.json"));
        assertThat(Files.exists(data.routines().resolve("new-routine.json"))).isFalse();
    }

    @Test
    void aNewRoutineWithoutAUsableIdKeepsItsPlaceholderName(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        RoutineDocument doc = RoutineDocument.blank(data);
        doc.draft().set(RoutineField.ID, "../etc/passwd");
        doc.save(false);
        assertThat(doc.file()).isEqualTo(data.routines().resolve("new-routine.json"));
    }

    @Test
    void editsMakeItDirtyAndSavingClearsIt(@TempDir Path root) throws Exception {
        RoutineDocument doc = RoutineDocument.duplicate(partnerShort(), new DataDirectory(root), Set.of());
        doc.save(false);
        doc.history().execute(SetFieldJob.of(doc.draft(), RoutineField.TITLE, "Mine"));
        assertThat(doc.needsSaving()).isTrue();
        doc.save(false);
        assertThat(doc.needsSaving()).isFalse();
        assertThat(Files.readString(doc.file())).contains("\"title\": \"Mine\"");
        assertThat(Files.exists(doc.file().resolveSibling(doc.file().getFileName() + ".bak"))).isTrue();
    }

    @Test
    void aChangeOnDiskIsNoticedOfferedForReloadAndNeverSilentlyOverwritten(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        RoutineDocument doc = RoutineDocument.duplicate(partnerShort(), data, Set.of());
        doc.save(false);
        assertThat(doc.diskState()).isEqualTo(RoutineDocument.DiskState.UNCHANGED);
        Files.writeString(doc.file(), Files.readString(doc.file()).replace("(copy)", "(edited elsewhere)"));
        assertThat(doc.diskState()).isEqualTo(RoutineDocument.DiskState.CHANGED);
        doc.history().execute(SetFieldJob.of(doc.draft(), RoutineField.AUTHOR, "Jo"));
        assertThatThrownBy(() -> doc.save(false)).isInstanceOf(RoutineDocument.ChangedOnDiskException.class);
        List<String> problems = new ArrayList<>();
        RoutineDocument reloaded = doc.reloaded(problems).orElseThrow();
        assertThat(reloaded.draft().get(RoutineField.TITLE)).endsWith("(edited elsewhere)");
        assertThat(reloaded.needsSaving()).isFalse();
        doc.save(true);
        assertThat(Files.readString(doc.file())).contains("\"author\": \"Jo\"");
    }

    @Test
    void aBrokenUserRoutineOpensSoItCanBeFixed(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        Files.createDirectories(data.routines());
        Path file = Files.writeString(data.routines().resolve("broken.json"), """
                {"format": "easeback-routine/1", "id": "broken", "title": "Broken", "audience": "partner",
                 "steps": [{"kind": "technique", "technique": "thumb-glid", "seconds": 30}]}
                """);
        RoutineDocument doc = RoutineDocument.open(file, data, new ArrayList<>()).orElseThrow();
        DraftReport report = new DraftChecker(StudioFixtures.loader(), java.util.Optional.empty(), java.util.Map.of())
                .check(DraftCheckRequest.of(1, doc.draft(), doc.file()));
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("unknown technique 'thumb-glid'; did you mean 'thumb-glide'?");
            assertThat(d.location()).isEqualTo(new DraftLocation(StepPath.of(0), "technique"));
        });
        doc.history().execute(SetFieldJob.of(doc.draft(), StepPath.of(0), "technique", "thumb-glide"));
        doc.save(false);
        assertThat(StudioFixtures.loader().load(file).diagnostics()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonCannotBeOpenedAndSaysWhy(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        Files.createDirectories(data.routines());
        Path file = Files.writeString(data.routines().resolve("junk.json"), "not json");
        List<String> problems = new ArrayList<>();
        assertThat(RoutineDocument.open(file, data, problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("'not' is not a JSON value");
    }
}
