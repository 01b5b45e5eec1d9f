package org.easeback.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.easeback.routine.LoadResult;

/** Reads receiver files with the loader's {@link ReceiverLoader}: the same diagnostics and spot refusals as validate. */
public final class LoaderReceiverReader implements ReceiverReader {

    private final ReceiverLoader loader = new ReceiverLoader();

    @Override
    public ReceiverParse read(Path file, String text) {
        LoadResult<Receiver> result = loader.load(text.getBytes(StandardCharsets.UTF_8), file);
        return new ReceiverParse(result.value(), result.diagnostics());
    }
}
