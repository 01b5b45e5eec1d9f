package org.easeback.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.easeback.routine.RoutineLibrary.Origin;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.library.LibraryCard.BrokenCard;
import org.easeback.ui.library.LibraryCard.RoutineCard;
import org.easeback.ui.library.LibraryCard.TechniqueCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library over a real data folder: the user's routines and techniques, their broken files, and the watch. */
class LibraryUserFilesTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path root;

    private DataDirectory data;
    private final RecordingStudio studio = new RecordingStudio();
    private LibraryViewModel model;

    private LibraryViewModel model(org.easeback.ui.kit.BackgroundTasks tasks) {
        data = new DataDirectory(root);
        RoutineLibrarySource source = new RoutineLibrarySource(data);
        model = new LibraryViewModel(tasks, source, source, r -> { }, studio, RoutineImporter.into(data));
        return model;
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.dispose();
        }
    }

    private Optional<RoutineCard> routine(String title) {
        return model.visibleCards().stream().filter(RoutineCard.class::isInstance).map(RoutineCard.class::cast)
                .filter(c -> c.title().equals(title)).findFirst();
    }

    @Test
    void theUsersRoutinesAreMarkedAsTheirsWithTheAuthorAndUseTheUsersTechniques() throws IOException {
        model(new SameThreadBackgroundTasks());
        UserFiles.catalog(data);
        Path mine = UserFiles.write(data, "my-palms.json", UserFiles.routine("my-palms", "My palms", "Ana Ruiz"));
        UserFiles.write(data, "plain.json", UserFiles.routine("plain", "Plain palms", null));
        model.load();

        assertThat(model.visibleCards()).noneMatch(BrokenCard.class::isInstance);
        RoutineCard palms = routine("My palms").orElseThrow();
        assertThat(palms.ownerLabel()).isEqualTo("Yours · by Ana Ruiz");
        assertThat(palms.origin()).isEqualTo(Origin.USER);
        assertThat(palms.file()).contains(mine);
        assertThat(routine("Plain palms").orElseThrow().ownerLabel()).isEqualTo("Yours");
        RoutineCard bundled = routine("Lower-back massage for a partner").orElseThrow();
        assertThat(bundled.ownerLabel()).isEmpty();
        assertThat(bundled.origin()).isEqualTo(Origin.BUNDLED);
        assertThat(bundled.file()).isPresent();
        assertThat(model.brokenSummaryProperty().get()).isEmpty();
    }

    @Test
    void theUsersBrokenFilesComeFirstWithACountAndCatalogClashesAreBroken() throws IOException {
        model(new SameThreadBackgroundTasks());
        Files.createDirectories(data.techniques());
        Files.writeString(data.techniques().resolve("clash.json"), UserFiles.CATALOG.replace("palm-press",
                "thumb-glide"));
        UserFiles.write(data, "a-half.json", "{\n  \"format\": \"easeback-routine/1\",\n  \"id\": ");
        UserFiles.write(data, "b-palms.json", UserFiles.routine("b-palms", "B palms", null));
        model.load();

        assertThat(model.brokenSummaryProperty().get())
                .isEqualTo("2 of your routines and 1 of your technique catalogs cannot be loaded");
        List<LibraryCard> cards = model.visibleCards();
        assertThat(cards.subList(0, 3)).allMatch(c -> c instanceof BrokenCard b && b.isUsers());
        assertThat(cards.subList(0, 3)).extracting(LibraryCard::title).containsExactlyInAnyOrder(
                "Could not load a-half.json", "Could not load b-palms.json", "Could not load clash.json");
        assertThat(cards.get(3)).isInstanceOf(RoutineCard.class);
        BrokenCard clash = (BrokenCard) cards.stream().filter(c -> c.title().endsWith("clash.json")).findFirst()
                .orElseThrow();
        assertThat(clash.fixableInStudio()).isFalse();
        assertThat(clash.firstProblems()).anyMatch(p -> p.contains("is a bundled technique"));
        BrokenCard palms = (BrokenCard) cards.stream().filter(c -> c.title().endsWith("b-palms.json")).findFirst()
                .orElseThrow();
        assertThat(palms.fixableInStudio()).isTrue();
        assertThat(palms.firstProblems()).allMatch(p -> p.startsWith("Line ") && !p.contains(root.toString()));
        assertThat(palms.firstProblems()).anyMatch(p -> p.contains("palm-press"));
    }

    @Test
    void ctrlEDuplicatesABundledRoutineEditsTheUsersOwnAndOpensABrokenOneOfTheirs() throws IOException {
        model(new SameThreadBackgroundTasks());
        UserFiles.catalog(data);
        Path mine = UserFiles.write(data, "my-palms.json", UserFiles.routine("my-palms", "My palms", null));
        Path broken = UserFiles.write(data, "broken.json", "{");
        model.load();
        RoutineCard bundled = routine("Lower-back massage for a partner").orElseThrow();
        LibraryCard technique = model.visibleCards().stream().filter(TechniqueCard.class::isInstance).findFirst()
                .orElseThrow();

        assertThat(model.edit(bundled)).isTrue();
        assertThat(model.edit(routine("My palms").orElseThrow())).isTrue();
        assertThat(model.edit(model.visibleCards().get(0))).isTrue();
        assertThat(model.edit(technique)).isFalse();
        assertThat(model.newRoutine()).isTrue();
        assertThat(studio.calls).containsExactly("edit " + bundled.file().orElseThrow() + " bundled",
                "edit " + mine + " user", "edit " + broken + " user", "new");
    }

    @Test
    void aChangeInTheWatchedFoldersReloadsKeepingTheSelectedCardAndStoppingEndsTheWatch() throws Exception {
        QueuedTasks tasks = new QueuedTasks();
        model(tasks);
        model.load();
        model.startWatching();
        tasks.runAll();
        assertThat(Files.exists(data.routines())).isFalse(); // not there yet: watched all the same
        int bundled = model.visibleCards().size();

        UserFiles.catalog(data);
        Path mine = UserFiles.write(data, "my-palms.json", UserFiles.routine("my-palms", "My palms", "Ana"));
        assertThat(tasks.runUntil(() -> routine("My palms").isPresent(), LIMIT)).isTrue();
        model.selectedProperty().set(routine("My palms").orElseThrow());

        Files.writeString(mine, UserFiles.routine("my-palms", "My changed palms", "Ana"));
        assertThat(tasks.runUntil(() -> routine("My changed palms").isPresent(), LIMIT)).isTrue();
        assertThat(model.selectedProperty().get().title()).isEqualTo("My changed palms");

        deleteTree(data.routines()); // the folder vanishes: no crash, the routine goes
        assertThat(tasks.runUntil(() -> model.visibleCards().size() == bundled, LIMIT)).isTrue();
        assertThat(model.selectedProperty().get()).isInstanceOf(RoutineCard.class);
        assertThat(model.watching()).isTrue();

        model.dispose();
        assertThat(model.watching()).isFalse();
        UserFiles.write(data, "late.json", UserFiles.routine("late", "Too late", null));
        Thread.sleep(FolderWatch.INTERVAL.plus(FolderWatch.QUIET).multipliedBy(3).toMillis());
        tasks.runAll();
        assertThat(routine("Too late")).isEmpty();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
