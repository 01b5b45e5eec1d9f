package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code plan} know the user's own technique catalogs in the data folder. */
class UserCatalogCommandsTest {

    private static final String CATALOG = """
            {"format": "easeback-techniques/1", "techniques": [
              {"id": "palm-press", "name": "Palm press", "audience": "partner", "level": "home",
               "levelReason": "Gentle, on the muscles.", "pressure": "gentle", "maxPressure": "moderate",
               "works": ["lower-back"], "avoids": ["spine"], "instructions": ["Press gently with the palm."],
               "diagram": {"motion": "press", "hands": [{"x": 0.3, "y": 0.5}], "path": []}}]}
            """;
    private static final String ROUTINE = """
            {"format": "easeback-routine/1", "id": "my-palms", "title": "My palms", "audience": "partner",
             "steps": [{"kind": "technique", "technique": "palm-press", "seconds": 30}, {"kind": "check-in"}]}
            """;

    private static Path data(Path root) throws IOException {
        Files.createDirectories(root.resolve("techniques"));
        Files.createDirectories(root.resolve("routines"));
        Files.writeString(root.resolve("techniques/mine.json"), CATALOG);
        Files.writeString(root.resolve("routines/my-palms.json"), ROUTINE);
        return root;
    }

    @Test
    void validateAcceptsARoutineThatUsesAUserTechnique(@TempDir Path root) throws IOException {
        data(root);
        CliRun run = CliRun.of("validate", "--data", root.toString(), root.resolve("routines").toString(),
                root.resolve("techniques").toString());
        assertThat(run.out()).isEqualTo("2 files checked, 0 with errors\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void validateWithoutTheUserCatalogsSaysTheTechniqueIsUnknown(@TempDir Path root) throws IOException {
        data(root);
        CliRun run = CliRun.of("validate", "--data", root.resolve("empty").toString(),
                root.resolve("routines").toString());
        assertThat(run.out()).contains("unknown technique 'palm-press'");
        assertThat(run.exitCode()).isEqualTo(ValidateCommand.INVALID);
    }

    @Test
    void validateRefusesAUserTechniqueThatShadowsABundledOne(@TempDir Path root) throws IOException {
        data(root);
        Files.writeString(root.resolve("techniques/mine.json"), CATALOG.replace("palm-press", "thumb-glide"));
        CliRun run = CliRun.of("validate", "--data", root.toString(), root.resolve("techniques").toString());
        assertThat(run.out()).contains("technique id 'thumb-glide' is a bundled technique");
        assertThat(run.exitCode()).isEqualTo(ValidateCommand.INVALID);
    }

    @Test
    void planByIdFindsAUserRoutineThatUsesAUserTechnique(@TempDir Path root) throws IOException {
        data(root);
        CliRun run = CliRun.of("plan", "my-palms", "--data", root.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Palm press").contains("00:30");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void planOfAFileUsesTheUserCatalogsToo(@TempDir Path root) throws IOException {
        data(root);
        CliRun run = CliRun.of("plan", root.resolve("routines/my-palms.json").toString(), "--data", root.toString());
        assertThat(run.out()).contains("Palm press");
        assertThat(run.exitCode()).isZero();
    }
}
