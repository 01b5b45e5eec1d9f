package org.easeback.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.easeback.routine.LoadResult;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;

/**
 * Times loading and validating the bundled catalog and every bundled routine, warm (target: under 50 ms).
 * Run: {@code mvn -B -o -Pbench test-compile exec:java -Dbench=LoadBenchmark}
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "routines");
        List<Path> routines;
        try (Stream<Path> files = Files.list(folder)) {
            routines = files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("techniques.json")
                    && !p.endsWith("oils.json")).sorted()
                    .toList();
        }
        int sink = 0;
        for (int i = 0; i < 300; i++) {
            sink += loadAll(folder, routines);
        }
        int runs = 200;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += loadAll(folder, routines);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "files=%d%n", routines.size() + 1);
        System.out.printf(Locale.ROOT, "load_validate_all_ms_p50=%.2f%n", nanos[runs / 2] / 1e6);
        System.out.printf(Locale.ROOT, "load_validate_all_ms_p99=%.2f%n", nanos[runs * 99 / 100] / 1e6);
        System.out.printf(Locale.ROOT, "load_validate_all_ms_max=%.2f%n", nanos[runs - 1] / 1e6);
        System.out.printf(Locale.ROOT, "target_ms=50 (sink %d)%n", sink);
    }

    private static int loadAll(Path folder, List<Path> routines) {
        LoadResult<TechniqueCatalog> catalog = new TechniqueCatalogLoader().load(folder.resolve("techniques.json"));
        RoutineLoader loader = new RoutineLoader(catalog.value().orElseThrow());
        int steps = 0;
        for (Path p : routines) {
            Routine r = loader.load(p).value().orElseThrow(() -> new IllegalStateException("invalid " + p));
            steps += r.steps().size();
        }
        return steps;
    }
}
