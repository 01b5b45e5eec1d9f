package org.easeback.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;

/**
 * Times {@code validate} with the safety rules on 1 MiB routines built to be slow for text rules: runs of spaces
 * (what made a backtracking split take 13 s), "but" after "but", negation after negation, and a marker word
 * repeated (target: each under 1 s).
 * Run: {@code mvn -B -o -Pbench test-compile exec:java -Dbench=SlowRoutineBenchmark}
 */
public final class SlowRoutineBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SlowRoutineBenchmark() {
    }

    /** A routine of info steps whose texts are {@code text.apply(i)}, just under 1 MiB. */
    static byte[] routine(IntFunction<String> text) {
        StringBuilder json = new StringBuilder("{\"format\": \"easeback-routine/1\", \"id\": \"slow\", \"title\": "
                + "\"Slow\", \"audience\": \"partner\", \"steps\": [");
        int bytes = json.length();
        int i = 0;
        while (true) {
            String step = (i == 0 ? "" : ",") + "{\"kind\": \"info\", \"title\": \"Step\", \"instructions\": \""
                    + text.apply(i) + "\"}";
            bytes += step.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + 2 > 1_048_000) {
                break;
            }
            json.append(step);
            i++;
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("spaces", routine(i -> " ".repeat(3_990) + "x"));
        files.put("but-but", routine(i -> "but ".repeat(995)));
        files.put("negations", routine(i -> "lavender essential oil " + "not neat never ".repeat(260)));
        files.put("weak-markers", routine(i -> "apply lavender essential oil " + "mix directly ".repeat(300)));
        files.put("zero-width", routine(i -> "lavender essential\u200B oil \u200B".repeat(150)));
        files.put("right-right", routine(i -> "lavender essential oil " + "right ".repeat(640)));
        files.put("one-neat-step", routine(i -> i == 200 ? "Rub the lavender essential oil in neat." : "x"));
        Path dir = Files.createTempDirectory("slow-routines");
        Validation validation = Validation.withBundledCatalog(SafetyRoutineRules.all(), new org.easeback.profile.ReceiverLoader()::validate);
        Validation formatOnly = Validation.withBundledCatalog(List.of(), new org.easeback.profile.ReceiverLoader()::validate);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".json");
            Files.write(file, e.getValue());
            long best = Long.MAX_VALUE;
            long first = 0;
            long firstCpu = 0;
            List<Diagnostic> found = List.of();
            for (int run = 0; run < 5; run++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                found = validation.check(file, e.getValue(), dir, new HashMap<>());
                long took = System.nanoTime() - start;
                if (run == 0) {
                    first = took;
                    firstCpu = CPU.getCurrentThreadCpuTime() - cpu;
                }
                best = Math.min(best, took);
            }
            long baseline = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                formatOnly.check(file, e.getValue(), dir, new HashMap<>());
                baseline = Math.min(baseline, System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "%s bytes=%d validate_ms_first=%.1f cpu_ms_first=%.1f "
                    + "validate_ms_best=%.1f without_safety_rules_ms=%.1f diagnostics=%d%n", e.getKey(),
                    e.getValue().length, first / 1e6, firstCpu / 1e6, best / 1e6, baseline / 1e6, found.size());
        }
        System.out.println("target_ms=1000 each");
    }
}
