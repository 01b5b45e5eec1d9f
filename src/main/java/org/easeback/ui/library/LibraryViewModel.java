package org.easeback.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.easeback.routine.Technique;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.library.LibraryCard.BrokenCard;
import org.easeback.ui.library.LibraryCard.RoutineCard;
import org.easeback.ui.library.LibraryCard.TechniqueCard;
import org.easeback.ui.kit.LibraryContents;
import org.easeback.ui.kit.LibrarySource;

/** The library's state: loading, the cards, the search text and filters, and what Enter on a card does. */
public final class LibraryViewModel {

    /** Where loading stands. */
    public enum LoadState { LOADING, LOADED, FAILED }

    private final BackgroundTasks tasks;
    private final LibrarySource source;
    private final RoutineDurations durations;
    private final Consumer<Routine> onStart;

    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(LoadState.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Loading the library…");
    private final ObservableList<LibraryCard> cards = FXCollections.observableArrayList();
    private final FilteredList<LibraryCard> visible = new FilteredList<>(cards, c -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AudienceFilter> audience = new SimpleObjectProperty<>(AudienceFilter.ALL);
    private final ObjectProperty<LengthFilter> length = new SimpleObjectProperty<>(LengthFilter.ANY);
    private BackgroundTasks.Cancellable pending = () -> { };

    /**
     * @param onStart what choosing a routine card does: the app opens the pre-session flow
     */
    public LibraryViewModel(BackgroundTasks tasks, LibrarySource source, RoutineDurations durations,
                            Consumer<Routine> onStart) {
        this.tasks = tasks;
        this.source = source;
        this.durations = durations;
        this.onStart = onStart;
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

    /** Drops a load still under way (the screen was left). */
    public void dispose() {
        pending.cancel();
    }

    /** Off the FX thread: reads the files and compiles a plan per routine for its running time. */
    private List<LibraryCard> loadCards() throws Exception {
        LibraryContents contents = source.load();
        List<LibraryCard> result = new ArrayList<>();
        contents.routines().stream()
                .sorted(Comparator.comparing((Routine r) -> r.audience()).thenComparing(Routine::title))
                .forEach(r -> result.add(new RoutineCard(r, durations.totalSeconds(r))));
        contents.broken().forEach(b -> result.add(new BrokenCard(b)));
        contents.techniques().stream()
                .filter(t -> t.level() == Level.PROFESSIONAL)
                .sorted(Comparator.comparing(Technique::name))
                .forEach(t -> result.add(new TechniqueCard(t)));
        return result;
    }

    private void loaded(List<LibraryCard> loaded) {
        cards.setAll(loaded);
        state.set(LoadState.LOADED);
        refilter();
    }

    private void failed(Exception e) {
        state.set(LoadState.FAILED);
        message.set("The library could not be read: " + e.getMessage()
                + ". Check that the routine folder exists and can be read, then restart Easeback.");
    }

    private void refilter() {
        String text = search.get();
        AudienceFilter a = audience.get();
        LengthFilter l = length.get();
        visible.setPredicate(c -> c.matches(text, a, l));
        if (state.get() == LoadState.LOADED) {
            message.set(visible.isEmpty() ? "No routine matches. Clear the search or change the filters." : "");
        }
    }

    /** Enter or a double click on a card: routine cards start the pre-session flow; the others do nothing. */
    public boolean open(LibraryCard card) {
        if (card instanceof RoutineCard routineCard) {
            onStart.accept(routineCard.routine());
            return true;
        }
        return false;
    }

    /** Clears the search text and resets both filters. */
    public void clearFilters() {
        search.set("");
        audience.set(AudienceFilter.ALL);
        length.set(LengthFilter.ANY);
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** A sentence for the empty area: loading, failure, or "no match". Empty when cards are showing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Every card that passes the search and filters, routines first. */
    public ObservableList<LibraryCard> visibleCards() {
        return visible;
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
