package org.easeback.storage;

import java.nio.file.Path;

/** Run in a second JVM by the lock tests: takes the instance lock, says so, and holds it until stdin closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (InstanceLock lock = InstanceLock.acquire(new DataDirectory(Path.of(args[0])))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin
            }
        } catch (InstanceLock.AlreadyOpenException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
