package org.easeback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondInstanceOnTheSameDataIsRefusedWithAClearMessage() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        try (InstanceLock first = InstanceLock.acquire(data)) {
            assertThatThrownBy(() -> InstanceLock.acquire(data))
                    .isInstanceOf(InstanceLock.AlreadyOpenException.class)
                    .hasMessage("Easeback is already open in another window. Close it first, or use that window.");
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheFirstInstanceCloses() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        InstanceLock.acquire(data).close();
        try (InstanceLock again = InstanceLock.acquire(data)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void anInstanceInAnotherProcessRefusesUsAndReleasesWhenItEnds() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> InstanceLock.acquire(new DataDirectory(dir)))
                    .isInstanceOf(InstanceLock.AlreadyOpenException.class);

            other.getOutputStream().close();
            assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();
            InstanceLock.acquire(new DataDirectory(dir)).close();
        } finally {
            other.destroyForcibly();
        }
    }
}
