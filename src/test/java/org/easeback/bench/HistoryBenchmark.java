package org.easeback.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.easeback.history.History;
import org.easeback.history.HistoryIndex;
import org.easeback.history.JournalEvent;
import org.easeback.history.SessionJournal;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.DataDirectory;

/**
 * Generates 10,000 session journals and times {@link HistoryIndex#load()}: the rebuild from the journals, the first
 * load from the index in a fresh JVM, and warm loads. Target: under 300 ms from the index.
 */
public final class HistoryBenchmark {

    private static final int SESSIONS = 10_000;

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--load")) {
            // Logging starts before the history in the app; time it apart so it is not charged to the index.
            long l = System.nanoTime();
            org.slf4j.LoggerFactory.getLogger(HistoryBenchmark.class).debug("start");
            System.out.printf("fresh_jvm_logging_start_ms=%.1f%n", (System.nanoTime() - l) / 1e6);
            long t = System.nanoTime();
            History h = new HistoryIndex(new DataDirectory(Path.of(args[1]))).load();
            System.out.printf("fresh_jvm_load_from_index_ms=%.1f (%d sessions)%n", (System.nanoTime() - t) / 1e6,
                    h.sessions().size());
            return;
        }
        Path dir = Files.createTempDirectory("easeback-history-bench");
        try {
            DataDirectory data = new DataDirectory(dir);
            generate(data);
            long t0 = System.nanoTime();
            History rebuilt = new HistoryIndex(data).load();
            long rebuild = System.nanoTime() - t0;

            long t1 = System.nanoTime();
            History first = new HistoryIndex(data).load();
            long firstFromIndex = System.nanoTime() - t1;

            long[] warm = new long[7];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                new HistoryIndex(data).load();
                warm[i] = System.nanoTime() - t;
            }
            Arrays.sort(warm);
            long t2 = System.nanoTime();
            first.seriesFor("Receiver 3");
            long series = System.nanoTime() - t2;

            // A fresh JVM, as when the app starts: class loading and an unwarmed JIT included.
            Process cold = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath(), HistoryBenchmark.class.getName(), "--load",
                    dir.toString()).redirectErrorStream(true).start();
            String coldOut = new String(cold.getInputStream().readAllBytes()).strip();
            cold.waitFor();

            System.out.println("sessions=" + first.sessions().size() + " (rebuild found " + rebuilt.sessions().size()
                    + ")");
            System.out.println("index_bytes=" + Files.size(data.historyIndexFile()));
            System.out.printf("rebuild_from_journals_ms=%.1f%n", rebuild / 1e6);
            System.out.printf("first_load_from_index_ms=%.1f%n", firstFromIndex / 1e6);
            System.out.println(coldOut);
            System.out.printf("warm_load_from_index_median_ms=%.1f%n", warm[warm.length / 2] / 1e6);
            System.out.printf("receiver_series_ms=%.1f%n", series / 1e6);
            System.out.println("target_ms=300");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The class path we run on: exec:java loads us through a URLClassLoader, not java.class.path. */
    private static String classPath() throws Exception {
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (ClassLoader l = HistoryBenchmark.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof java.net.URLClassLoader u) {
                for (java.net.URL url : u.getURLs()) {
                    cp.append(java.io.File.pathSeparator).append(Path.of(url.toURI()));
                }
            }
        }
        return cp.toString();
    }

    private static void generate(DataDirectory data) throws Exception {
        Instant t = Instant.parse("2020-01-01T09:00:00Z");
        CheckInAnswer[] answers = CheckInAnswer.values();
        for (int i = 0; i < SESSIONS; i++) {
            Instant s = t.plusSeconds(i * 7200L);
            JournalEvent.Started start = new JournalEvent.Started(s, "b" + i, "basic-lower-back",
                    "Basic lower-back massage", "Receiver " + (i % 5),
                    List.of(new JournalEvent.ScreeningAnswer("recent-injury", "no")),
                    List.of(new SoreSpot(0.3, 0.4 + (i % 5) / 10.0, "tight"), new SoreSpot(0.7, 0.6, "")));
            try (SessionJournal j = SessionJournal.start(data, start)) {
                for (int e = 0; e < 8; e++) {
                    j.append(new JournalEvent.EntryStarted(s.plusSeconds(e * 60L), e, "Entry " + e, "technique"));
                    if (e % 3 == 2) {
                        j.append(new JournalEvent.CheckInAnswered(s.plusSeconds(e * 60L + 50), e,
                                answers[(i + e) % 3]));
                    }
                }
                j.append(i % 50 == 0 ? new JournalEvent.PainStop(s.plusSeconds(500), 8, "Stop.")
                        : new JournalEvent.Finished(s.plusSeconds(600)));
            }
        }
    }
}
