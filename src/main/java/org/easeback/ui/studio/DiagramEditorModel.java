package org.easeback.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.BackMap;
import org.easeback.safety.BackMapZone;
import org.easeback.studio.DiagramPointJob;
import org.easeback.studio.DiagramRefusals;
import org.easeback.studio.TechniqueDocument;
import org.easeback.studio.TechniqueDraft;
import org.easeback.studio.TechniqueDraft.Points;
import org.easeback.studio.TechniqueField;

/**
 * The stroke diagram being drawn: a keyboard cursor, which list the points go to (the stroke's path or where the
 * hands start), and the points as the draft holds them. Every change is a {@link DiagramPointJob} in the document's
 * history. A point on the spine or a bone, or a stroke across the spine, is refused before anything changes: the
 * point is not added, and {@link #refusalProperty()} says why in the catalog rule's words.
 */
public final class DiagramEditorModel {

    /** One arrow key moves the cursor this far, in map units. */
    public static final double STEP = 0.01;
    /** Shift+arrow moves it this far. */
    public static final double BIG_STEP = 0.05;
    /** A click this close to a point picks it up to drag rather than adding one. */
    public static final double PICK_RADIUS = 0.035;

    private final TechniqueDocument document;
    private final ReadOnlyObjectWrapper<MapPoint> cursor = new ReadOnlyObjectWrapper<>(new MapPoint(0.3, 0.7));
    private final ObjectProperty<Points> list = new SimpleObjectProperty<>(Points.PATH);
    private final ObservableList<MapPoint> hands = FXCollections.observableArrayList();
    private final ObservableList<MapPoint> path = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MapPoint> refusedPoint = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper cursorWarning = new ReadOnlyStringWrapper("");
    private int dragIndex = -1;
    private DiagramPointJob dragJob;

    DiagramEditorModel(TechniqueDocument document) {
        this.document = document;
        cursor.addListener((o, a, b) -> cursorMoved());
        refresh();
        cursorMoved();
    }

    private TechniqueDraft draft() {
        return document.draft();
    }

    /** Where Enter adds a point; the arrow keys move it. */
    public ReadOnlyObjectProperty<MapPoint> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Which list new points go to: the stroke's path (the default) or where the hands start. */
    public ObjectProperty<Points> listProperty() {
        return list;
    }

    /** The points of {@code which} as drawn now (a point being dragged where it is dragged to). */
    public ObservableList<MapPoint> points(Points which) {
        return FXCollections.unmodifiableObservableList(which == Points.HANDS ? hands : path);
    }

    /** The diagram as the player would draw it now, for the map and the preview. */
    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** Why the last point was refused, in the catalog rule's words; empty after an edit that was allowed. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Where the refused point would have gone, drawn in red; null when nothing is refused. */
    public ReadOnlyObjectProperty<MapPoint> refusedPointProperty() {
        return refusedPoint.getReadOnlyProperty();
    }

    /** A warning while the cursor is on the spine or a bone, before Enter is pressed there. */
    public ReadOnlyStringProperty cursorWarningProperty() {
        return cursorWarning.getReadOnlyProperty();
    }

    /** Moves the cursor by whole steps, fine or (with {@code big}) coarse, kept on the map. */
    public void moveCursor(int right, int down, boolean big) {
        double step = big ? BIG_STEP : STEP;
        MapPoint c = cursor.get();
        setCursor(new MapPoint(c.x() + right * step, c.y() + down * step));
    }

    /** Puts the cursor at {@code p}, kept on the map and rounded to a thousandth. */
    public void setCursor(MapPoint p) {
        cursor.set(new MapPoint(clamp(p.x()), clamp(p.y())));
    }

    /** Enter or Space: adds a point at the cursor to the end of the current list. */
    public boolean addAtCursor() {
        return add(cursor.get());
    }

    /** Adds {@code p} to the end of the current list, unless it is refused; true if it was added. */
    public boolean add(MapPoint p) {
        MapPoint at = new MapPoint(clamp(p.x()), clamp(p.y()));
        cursor.set(at);
        Points which = list.get();
        List<MapPoint> now = draft().points(which);
        DiagramPointJob.Edit edit = DiagramPointJob.add(draft(), which, now.size(), at);
        if (edit instanceof DiagramPointJob.Edit.Refused r) {
            return refuse(r.reason(), DiagramRefusals.with(now, now.size(), at, false), at);
        }
        return run(((DiagramPointJob.Edit.Allowed) edit).job());
    }

    /** Backspace: removes the last point of the current list; false if it has none. */
    public boolean removeLast() {
        List<MapPoint> now = draft().points(list.get());
        if (now.isEmpty()) {
            return false;
        }
        return run(DiagramPointJob.remove(draft(), list.get(), now.size() - 1));
    }

    /** Delete: removes every point of the current list, one undoable removal each, last first; how many. */
    public int clear() {
        int removed = 0;
        while (removeLast()) {
            removed++;
        }
        return removed;
    }

    /** The index of the point of the current list nearest {@code p} within {@link #PICK_RADIUS}, or -1. */
    public int pointNear(MapPoint p) {
        List<MapPoint> now = draft().points(list.get());
        int best = -1;
        double bestDistance = PICK_RADIUS;
        for (int i = 0; i < now.size(); i++) {
            double d = Math.hypot(now.get(i).x() - p.x(), now.get(i).y() - p.y());
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Drags point {@code index} of the current list to {@code p}: it follows while the place is allowed and stops
     * with the refusal where it is not. Nothing changes in the draft until {@link #endDrag()}.
     */
    public boolean dragTo(int index, MapPoint p) {
        MapPoint at = new MapPoint(clamp(p.x()), clamp(p.y()));
        Points which = list.get();
        List<MapPoint> now = draft().points(which);
        DiagramPointJob.Edit edit = DiagramPointJob.move(draft(), which, index, at);
        if (edit instanceof DiagramPointJob.Edit.Refused r) {
            return refuse(r.reason(), DiagramRefusals.with(now, index, at, true), at);
        }
        dragIndex = index;
        dragJob = ((DiagramPointJob.Edit.Allowed) edit).job();
        clearRefusal();
        cursor.set(at);
        (which == Points.HANDS ? hands : path).set(index, at);
        publishDiagram();
        return true;
    }

    /** The drag is over: the point moves to the last allowed place, as one undoable move. */
    public boolean endDrag() {
        DiagramPointJob job = dragJob;
        dragJob = null;
        dragIndex = -1;
        return job != null && run(job);
    }

    /** True while a point is being dragged. */
    public boolean dragging() {
        return dragIndex >= 0;
    }

    /** Forgets the refusal (after undo, redo or an edit that was allowed). */
    void clearRefusal() {
        refusal.set("");
        refusedPoint.set(null);
    }

    /** Reads the points from the draft again, after any change of the history. */
    void refresh() {
        hands.setAll(draft().points(Points.HANDS));
        path.setAll(draft().points(Points.PATH));
        publishDiagram();
    }

    private boolean run(DiagramPointJob job) {
        clearRefusal();
        document.history().endTyping();
        return document.history().execute(job);
    }

    private boolean refuse(String jobReason, List<MapPoint> candidate, MapPoint at) {
        Optional<String> ruleWords = DiagramRefusals.of(draft(), list.get(), candidate);
        refusal.set(ruleWords.orElse(jobReason));
        refusedPoint.set(at);
        return false;
    }

    private void publishDiagram() {
        String motion = draft().get(TechniqueField.MOTION);
        boolean known = TechniqueCatalogLoader.MOTIONS.contains(motion);
        diagram.set(new Diagram(known ? motion : "glide", new ArrayList<>(hands), new ArrayList<>(path)));
    }

    private void cursorMoved() {
        Optional<BackMapZone> zone = BackMap.zoneAt(cursor.get());
        cursorWarning.set(zone.map(z -> "The cursor is on the " + z.label() + ": a point here is refused.")
                .orElse(""));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, Math.round(v * 1000) / 1000.0));
    }
}
