package org.easeback.ui.studio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.UserCatalogs;
import org.easeback.safety.BackMap;
import org.easeback.studio.JobHistory;
import org.easeback.studio.SetFieldJob;
import org.easeback.studio.TechniqueChecker;
import org.easeback.studio.TechniqueDiagnostic;
import org.easeback.studio.TechniqueDocument;
import org.easeback.studio.TechniqueField;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * The technique editor's state, with no scene: each field as text (lists one item a line), the diagram being drawn,
 * undo and redo, the unsaved-changes mark, the problems found by the background check, and saving. Every edit is a
 * job in the document's history; checking and saving happen off the FX thread.
 */
public final class TechniqueEditorModel {

    /** Zones no technique may work: the spine and the bones, as the back map draws them. */
    static final Set<String> NO_PRESSURE_ZONES = BackMap.zones().stream().map(z -> z.name())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final TechniqueDocument document;
    private final TechniqueChecker checker;
    private final Set<String> takenIds;
    private final DiagramEditorModel diagram;
    private final TechniqueChecks checks;
    private final TechniqueSaving saving;
    private final EnumMap<TechniqueField, StringProperty> texts = new EnumMap<>(TechniqueField.class);
    private final ObservableList<TechniqueProblem> problems = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyStringWrapper> fieldProblems = new HashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper fresh;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private List<TechniqueDiagnostic> diagnostics = List.of();
    private boolean refreshing;
    private boolean idTyped;

    /**
     * @param fresh   true for a technique never saved: its id may still change, and is offered from its name
     * @param bundled the bundled catalog, whose ids a technique of one's own may not take
     * @param user    the user's catalogs as they are on disk, for the ids they already use
     */
    public TechniqueEditorModel(TechniqueDocument document, boolean fresh, TechniqueCatalog bundled,
                                UserCatalogs user, BackgroundTasks tasks) {
        this.document = document;
        this.fresh = new ReadOnlyBooleanWrapper(fresh);
        this.checker = document.checker(bundled, user);
        Set<String> taken = new HashSet<>(bundled.ids());
        user.files().stream().filter(f -> !f.path().equals(document.file()) || fresh)
                .forEach(f -> f.techniques().forEach(t -> taken.add(t.id())));
        this.takenIds = Set.copyOf(taken);
        this.idTyped = !fresh || !document.draft().get(TechniqueField.ID).isEmpty();
        this.diagram = new DiagramEditorModel(document);
        this.checks = new TechniqueChecks(tasks, this::diagnosed);
        this.saving = new TechniqueSaving(document, checker, tasks);
        for (TechniqueField f : TechniqueField.values()) {
            StringProperty p = new SimpleStringProperty(this, f.jsonName(), document.draft().get(f));
            p.addListener((o, a, text) -> {
                if (!refreshing) {
                    edit(f, text);
                }
            });
            texts.put(f, p);
        }
        diagram.refusalProperty().addListener((o, a, b) -> publishProblems());
        saving.outcomeProperty().addListener((o, a, b) -> {
            if (b instanceof TechniqueSaving.Outcome.Refused r) {
                diagnosed(r.diagnostics());
            } else if (b instanceof TechniqueSaving.Outcome.Saved) {
                this.fresh.set(false);
            }
        });
        history().addListener(this::changed);
        changed();
    }

    private JobHistory history() {
        return document.history();
    }

    /** The text of {@code field} as typed; setting it is an edit (one undo step while typing in one field). */
    public StringProperty text(TechniqueField field) {
        return texts.get(field);
    }

    /** Sets {@code field} to {@code text} as one job; the id can change only until the first save. */
    public boolean edit(TechniqueField field, String text) {
        if (field == TechniqueField.ID) {
            if (!fresh.get()) {
                refresh();
                return false;
            }
            idTyped = true;
        }
        return history().execute(SetFieldJob.of(document.draft(), field, text));
    }

    /** Picks {@code value} for a choice (pressure, audience, motion): always an undo step of its own. */
    public boolean choose(TechniqueField field, String value) {
        endTyping();
        boolean done = edit(field, value);
        history().endTyping();
        return done;
    }

    /** Whether {@code zone} is listed in {@code field} (works or avoids). */
    public boolean hasZone(TechniqueField field, String zone) {
        return document.draft().get(field).lines().anyMatch(zone::equals);
    }

    /**
     * Lists or unlists {@code zone} in {@code field}, in the catalog's zone order. Refused: working the spine or a
     * bone, and no longer avoiding the spine.
     */
    public boolean setZone(TechniqueField field, String zone, boolean listed) {
        if (listed && field == TechniqueField.WORKS && NO_PRESSURE_ZONES.contains(zone)
                || !listed && field == TechniqueField.AVOIDS && "spine".equals(zone)) {
            return false;
        }
        Set<String> zones = new LinkedHashSet<>(document.draft().get(field).lines().toList());
        if (listed) {
            zones.add(zone);
        } else {
            zones.remove(zone);
        }
        List<String> ordered = new ArrayList<>(org.easeback.routine.TechniqueCatalogLoader.ZONES.stream()
                .filter(zones::contains).toList());
        zones.stream().filter(z -> !ordered.contains(z)).forEach(ordered::add);
        history().endTyping();
        boolean done = edit(field, String.join("\n", ordered));
        history().endTyping();
        return done;
    }

    /**
     * The trainer left a field: the next edit is its own undo step. Leaving the name of a new technique whose id
     * was never typed offers the id from the name, as one more undoable edit.
     */
    public void endTyping() {
        history().endTyping();
        if (fresh.get() && !idTyped) {
            String suggested = TechniqueIds.suggest(document.draft().get(TechniqueField.NAME), takenIds);
            if (!suggested.isEmpty()) {
                history().execute(SetFieldJob.of(document.draft(), TechniqueField.ID, suggested));
                history().endTyping();
            }
        }
    }

    /** The id offered for the name as typed now (what leaving the name field would set). */
    public String suggestedId() {
        return TechniqueIds.suggest(document.draft().get(TechniqueField.NAME), takenIds);
    }

    public DiagramEditorModel diagram() {
        return diagram;
    }

    public boolean undo() {
        diagram.clearRefusal();
        return history().undo();
    }

    public boolean redo() {
        diagram.clearRefusal();
        return history().redo();
    }

    /** "Undo Set name", or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True when there are edits that are not saved: leaving asks first. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True until the technique is first saved. */
    public ReadOnlyBooleanProperty freshProperty() {
        return fresh.getReadOnlyProperty();
    }

    /** The problems of the draft as last checked, a refused diagram point first. */
    public ObservableList<TechniqueProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** The first problem of {@code field} (by its name in the file), for the line under it; "" if none. */
    public ReadOnlyStringProperty problemOf(String field) {
        return fieldProblems.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(firstProblem(f)))
                .getReadOnlyProperty();
    }

    /** Saving: whether one runs, and how the last one went. */
    public TechniqueSaving saving() {
        return saving;
    }

    /** Saves (off the FX thread), then runs {@code onSaved} on it; a technique with errors is not saved. */
    public void save(Runnable onSaved) {
        endTyping();
        saving.save(onSaved);
    }

    /** The document being edited. */
    public TechniqueDocument document() {
        return document;
    }

    /** The screen was left: no check result is awaited any more. */
    public void close() {
        checks.close();
    }

    private void changed() {
        refresh();
        diagram.refresh();
        dirty.set(history().dirty());
        undoText.set(history().undoDescription().map(d -> "Undo " + d).orElse(""));
        redoText.set(history().redoDescription().map(d -> "Redo " + d).orElse(""));
        checks.submit(new TechniqueChecks.Request(checker, document.draft().write(), document.file()));
    }

    private void refresh() {
        refreshing = true;
        try {
            texts.forEach((f, p) -> p.set(document.draft().get(f)));
        } finally {
            refreshing = false;
        }
    }

    private void diagnosed(List<TechniqueDiagnostic> found) {
        diagnostics = List.copyOf(found);
        publishProblems();
    }

    private void publishProblems() {
        List<TechniqueProblem> all = new ArrayList<>();
        String refused = diagram.refusalProperty().get();
        if (!refused.isEmpty()) {
            all.add(new TechniqueProblem(diagram.listProperty().get().jsonName(), -1, refused, true, true));
        }
        diagnostics.stream().map(TechniqueProblem::of).forEach(all::add);
        problems.setAll(all);
        fieldProblems.forEach((field, p) -> p.set(firstProblem(field)));
    }

    private String firstProblem(String field) {
        return problems.stream().filter(p -> p.target().equals(field)).map(TechniqueProblem::message).findFirst()
                .orElse("");
    }
}
