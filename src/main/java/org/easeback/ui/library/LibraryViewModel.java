package org.easeback.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary.Origin;
import org.easeback.routine.Technique;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.LibraryContents;
import org.easeback.ui.kit.LibraryContents.BrokenKind;
import org.easeback.ui.kit.LibraryContents.RoutineFile;
import org.easeback.ui.kit.LibrarySource;
import org.easeback.ui.kit.StudioLauncher;
import org.easeback.ui.library.LibraryCard.BrokenCard;
import org.easeback.ui.library.LibraryCard.RoutineCard;
import org.easeback.ui.library.LibraryCard.TechniqueCard;

/**
 * The library's state: loading and reloading when the user's folders change, the cards (the user's broken files
 * first), the selected card, the search text and filters, what Enter on a card does, the way into the studio, and
 * importing a shared routine.
 */
public final class LibraryViewModel {

    /** Where loading stands. */
    public enum LoadState { LOADING, LOADED, FAILED }

    private final BackgroundTasks tasks;
    private final LibrarySource source;
    private final RoutineDurations durations;
    private final Consumer<Routine> onStart;
    private final StudioLauncher studio;
    private final ImportFlow imports;

    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(LoadState.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Loading the library…");
    private final ReadOnlyStringWrapper brokenSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<LibraryCard> cards = FXCollections.observableArrayList();
    private final FilteredList<LibraryCard> visible = new FilteredList<>(cards, c -> true);
    private final ObjectProperty<LibraryCard> selected = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AudienceFilter> audience = new SimpleObjectProperty<>(AudienceFilter.ALL);
    private final ObjectProperty<LengthFilter> length = new SimpleObjectProperty<>(LengthFilter.ANY);
    private BackgroundTasks.Cancellable pending = () -> { };
    /** The card to select once the next load is in: the one selected before it, or an imported routine. */
    private String wanted;
    private FolderWatch watch;

    /** A library with no studio and no import (tests, the screenshot tour). */
    public LibraryViewModel(BackgroundTasks tasks, LibrarySource source, RoutineDurations durations,
                            Consumer<Routine> onStart) {
        this(tasks, source, durations, onStart, StudioLauncher.none(), RoutineImporter.none());
    }

    /**
     * @param onStart  what choosing a routine card does: the app opens the pre-session flow
     * @param studio   where Ctrl+N, Ctrl+E and "Open in studio" go; {@link StudioLauncher#none()} hides them
     * @param importer what Import uses; {@link RoutineImporter#none()} hides it
     */
    public LibraryViewModel(BackgroundTasks tasks, LibrarySource source, RoutineDurations durations,
                            Consumer<Routine> onStart, StudioLauncher studio, RoutineImporter importer) {
        this.tasks = tasks;
        this.source = source;
        this.durations = durations;
        this.onStart = onStart;
        this.studio = studio;
        this.imports = new ImportFlow(tasks, importer,
                plan -> reloadSelecting(LibraryCard.routineKey(plan.routineId())));
        search.addListener((o, a, b) -> refilter());
        audience.addListener((o, a, b) -> refilter());
        length.addListener((o, a, b) -> refilter());
    }

    /** Starts loading in the background; the cards appear when it is done. */
    public void load() {
        pending.cancel();
        state.set(LoadState.LOADING);
        message.set("Loading the library…");
        cards.clear();
        pending = tasks.run(this::loadCards, this::loaded, this::failed);
    }

    /** Loads again in the background, keeping the cards until the new ones are in and the selected card if it stays. */
    public void reload() {
        reloadSelecting(selected.get() == null ? null : selected.get().key());
    }

    private void reloadSelecting(String key) {
        pending.cancel();
        wanted = key;
        pending = tasks.run(this::loadCards, this::loaded, this::failed);
    }

    /**
     * Reloads whenever a file in the source's watched folders is added, changed or removed (a folder may not exist
     * yet). The folders are looked at on a daemon thread; the reload itself goes through the background tasks.
     */
    public void startWatching() {
        stopWatching();
        List<java.nio.file.Path> folders = source.watchedFolders();
        if (folders.isEmpty()) {
            return;
        }
        FolderWatch[] started = new FolderWatch[1];
        started[0] = FolderWatch.start(folders, () -> tasks.run(() -> Boolean.TRUE, ok -> {
            if (watch == started[0]) { // not stopped since
                reload();
            }
        }, e -> { }));
        watch = started[0];
    }

    /** Stops watching the folders and ends the watch thread. */
    public void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /** True while the folders are watched. */
    public boolean watching() {
        return watch != null && watch.running();
    }

    /** Drops a load still under way, an import check, and the folder watch (the screen was left). */
    public void dispose() {
        pending.cancel();
        stopWatching();
        imports.dismiss();
    }

    /** Off the FX thread: reads the files and compiles a plan per routine for its running time. */
    private List<LibraryCard> loadCards() throws Exception {
        LibraryContents contents = source.load();
        List<LibraryCard> result = new ArrayList<>();
        contents.broken().stream().filter(b -> b.isUsers()).forEach(b -> result.add(new BrokenCard(b)));
        contents.routines().stream()
                .sorted(Comparator.comparing((Routine r) -> r.audience()).thenComparing(Routine::title))
                .forEach(r -> {
                    Optional<RoutineFile> file = contents.fileOf(r);
                    result.add(new RoutineCard(r, durations.totalSeconds(r),
                            file.map(RoutineFile::origin).orElse(Origin.BUNDLED), file.map(RoutineFile::file)));
                });
        contents.broken().stream().filter(b -> !b.isUsers()).forEach(b -> result.add(new BrokenCard(b)));
        contents.techniques().stream()
                .filter(t -> t.level() == Level.PROFESSIONAL)
                .sorted(Comparator.comparing(Technique::name))
                .forEach(t -> result.add(new TechniqueCard(t)));
        return result;
    }

    private void loaded(List<LibraryCard> loaded) {
        String key = wanted;
        wanted = null;
        cards.setAll(loaded);
        state.set(LoadState.LOADED);
        brokenSummary.set(summary(loaded));
        refilter();
        // Through null, so that the list hears of it even when the new card equals the old one.
        selected.set(null);
        selected.set(visible.stream().filter(c -> c.key().equals(key)).findFirst().orElseGet(this::firstChoice));
    }

    /** The first routine card that shows, else the first card, else none. */
    private LibraryCard firstChoice() {
        return visible.stream().filter(RoutineCard.class::isInstance).findFirst()
                .or(() -> visible.stream().findFirst()).orElse(null);
    }

    private void failed(Exception e) {
        state.set(LoadState.FAILED);
        message.set("The library could not be read: " + e.getMessage()
                + ". Check that the routine folder exists and can be read, then restart Easeback.");
    }

    /** "2 of your routines cannot be loaded", with the catalogs when there are any; empty when none is broken. */
    private static String summary(List<LibraryCard> loaded) {
        long routines = loaded.stream().filter(c -> c instanceof BrokenCard b && b.isUsers()
                && b.broken().kind() == BrokenKind.ROUTINE).count();
        long catalogs = loaded.stream().filter(c -> c instanceof BrokenCard b && b.isUsers()
                && b.broken().kind() == BrokenKind.CATALOG).count();
        List<String> parts = new ArrayList<>();
        if (routines > 0) {
            parts.add(routines + " of your routines");
        }
        if (catalogs > 0) {
            parts.add(catalogs + " of your technique catalogs");
        }
        return parts.isEmpty() ? "" : String.join(" and ", parts) + " cannot be loaded";
    }

    private void refilter() {
        String text = search.get();
        AudienceFilter a = audience.get();
        LengthFilter l = length.get();
        visible.setPredicate(c -> c.matches(text, a, l));
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(firstChoice());
        }
        if (state.get() == LoadState.LOADED) {
            message.set(visible.isEmpty() ? "No routine matches. Clear the search or change the filters." : "");
        }
    }

    /**
     * Enter or a double click on a card: a routine card starts the pre-session flow, a user's broken routine opens
     * in the studio; the others do nothing.
     */
    public boolean open(LibraryCard card) {
        if (card instanceof RoutineCard routineCard) {
            onStart.accept(routineCard.routine());
            return true;
        }
        return card instanceof BrokenCard && edit(card);
    }

    /** Whether the studio can be opened at all; its keys and buttons are hidden when not. */
    public boolean studioAvailable() {
        return studio.available();
    }

    /** Ctrl+N: the studio on a new routine. */
    public boolean newRoutine() {
        if (!studio.available()) {
            return false;
        }
        studio.newRoutine();
        return true;
    }

    /** Whether Ctrl+E does something on {@code card}: a routine with a file, or a user's broken routine. */
    public boolean canEdit(LibraryCard card) {
        if (!studio.available()) {
            return false;
        }
        return card instanceof RoutineCard r && r.file().isPresent()
                || card instanceof BrokenCard b && b.fixableInStudio();
    }

    /** Ctrl+E: the studio on the card's file; a bundled routine is duplicated, never edited in place. */
    public boolean edit(LibraryCard card) {
        if (!canEdit(card)) {
            return false;
        }
        if (card instanceof RoutineCard r) {
            studio.edit(r.file().orElseThrow(), r.origin() == Origin.BUNDLED);
        } else {
            studio.edit(((BrokenCard) card).broken().file(), false);
        }
        return true;
    }

    /** Clears the search text and resets both filters. */
    public void clearFilters() {
        search.set("");
        audience.set(AudienceFilter.ALL);
        length.set(LengthFilter.ANY);
    }

    /** Importing a shared routine. */
    public ImportFlow imports() {
        return imports;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** A sentence for the empty area: loading, failure, or "no match". Empty when cards are showing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "2 of your routines cannot be loaded" above the cards; empty when all of the user's files loaded. */
    public ReadOnlyStringProperty brokenSummaryProperty() {
        return brokenSummary.getReadOnlyProperty();
    }

    /** Every card that passes the search and filters: the user's broken files, routines, then the rest. */
    public ObservableList<LibraryCard> visibleCards() {
        return visible;
    }

    /** The card the list has selected; set by each load to the one selected before, if it is still there. */
    public ObjectProperty<LibraryCard> selectedProperty() {
        return selected;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AudienceFilter> audienceProperty() {
        return audience;
    }

    public ObjectProperty<LengthFilter> lengthProperty() {
        return length;
    }
}
