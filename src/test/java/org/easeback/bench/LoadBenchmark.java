package org.easeback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.easeback.routine.LoadResult;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.SafetyRoutineRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: loading and validating the bundled catalog and every bundled routine, with the safety rules, warm
 * (target: under 50 ms). Run: {@code mvn -o -Pbench test-compile exec:exec@jmh -Djmh.args=LoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {

    /** The folder of routines and catalog; the project's bundled one by default. */
    @Param("routines")
    public String folder;

    private Path dir;
    private List<Path> routines;

    @Setup
    public void findFiles() throws IOException {
        dir = Path.of(folder);
        try (Stream<Path> files = Files.list(dir)) {
            routines = files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("techniques.json")
                    && !p.endsWith("oils.json")).sorted().toList();
        }
        if (routines.isEmpty()) {
            throw new IllegalStateException("no routines in " + dir.toAbsolutePath());
        }
    }

    /** Loads the catalog and every routine; returns the step count so the work cannot be optimised away. */
    @Benchmark
    public int loadAndValidateAll() {
        LoadResult<TechniqueCatalog> catalog = new TechniqueCatalogLoader().load(dir.resolve("techniques.json"));
        RoutineLoader loader = new RoutineLoader(catalog.value().orElseThrow(), SafetyRoutineRules.all());
        int steps = 0;
        for (Path p : routines) {
            Routine r = loader.load(p).value().orElseThrow(() -> new IllegalStateException("invalid " + p));
            steps += r.steps().size();
        }
        return steps;
    }
}
