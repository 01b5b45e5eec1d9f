package org.easeback.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/cds/train-aot.sh and easeback-cds.sh over a made-up app image: which runtime gets an AOT cache, with the
 * launcher's own options, how the launcher is pointed at it, and that postinst's AppCDS step then does nothing.
 * Xvfb and xdotool are stand-ins on the PATH, so no display is needed; the stand-in java writes what the JVM would.
 */
class StartupArchiveScriptsTest {

    private static final Path TRAIN = Path.of("packaging", "cds", "train-aot.sh").toAbsolutePath();
    private static final Path CDS = Path.of("packaging", "cds", "easeback-cds.sh").toAbsolutePath();
    private static final String CFG = """
            [Application]
            app.classpath=$APPDIR/easeback-app.jar
            app.mainclass=org.easeback.Main
            app.classpath=$APPDIR/jackson-core.jar

            [JavaOptions]
            java-options=-Djpackage.app-version=0.1.0
            java-options=-XX:SharedArchiveFile=$APPDIR/easeback.jsa
            java-options=--enable-native-access=javafx.graphics
            java-options=-Dprism.order=sw
            """;
    /** Records its arguments; writes the AOT cache or the archive it is asked for, as the JVM does. */
    private static final String JAVA = """
            printf '%s\\n' "$@" >> "$(dirname "$0")/../../../../../java-calls"
            for a in "$@"; do
              case $a in
                -XX:AOTCacheOutput=*) [ -n "$WRITE_CACHE" ] && echo cache > "${a#*=}" ;;
                -XX:SharedArchiveFile=*) echo archive > "${a#*=}" ;;
              esac
            done
            case " $* " in *" -Xshare:dump "*) exit 0 ;; esac
            exec sleep 30""";

    @TempDir
    Path dir;
    private Path image;
    private Path app;
    private Path tools;

    @BeforeEach
    void image() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the packaging scripts are shell scripts");
        image = FakeAppImage.create(dir.resolve("image/easeback"), CFG, JAVA);
        app = image.resolve("lib/app");
        tools = dir.resolve("tools");
        FakeAppImage.executable(tools.resolve("Xvfb"), "exec sleep 30");
        FakeAppImage.executable(tools.resolve("xdotool"), "exit 0"); // the window "shows" at once
    }

    @Test
    void trainsAJava25ImageWithTheLaunchersOptionsAndPointsTheLauncherAtTheCache() throws Exception {
        release("25.0.3");

        FakeAppImage.Result result = train(Map.of("WRITE_CACHE", "yes"));

        assertThat(result.exit()).as(String.join("\n", result.lines())).isZero();
        assertThat(app.resolve("easeback.aot")).hasContent("cache");
        assertThat(javaCalls()).containsSubsequence(
                "-Djpackage.app-version=0.1.0", "--enable-native-access=javafx.graphics", "-Dprism.order=sw",
                "-XX:AOTCacheOutput=" + app + "/easeback.aot",
                "-cp", app + "/easeback-app.jar:" + app + "/jackson-core.jar", "org.easeback.Main")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(Files.readAllLines(app.resolve("Easeback.cfg"))).containsSubsequence(
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:AOTCache=$APPDIR/easeback.aot",
                "java-options=-Xlog:aot=off",
                "java-options=--enable-native-access=javafx.graphics",
                "java-options=-Dprism.order=sw")
                .noneMatch(line -> line.contains("SharedArchiveFile"));
    }

    @Test
    void leavesAJava17ImageAsItIsForPostinstsAppCdsArchive() throws Exception {
        release("17.0.15");

        FakeAppImage.Result result = train(Map.of("WRITE_CACHE", "yes"));

        assertThat(result.exit()).isEqualTo(3);
        assertThat(app.resolve("Easeback.cfg")).hasContent(CFG);
        assertThat(app.resolve("easeback.aot")).doesNotExist();
        assertThat(dir.resolve("java-calls")).doesNotExist();
    }

    @Test
    void treatsARuntimeWithoutAReleaseFileAsTooOldToTrain() throws Exception {
        FakeAppImage.Result result = train(Map.of());

        assertThat(result.exit()).isEqualTo(3);
        assertThat(app.resolve("Easeback.cfg")).hasContent(CFG);
    }

    @Test
    void keepsTheAppCdsArchiveWhenTheJvmWroteNoCache() throws Exception {
        release("25.0.3");

        FakeAppImage.Result result = train(Map.of());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.lines()).anyMatch(line -> line.contains("wrote no AOT cache"));
        assertThat(app.resolve("Easeback.cfg")).hasContent(CFG);
    }

    @Test
    void postinstMakesNoAppCdsArchiveForALauncherThatUsesTheAotCache() throws Exception {
        Files.writeString(app.resolve("Easeback.cfg"), CFG.replace(
                "-XX:SharedArchiveFile=$APPDIR/easeback.jsa", "-XX:AOTCache=$APPDIR/easeback.aot"));

        FakeAppImage.Result result = FakeAppImage.run(dir, List.of("sh", CDS.toString(), image.toString()), Map.of());

        assertThat(result.exit()).isZero();
        assertThat(dir.resolve("java-calls")).doesNotExist();
        assertThat(app.resolve("easeback.jsa")).doesNotExist();
    }

    @Test
    void postinstMakesTheAppCdsArchiveFromTheClassListOtherwise() throws Exception {
        FakeAppImage.Result result = FakeAppImage.run(dir, List.of("sh", CDS.toString(), image.toString()), Map.of());

        assertThat(result.exit()).as(String.join("\n", result.lines())).isZero();
        assertThat(app.resolve("easeback.jsa")).hasContent("archive");
        assertThat(javaCalls()).contains("-Xshare:dump", "-XX:SharedClassListFile=" + app + "/easeback.classlist");
    }

    private void release(String version) throws IOException {
        Files.writeString(image.resolve("lib/runtime/release"), "JAVA_VERSION=\"" + version + "\"\nMODULES=\"java.base\"\n");
    }

    private FakeAppImage.Result train(Map<String, String> env) throws Exception {
        Map<String, String> withTools = new java.util.HashMap<>(env);
        withTools.put("PATH", tools + ":" + System.getenv("PATH"));
        return FakeAppImage.run(dir, List.of("bash", TRAIN.toString(), image.toString()), withTools);
    }

    private List<String> javaCalls() throws IOException {
        return Files.readAllLines(dir.resolve("java-calls"));
    }
}
