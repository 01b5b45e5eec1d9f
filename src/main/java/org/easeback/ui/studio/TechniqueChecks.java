package org.easeback.ui.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.easeback.studio.TechniqueChecker;
import org.easeback.studio.TechniqueDiagnostic;
import org.easeback.ui.kit.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the technique being edited in the background, newest first: while one check runs, only the latest edit
 * waits, and an answer overtaken by a later edit is dropped. Typing never waits on it. Used on the FX thread only.
 */
final class TechniqueChecks {

    private static final Logger LOG = LoggerFactory.getLogger(TechniqueChecks.class);

    /** A snapshot of the draft's text, taken on the FX thread, and the file it would be saved as. */
    record Request(TechniqueChecker checker, byte[] json, Path file) {
    }

    private final BackgroundTasks tasks;
    private final Consumer<List<TechniqueDiagnostic>> deliver;
    private Request pending;
    private boolean running;
    private boolean closed;
    private BackgroundTasks.Cancellable current;

    TechniqueChecks(BackgroundTasks tasks, Consumer<List<TechniqueDiagnostic>> deliver) {
        this.tasks = tasks;
        this.deliver = deliver;
    }

    /** The draft changed: check this snapshot once the running check (if any) is done. */
    void submit(Request request) {
        if (closed) {
            return;
        }
        pending = request;
        if (!running) {
            next();
        }
    }

    /** The screen was left: drop what is waiting and any answer still to come. */
    void close() {
        closed = true;
        pending = null;
        if (current != null) {
            current.cancel();
        }
    }

    private void next() {
        Request request = pending;
        pending = null;
        if (request == null || closed) {
            return;
        }
        running = true;
        current = tasks.run(() -> request.checker().check(request.json(), request.file()), found -> {
            running = false;
            if (pending == null) {
                deliver.accept(found);
            }
            next();
        }, e -> {
            running = false;
            LOG.error("Checking the technique failed; the next edit checks it again", e);
            next();
        });
    }
}
