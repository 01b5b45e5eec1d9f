package org.easeback.studio;

import java.nio.file.Path;

/**
 * One request to check a draft: a snapshot of its text (taken on the UI thread with {@link DraftWriter}, so the
 * worker never touches the draft) and the file it will be saved as, which diagnostics name.
 *
 * @param sequence grows with each request, so a late answer to an old request can be told apart
 */
public record DraftCheckRequest(long sequence, byte[] json, Path file) {

    public DraftCheckRequest {
        json = json.clone();
    }

    /** A request for the draft as it is now. */
    public static DraftCheckRequest of(long sequence, RoutineDraft draft, Path file) {
        return new DraftCheckRequest(sequence, DraftWriter.write(draft), file);
    }

    @Override
    public byte[] json() {
        return json.clone();
    }
}
