package org.easeback.profile;

import static org.easeback.fuzz.ReaderProperty.assertValueOrError;
import static org.easeback.fuzz.ReaderProperty.withinBound;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** Any bytes as a receiver profile give a receiver or diagnostics, in bounded time: never an exception. */
class ReceiverLoaderFuzzTest {

    private static final ReceiverLoader LOADER = new ReceiverLoader();

    @FuzzTest(maxDuration = "10m")
    void anyBytes(byte[] bytes) throws Exception {
        assertValueOrError(withinBound(() -> LOADER.load(bytes, Path.of("fuzzed-receiver.json"))));
    }
}
