package org.easeback.routine;

import static org.easeback.fuzz.ReaderProperty.assertValueOrError;
import static org.easeback.fuzz.ReaderProperty.withinBound;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.easeback.safety.SafetyRoutineRules;

/** Any bytes as a routine file give a routine or diagnostics, in bounded time: never an exception. */
class RoutineLoaderFuzzTest {

    private static final RoutineLoader LOADER = new RoutineLoader(TechniqueCatalogLoader.bundled(),
            SafetyRoutineRules.all());

    @FuzzTest(maxDuration = "10m")
    void anyBytes(byte[] bytes) throws Exception {
        assertValueOrError(withinBound(() -> LOADER.load(bytes, Path.of("fuzzed-routine.json"))));
    }
}
