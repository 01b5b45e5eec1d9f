package org.easeback.ui.receivers;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.profile.ReceiverRules;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.MapPoint;
import org.easeback.safety.BackMap;

/**
 * The sore-spot map editor's state: the spots, which one is selected, the keyboard cursor and the last refusal.
 * Every placement and move goes through the safety module's {@link BackMap#refusal}, so a spot never lands on the
 * spine or a bone; a refused placement leaves the spots as they were and says why in {@link #refusalProperty()}.
 */
public final class SoreSpotMapModel {

    /** How far one arrow key moves the cursor (or, with Shift, a selected spot), in map units. */
    public static final double CURSOR_STEP = 0.02;
    /** How close (in map units) a click must be to a spot to pick it up rather than place a new one. */
    public static final double PICK_RADIUS = 0.04;

    private final ObservableList<SoreSpot> spots = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<MapPoint> cursor = new ReadOnlyObjectWrapper<>(new MapPoint(0.3, 0.5));
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ObjectBinding<SoreSpot> selectedSpot;

    public SoreSpotMapModel() {
        selectedSpot = Bindings.createObjectBinding(() -> {
            int i = selected.get();
            return i >= 0 && i < spots.size() ? spots.get(i) : null;
        }, selected, spots);
    }

    /** Replaces the spots (when a receiver is opened); nothing is selected and no refusal shows. */
    public void setAll(List<SoreSpot> loaded) {
        spots.setAll(loaded);
        selected.set(-1);
        refusal.set("");
    }

    /** The spots in the order they were placed; change them through this model's methods. */
    public ObservableList<SoreSpot> spots() {
        return FXCollections.unmodifiableObservableList(spots);
    }

    /** The selected spot's index, or -1. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected spot, or null. */
    public ObjectBinding<SoreSpot> selectedSpotProperty() {
        return selectedSpot;
    }

    /** Where Enter places a spot; moved with the arrow keys. */
    public ReadOnlyObjectProperty<MapPoint> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Why the last placement or move was refused, as the safety module says it; empty after one that worked. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /**
     * Adds a spot at {@code p} and selects it, unless the point is refused (spine, bone, off the map) or the
     * receiver already has the most spots allowed.
     *
     * @return true if the spot was added
     */
    public boolean place(MapPoint p) {
        Optional<String> why = BackMap.refusal(p);
        if (why.isPresent()) {
            refusal.set(why.get());
            return false;
        }
        if (spots.size() >= ReceiverRules.MAX_SPOTS) {
            refusal.set("There are already " + ReceiverRules.MAX_SPOTS + " sore spots. Remove one before adding "
                    + "another.");
            return false;
        }
        spots.add(new SoreSpot(p.x(), p.y(), ""));
        selected.set(spots.size() - 1);
        cursor.set(p);
        refusal.set("");
        return true;
    }

    /** Enter: places a spot at the cursor (refused the same way as a click). */
    public boolean placeAtCursor() {
        return place(cursor.get());
    }

    /** Moves the cursor by whole steps, kept on the map. */
    public void moveCursor(int stepsRight, int stepsDown) {
        MapPoint c = cursor.get();
        cursor.set(new MapPoint(clamp(c.x() + stepsRight * CURSOR_STEP), clamp(c.y() + stepsDown * CURSOR_STEP)));
    }

    /** Puts the cursor at {@code p} (clamped to the map), e.g. where the mouse was last clicked. */
    public void setCursor(MapPoint p) {
        cursor.set(new MapPoint(clamp(p.x()), clamp(p.y())));
    }

    /**
     * Moves the selected spot to {@code p}, keeping its note. A point on the spine or a bone is refused and the
     * spot stays where it was.
     *
     * @return true if the spot moved
     */
    public boolean moveSelectedTo(MapPoint p) {
        int i = selected.get();
        if (i < 0 || i >= spots.size()) {
            return false;
        }
        Optional<String> why = BackMap.refusal(p);
        if (why.isPresent()) {
            refusal.set(why.get());
            return false;
        }
        SoreSpot old = spots.get(i);
        spots.set(i, new SoreSpot(p.x(), p.y(), old.note()));
        cursor.set(p);
        refusal.set("");
        return true;
    }

    /** The index of the spot nearest {@code p} within {@link #PICK_RADIUS}, or -1. */
    public int spotNear(MapPoint p) {
        int best = -1;
        double bestDistance = PICK_RADIUS;
        for (int i = 0; i < spots.size(); i++) {
            SoreSpot s = spots.get(i);
            double d = Math.hypot(s.x() - p.x(), s.y() - p.y());
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Selects spot {@code index} (-1 for none) and brings the cursor to it. */
    public void select(int index) {
        if (index < -1 || index >= spots.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        selected.set(index);
        if (index >= 0) {
            cursor.set(spots.get(index).point());
        }
    }

    /**
     * Tab: selects the next spot. Returns false (and selects nothing) when there is no next one, so that Tab can
     * move on to the next control instead of trapping the keyboard.
     */
    public boolean selectNext() {
        int next = selected.get() + 1;
        if (next >= spots.size()) {
            selected.set(-1);
            return false;
        }
        select(next);
        return true;
    }

    /** Shift+Tab: selects the previous spot, or the last one when none is selected; false before the first. */
    public boolean selectPrevious() {
        int previous = selected.get() < 0 ? spots.size() - 1 : selected.get() - 1;
        if (previous < 0) {
            selected.set(-1);
            return false;
        }
        select(previous);
        return true;
    }

    /** Delete: removes the selected spot; returns false if none was selected. */
    public boolean removeSelected() {
        int i = selected.get();
        if (i < 0 || i >= spots.size()) {
            return false;
        }
        spots.remove(i);
        selected.set(spots.isEmpty() ? -1 : Math.min(i, spots.size() - 1));
        refusal.set("");
        return true;
    }

    /** Sets the selected spot's note; ignored when no spot is selected. */
    public void setSelectedNote(String note) {
        int i = selected.get();
        if (i < 0 || i >= spots.size()) {
            return;
        }
        SoreSpot old = spots.get(i);
        if (!old.note().equals(note)) {
            spots.set(i, new SoreSpot(old.x(), old.y(), note));
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, Math.round(v * 1000) / 1000.0));
    }
}
