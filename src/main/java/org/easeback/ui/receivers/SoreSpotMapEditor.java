package org.easeback.ui.receivers;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.easeback.profile.ReceiverRules;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.MapPoint;
import org.easeback.ui.backmap.BackMapView;
import org.easeback.ui.backmap.MapEditorFrame;

/**
 * The lower-back map where the receiver points at what hurts: click to add a spot, drag to move it, Delete to
 * remove it; from the keyboard, the arrow keys move a cursor, Enter places a spot there, Tab and Shift+Tab select
 * spots and Shift+arrows move the selected one. The spine and the bones are drawn by {@link BackMapView} from the
 * safety module, and a spot placed on them is refused with the safety module's sentence shown under the map.
 */
public final class SoreSpotMapEditor extends VBox {

    private final SoreSpotMapModel model;
    private final BackMapView map = new BackMapView();
    private final MapEditorFrame frame = new MapEditorFrame(map, "Sore-spot map. Arrow keys move the cursor, "
            + "Enter places a spot, Tab selects spots, Delete removes the selected spot.");
    private final Label refusal = new Label();
    private final TextField note = new TextField();
    private boolean dragging;

    public SoreSpotMapEditor(SoreSpotMapModel model) {
        this.model = model;
        getStyleClass().add("spot-editor");

        frame.drawWith(this::drawing);
        VBox.setVgrow(frame, Priority.ALWAYS);

        map.setOnMousePressed(this::pressed);
        map.setOnMouseDragged(this::dragged);
        map.setOnMouseReleased(e -> dragging = false);
        frame.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);

        refusal.getStyleClass().add("spot-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        Label hint = new Label("Click where it hurts to add a spot; drag a spot to move it. Keyboard: arrows move "
                + "the cursor, Enter places a spot, Tab selects spots, Delete removes one.");
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);

        Label noteLabel = new Label("Note for the selected spot:");
        noteLabel.setLabelFor(note);
        noteLabel.getStyleClass().add("form-label");
        note.getStyleClass().add("spot-note");
        note.setPromptText("e.g. aches after sitting");
        note.setDisable(true);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.textProperty().addListener((o, a, text) -> {
            if (text.length() > ReceiverRules.MAX_NOTE) {
                note.setText(text.substring(0, ReceiverRules.MAX_NOTE));
            } else {
                model.setSelectedNote(text);
            }
        });
        HBox noteRow = new HBox(noteLabel, note);
        noteRow.getStyleClass().add("spot-note-row");

        model.spots().addListener((javafx.collections.ListChangeListener<SoreSpot>) c -> spotsChanged());
        model.selectedSpotProperty().addListener((o, a, b) -> spotsChanged());
        model.cursorProperty().addListener((o, a, b) -> frame.redraw());
        model.selectedIndexProperty().addListener((o, a, b) -> selectionChanged());
        spotsChanged();
        selectionChanged();

        getChildren().addAll(frame, refusal, hint, noteRow);
    }

    /** The node that takes keyboard focus for the map. */
    public Node mapNode() {
        return frame;
    }

    /** The drawing; exposed so that tests can turn map points into screen points. */
    public BackMapView backMap() {
        return map;
    }

    private void spotsChanged() {
        map.spots().setAll(model.spots().stream().map(SoreSpot::point).toList());
        SoreSpot selected = model.selectedSpotProperty().get();
        map.highlightedSpotProperty().set(selected == null ? null : selected.point());
        frame.redraw();
    }

    private void selectionChanged() {
        SoreSpot selected = model.selectedSpotProperty().get();
        note.setDisable(selected == null);
        note.setText(selected == null ? "" : selected.note());
        frame.redraw();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        frame.requestFocus();
        MapPoint p = map.toMap(e.getX(), e.getY());
        int hit = model.spotNear(p);
        if (hit >= 0) {
            model.select(hit);
            dragging = true;
        } else {
            model.place(p);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragging) {
            model.moveSelectedTo(map.toMap(e.getX(), e.getY()));
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code.isArrowKey()) {
            int dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
            int dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
            if (e.isShiftDown() && model.selectedSpotProperty().get() != null) {
                MapPoint at = model.selectedSpotProperty().get().point();
                model.moveSelectedTo(new MapPoint(at.x() + dx * SoreSpotMapModel.CURSOR_STEP,
                        at.y() + dy * SoreSpotMapModel.CURSOR_STEP));
            } else {
                model.moveCursor(dx, dy);
            }
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            model.placeAtCursor();
        } else if (code == KeyCode.TAB && !e.isControlDown()) {
            // Past the last spot Tab is not consumed, so focus moves on: the map never traps the keyboard.
            handled = e.isShiftDown() ? model.selectPrevious() : model.selectNext();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            model.removeSelected();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** The spot numbers and the cursor over the map, in the map's view coordinates. */
    private List<Node> drawing() {
        List<Node> nodes = new ArrayList<>();
        double r = Math.max(6, map.getWidth() * 0.022);
        for (int i = 0; i < model.spots().size(); i++) {
            Point2D v = map.toView(model.spots().get(i).point());
            Text number = new Text(v.getX() + r * 1.2, v.getY() - r * 1.2, Integer.toString(i + 1));
            number.getStyleClass().add("spot-number");
            nodes.add(number);
        }
        nodes.addAll(frame.cursorAt(map.toView(model.cursorProperty().get()), r));
        return nodes;
    }
}
