package org.easeback.studio;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Live diagnostics and plan for the studio: {@link #draftChanged} snapshots the draft on the caller's thread and
 * checks it on the worker, the newest request winning; only the answer to the newest request is delivered.
 */
public final class DraftCheckService {

    private final AtomicLong sequence = new AtomicLong();
    private final LatestRequestRunner<DraftCheckRequest> runner;

    /** Checks with {@code checker} on {@code worker}, and hands each current report to {@code reports}. */
    public DraftCheckService(DraftChecker checker, Executor worker, Consumer<DraftReport> reports) {
        this.runner = new ExecutorLatestRequestRunner<>(worker, checker::check, report -> {
            if (report.request() == sequence.get()) {
                reports.accept(report);
            }
        });
    }

    /** The draft changed (or was opened): check it as it is now, saved as {@code file}. */
    public void draftChanged(RoutineDraft draft, Path file) {
        runner.submit(DraftCheckRequest.of(sequence.incrementAndGet(), draft, file));
    }
}
