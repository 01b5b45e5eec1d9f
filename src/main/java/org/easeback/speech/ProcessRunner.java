package org.easeback.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program with an argument list (never a shell), with extra environment variables, drains its
 * output so it can never block on a full pipe, and kills it (and its children) if it outlives its timeout.
 */
public class ProcessRunner {

    /** The most output kept from each stream; the rest is read and dropped. */
    static final int MAX_OUTPUT_BYTES = 256 * 1024;

    /** What a finished (or killed) program left behind. */
    public record Outcome(int exitCode, String output, String errors, boolean timedOut) {

        /** The first line of the error output (or the output), for a message; empty if there is none. */
        public String firstLine() {
            String text = errors.isBlank() ? output : errors;
            String line = text.strip().lines().findFirst().orElse("");
            return SpokenText.printable(line.length() > 200 ? line.substring(0, 200) + "…" : line);
        }
    }

    /**
     * Runs {@code command}; throws IOException when it cannot be started at all (not installed). Waits at most
     * {@code timeout}, then kills it and reports {@code timedOut}.
     */
    public Outcome run(List<String> command, Map<String, String> environment, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // It already exited or does not read its input; either is fine.
        }
        Drain out = new Drain(process.getInputStream());
        Drain err = new Drain(process.getErrorStream());
        out.start();
        err.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + command.get(0), e);
        }
        if (!finished) {
            kill(process);
        }
        out.finish();
        err.finish();
        return new Outcome(finished ? process.exitValue() : -1, out.text(), err.text(), !finished);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one stream to its end on a daemon thread, keeping the first {@link #MAX_OUTPUT_BYTES}. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Drain(InputStream in) {
            super("speech-process-drain");
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (kept) {
                        int room = MAX_OUTPUT_BYTES - kept.size();
                        kept.write(buffer, 0, Math.max(0, Math.min(room, n)));
                    }
                }
            } catch (IOException e) {
                // The process was killed or closed its end: keep what was read.
            }
        }

        void finish() {
            try {
                join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
