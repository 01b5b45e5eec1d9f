package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.easeback.routine.UserCatalogs;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a technique of one's own into the data folder's techniques/. */
class TechniqueDocumentTest {

    private static TechniqueDocument named(DataDirectory data, String id) {
        TechniqueDocument doc = TechniqueDocument.blank(data);
        doc.history().execute(SetFieldJob.of(doc.draft(), TechniqueField.ID, id));
        doc.history().execute(SetFieldJob.of(doc.draft(), TechniqueField.NAME, "Palm press"));
        doc.history().execute(SetFieldJob.of(doc.draft(), TechniqueField.INSTRUCTIONS, "Press gently."));
        return doc;
    }

    @Test
    void aSavedTechniqueIsAUserCatalogTheLibraryMerges(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        TechniqueDocument doc = named(data, "palm-press");
        assertThat(doc.needsSaving()).isTrue();
        doc.save();
        assertThat(doc.file()).isEqualTo(data.techniques().resolve("palm-press.json"));
        assertThat(doc.needsSaving()).isFalse();
        UserCatalogs user = CatalogSafety.userCatalogs(data);
        assertThat(user.broken()).isEmpty();
        assertThat(user.merged().find("palm-press")).isPresent();
        doc.history().execute(SetFieldJob.of(doc.draft(), TechniqueField.NAME, "Palm press, slow"));
        doc.save();
        assertThat(Files.readString(doc.file())).contains("Palm press, slow");
        assertThat(doc.checker(CatalogSafety.bundledOrEmpty(), CatalogSafety.userCatalogs(data))
                .check(doc.draft().write(), doc.file())).as("its own file is no clash").isEmpty();
    }

    @Test
    void aNewTechniqueNeverReplacesAFileThatIsThere(@TempDir Path root) throws Exception {
        DataDirectory data = new DataDirectory(root);
        named(data, "palm-press").save();
        TechniqueDocument second = named(data, "palm-press");
        assertThat(second.checker(CatalogSafety.bundledOrEmpty(), CatalogSafety.userCatalogs(data))
                .check(second.draft().write(), second.file())).extracting(TechniqueDiagnostic::message)
                .containsExactly("technique id 'palm-press' is already used by "
                        + data.techniques().resolve("palm-press.json") + "; ids must be unique across your technique "
                        + "catalogs, so give this technique its own id");
        assertThatThrownBy(second::save).hasMessageContaining("already exists; give the technique another id");
    }
}
