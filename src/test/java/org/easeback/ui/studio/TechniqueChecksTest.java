package org.easeback.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.easeback.routine.UserCatalogs;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.TechniqueDocument;
import org.easeback.studio.TechniqueField;
import org.easeback.ui.kit.DeferredBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live check runs in the background, one at a time, and only the newest edit's answer is shown. */
class TechniqueChecksTest {

    @Test
    void typingNeverWaitsAndOnlyTheLatestAnswerShows(@TempDir Path root) {
        DataDirectory data = new DataDirectory(root);
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        TechniqueEditorModel model = new TechniqueEditorModel(TechniqueDocument.blank(data), true,
                TechniqueEditorModelTest.BUNDLED, UserCatalogs.none(TechniqueEditorModelTest.BUNDLED), tasks);
        assertThat(tasks.pending()).as("the check of the blank technique").isEqualTo(1);

        model.text(TechniqueField.ID).set("thumb-glide");
        model.text(TechniqueField.ID).set("thumb-glide-2");
        model.text(TechniqueField.ID).set("thumb-glide");
        assertThat(tasks.pending()).as("edits wait behind the running check, not beside it").isEqualTo(1);
        assertThat(model.problems()).as("nothing is checked on the FX thread").isEmpty();

        tasks.runAll();

        assertThat(model.problemOf("id").get()).startsWith("technique id 'thumb-glide' is a bundled technique");
        assertThat(tasks.pending()).isZero();
    }

    @Test
    void noAnswerArrivesAfterTheScreenIsLeft(@TempDir Path root) {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        TechniqueEditorModel model = new TechniqueEditorModel(TechniqueDocument.blank(new DataDirectory(root)),
                true, CatalogSafety.bundledOrEmpty(), UserCatalogs.none(CatalogSafety.bundledOrEmpty()), tasks);
        model.close();
        tasks.runAll();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void idsAreOfferedFromTheNameAndNeverTaken() {
        assertThat(TechniqueIds.slug("  Palm circles, slow! ")).isEqualTo("palm-circles-slow");
        assertThat(TechniqueIds.slug("Effleurage à deux")).isEqualTo("effleurage-a-deux");
        assertThat(TechniqueIds.slug("x".repeat(70))).hasSize(64);
        assertThat(TechniqueIds.suggest("Thumb glide", Set.of("thumb-glide"))).isEqualTo("my-thumb-glide");
        assertThat(TechniqueIds.suggest("Thumb glide", Set.of("thumb-glide", "my-thumb-glide")))
                .isEqualTo("my-thumb-glide-2");
        assertThat(TechniqueIds.suggest("!!!", Set.of())).isEmpty();
    }
}
