package org.easeback.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher.sh, run over a made-up app image whose {@code java} prints what it was given: the
 * launcher must start the bundled Java with exactly the class path, options and main class of jpackage's .cfg.
 */
class LinuxLauncherTest {

    private static final Path LAUNCHER = Path.of("packaging", "linux", "launcher.sh");
    private static final String CFG = """
            [Application]
            app.classpath=$APPDIR/easeback-app.jar
            app.mainclass=org.easeback.Main
            app.classpath=$APPDIR/lib one.jar

            [JavaOptions]
            java-options=-Djpackage.app-version=0.1.0
            java-options=-XX:SharedArchiveFile=$APPDIR/easeback.jsa
            java-options=-Dprism.order=sw
            java-options=-Deaseback.root=$ROOTDIR""";

    @TempDir
    Path dir;
    private Path image;

    @BeforeEach
    void image() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the Linux launcher is a bash script");
        // Each argument on its own line, then GDK_GL: what the real java would have been given.
        image = FakeAppImage.create(dir.resolve("my apps/easeback"), CFG,
                "printf '%s\\n' \"$@\"; echo \"GDK_GL=${GDK_GL-unset}\"");
        Files.copy(LAUNCHER, image.resolve("bin/Easeback"));
        FakeAppImage.executable(image.resolve("bin/Easeback-jvm"), "echo jpackage-launcher \"$@\"");
        FakeAppImage.executable(image.resolve("bin/Easeback"), null);
        image = image.toRealPath(); // the launcher works from its real path
    }

    @Test
    void startsTheBundledJavaWithTheCfgsOptionsClassPathAndMainClass() throws Exception {
        Path app = image.resolve("lib/app");

        List<String> given = run(image.resolve("bin/Easeback"), Map.of(), "validate", "a folder", "--strict");

        assertThat(given).containsExactly(
                "-Djpackage.app-version=0.1.0",
                "-XX:SharedArchiveFile=" + app + "/easeback.jsa",
                "-Dprism.order=sw",
                "-Deaseback.root=" + image,
                "-Djpackage.app-path=" + image.resolve("bin") + "/Easeback",
                "-cp", app + "/easeback-app.jar:" + app + "/lib one.jar",
                "org.easeback.Main",
                "validate", "a folder", "--strict",
                "GDK_GL=disable");
    }

    @Test
    void findsTheImageThroughALinkOnThePath() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("easeback"), image.resolve("bin/Easeback"));

        List<String> given = run(link, Map.of(), "--version");

        assertThat(given).contains("-cp", "org.easeback.Main", "--version")
                .contains(image.resolve("lib/app") + "/easeback-app.jar:" + image.resolve("lib/app") + "/lib one.jar");
    }

    @Test
    void keepsAGdkGlTheUserSet() throws Exception {
        List<String> given = run(image.resolve("bin/Easeback"), Map.of("GDK_GL", "always"));

        assertThat(given).last().isEqualTo("GDK_GL=always");
    }

    @Test
    void handsOverToJpackagesLauncherWhenTheImageHasNoRuntime() throws Exception {
        Files.delete(image.resolve("lib/runtime/bin/java"));

        List<String> given = run(image.resolve("bin/Easeback"), Map.of(), "plan", "partner-short");

        assertThat(given).containsExactly("jpackage-launcher plan partner-short");
    }

    @Test
    void handsOverToJpackagesLauncherWhenTheCfgIsMissing() throws Exception {
        Files.delete(image.resolve("lib/app/Easeback.cfg"));

        List<String> given = run(image.resolve("bin/Easeback"), Map.of(), "--version");

        assertThat(given).containsExactly("jpackage-launcher --version");
    }

    private List<String> run(Path command, Map<String, String> env, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(command.toString()));
        line.addAll(List.of(args));
        FakeAppImage.Result result = FakeAppImage.run(dir, line, env);
        assertThat(result.exit()).as(String.join("\n", result.lines())).isZero();
        return result.lines();
    }
}
