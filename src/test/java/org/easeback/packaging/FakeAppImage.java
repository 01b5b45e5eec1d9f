package org.easeback.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A made-up jpackage app image for the packaging scripts' tests: its {@code java} is a shell script of the test's. */
final class FakeAppImage {

    private FakeAppImage() {
    }

    /** What a script printed (standard output and error together) and how it exited. */
    record Result(int exit, List<String> lines) {
    }

    /** Creates {@code image} with {@code lib/app/Easeback.cfg} holding {@code cfg} and a bundled java running {@code java}. */
    static Path create(Path image, String cfg, String java) throws IOException {
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/Easeback.cfg"), cfg);
        executable(image.resolve("lib/runtime/bin/java"), java);
        return image;
    }

    /** Writes {@code body} as a shell script at {@code file} (when not null) and makes the file executable. */
    static void executable(Path file, String body) throws IOException {
        if (body != null) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code command} in {@code dir} with {@code env} added to this environment, within 30 s. */
    static Result run(Path dir, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().remove("GDK_GL");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), out.lines().toList());
    }
}
