package org.easeback.ui.studio;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.studio.DraftCheckService;
import org.easeback.studio.DraftDiagnostic;
import org.easeback.studio.DraftReport;
import org.easeback.studio.PlanPreview;
import org.easeback.studio.RoutineDocument;
import org.easeback.studio.StepPath;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * The live diagnostics and plan of the draft: each edit asks for a check, which runs on a background worker (the
 * newest request wins) while typing goes on; the answer is shown on the FX thread. The words are the loader's, as
 * {@code validate} prints them.
 */
public final class StudioChecks {

    private final BackgroundTasks tasks;
    private final ObservableList<DraftDiagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<PlanRow> planRows = FXCollections.observableArrayList();
    // One read-only view of each, kept: a view made per call listens weakly and would stop telling its listeners.
    private final ObservableList<DraftDiagnostic> diagnosticsView = FXCollections.unmodifiableObservableList(
            diagnostics);
    private final ObservableList<PlanRow> planRowsView = FXCollections.unmodifiableObservableList(planRows);
    private final ReadOnlyObjectWrapper<Optional<PlanPreview>> plan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper planSummary = new ReadOnlyStringWrapper("Checking…");
    private final AtomicReference<DraftReport> answered = new AtomicReference<>();
    private DraftCheckService service;

    StudioChecks(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Checks from now on with {@code catalog}'s rules; the old service's late answers are still shown in order. */
    void use(StudioCatalog catalog, RoutineDocument document) {
        // The service runs on a worker borrowed from the background tasks; its answer is parked and picked up by
        // the task's completion, which the tasks deliver on the FX thread.
        Executor worker = job -> tasks.run(() -> {
            job.run();
            return null;
        }, done -> showAnswer(), failed -> showAnswer());
        service = new DraftCheckService(catalog.checker(document.file()), worker, answered::set);
    }

    /** The draft changed: check it as it is now. Returns at once. */
    void draftChanged(RoutineDocument document) {
        service.draftChanged(document.draft(), document.file());
    }

    private void showAnswer() {
        DraftReport report = answered.getAndSet(null);
        if (report != null) {
            show(report);
        }
    }

    private void show(DraftReport report) {
        diagnostics.setAll(report.diagnostics());
        plan.set(report.plan());
        planRows.setAll(report.plan().map(p -> p.plan().entries().stream().map(StudioWording::row).toList())
                .orElse(List.of()));
        planSummary.set(report.plan().map(StudioWording::planSummary).orElseGet(() -> report.planRefusal()
                .orElse("No plan until the errors are fixed: " + errorCount(report) + " to go.")));
    }

    private static String errorCount(DraftReport report) {
        long n = report.diagnostics().stream().filter(DraftDiagnostic::error).count();
        return n == 1 ? "1 error" : n + " errors";
    }

    /** Every diagnostic of the latest check, in file order. */
    public ObservableList<DraftDiagnostic> diagnostics() {
        return diagnosticsView;
    }

    /** The messages about {@code field} of {@code step} ("" for the step as a whole). */
    public List<String> messagesAt(StepPath step, String field) {
        return diagnostics.stream().filter(d -> d.location().step().equals(step) && d.location().field().equals(field))
                .map(DraftDiagnostic::message).toList();
    }

    /** True if some error is about {@code step} or a step inside it. */
    public boolean hasErrorWithin(StepPath step) {
        return diagnostics.stream().anyMatch(d -> d.error() && !d.location().step().isRoutine()
                && d.location().step().within(step));
    }

    /** The compiled plan, when the draft is valid. */
    public ReadOnlyObjectProperty<Optional<PlanPreview>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The live plan's entries, with inserted check-ins marked. */
    public ObservableList<PlanRow> planRows() {
        return planRowsView;
    }

    /** Total time, hands-on time and the longest stretch between check-ins; or why there is no plan. */
    public ReadOnlyStringProperty planSummaryProperty() {
        return planSummary.getReadOnlyProperty();
    }
}
