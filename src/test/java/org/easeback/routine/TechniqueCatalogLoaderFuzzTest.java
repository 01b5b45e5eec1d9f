package org.easeback.routine;

import static org.easeback.fuzz.ReaderProperty.assertValueOrError;
import static org.easeback.fuzz.ReaderProperty.withinBound;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** Any bytes as a technique catalog give a catalog or diagnostics, in bounded time: never an exception. */
class TechniqueCatalogLoaderFuzzTest {

    private static final TechniqueCatalogLoader LOADER = new TechniqueCatalogLoader();

    @FuzzTest(maxDuration = "10m")
    void anyBytes(byte[] bytes) throws Exception {
        assertValueOrError(withinBound(() -> LOADER.load(bytes, Path.of("fuzzed-techniques.json"))));
    }
}
