package org.easeback.ui.studio;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Side;
import org.easeback.studio.TechniqueDraft.Points;
import org.easeback.ui.backmap.BackMapView;
import org.easeback.ui.backmap.MapEditorFrame;

/**
 * Draws a technique's stroke on the back map, for the left side as the catalog describes it. Keyboard: the arrows
 * move a cursor (Shift for bigger steps), Enter or Space adds a point there, Backspace removes the last, Delete
 * clears the list, H switches between the stroke and the hands. Mouse: a click adds a point, dragging moves one.
 * A refused point is not added: it shows red where it was tried, with the catalog rule's words under the map.
 */
public final class DiagramEditor extends VBox {

    private final DiagramEditorModel model;
    private final BackMapView map = new BackMapView();
    private final MapEditorFrame frame = new MapEditorFrame(map, "Stroke diagram. Arrow keys move the cursor, "
            + "Shift for bigger steps, Enter adds a point, Backspace removes the last, Delete clears, H switches "
            + "between the stroke and the hands.");
    private final HBox lists;
    private int dragging = -1;

    public DiagramEditor(DiagramEditorModel model) {
        this.model = model;
        getStyleClass().add("diagram-editor");

        map.sideProperty().set(Side.LEFT);
        map.diagramProperty().bind(model.diagramProperty());
        frame.getStyleClass().add("diagram-map");
        frame.setMinHeight(0);
        VBox.setVgrow(frame, Priority.ALWAYS);
        map.setOnMousePressed(this::pressed);
        map.setOnMouseDragged(this::dragged);
        map.setOnMouseReleased(e -> released());
        frame.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);

        ToggleGroup group = new ToggleGroup();
        ToggleButton stroke = listToggle("Stroke path", Points.PATH, group);
        ToggleButton hands = listToggle("Hands", Points.HANDS, group);
        stroke.getStyleClass().add("diagram-list-path");
        hands.getStyleClass().add("diagram-list-hands");
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.listProperty().set((Points) now.getUserData());
            }
        });
        model.listProperty().addListener((o, a, b) -> (b == Points.HANDS ? hands : stroke).setSelected(true));
        Label drawing = new Label("Draw:");
        drawing.getStyleClass().add("diagram-lists-label");
        drawing.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lists = new HBox(drawing, stroke, hands);
        lists.getStyleClass().add("diagram-lists");

        Label refusal = new Label();
        refusal.getStyleClass().add("diagram-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label warning = new Label();
        warning.getStyleClass().add("diagram-cursor-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.cursorWarningProperty());
        warning.visibleProperty().bind(model.cursorWarningProperty().isNotEmpty()
                .and(model.refusalProperty().isEmpty()));
        warning.managedProperty().bind(warning.visibleProperty());
        Label hint = new Label("Drawn for the left side; the player mirrors it. Arrows move, Shift: big steps · "
                + "Enter adds · Backspace: last off · Delete: clear · H: hands · Click adds, drag moves");
        hint.getStyleClass().addAll("page-hint", "diagram-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ListChangeListener<MapPoint> redraw = c -> frame.redraw();
        model.points(Points.PATH).addListener(redraw);
        model.points(Points.HANDS).addListener(redraw);
        model.cursorProperty().addListener((o, a, b) -> frame.redraw());
        model.refusedPointProperty().addListener((o, a, b) -> frame.redraw());
        model.listProperty().addListener((o, a, b) -> frame.redraw());
        getChildren().addAll(frame, refusal, warning, hint);
        frame.drawWith(this::drawing);
    }

    private ToggleButton listToggle(String text, Points which, ToggleGroup group) {
        ToggleButton t = new ToggleButton(text);
        t.setUserData(which);
        t.setToggleGroup(group);
        t.setSelected(model.listProperty().get() == which);
        t.getStyleClass().add("filter-toggle");
        t.setFocusTraversable(false);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return t;
    }

    /** The choice between drawing the stroke and the hands (H), for the screen's title row. */
    public Node listChoice() {
        return lists;
    }

    /** The node that takes keyboard focus for drawing. */
    public Node mapNode() {
        return frame;
    }

    /** The drawing, so that tests can turn map points into screen points. */
    public BackMapView backMap() {
        return map;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        frame.requestFocus();
        MapPoint p = map.toMap(e.getX(), e.getY());
        dragging = model.pointNear(p);
        if (dragging < 0) {
            model.add(p);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragging >= 0) {
            model.dragTo(dragging, map.toMap(e.getX(), e.getY()));
            e.consume();
        }
    }

    private void released() {
        if (dragging >= 0) {
            model.endDrag();
        }
        dragging = -1;
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        if (code.isArrowKey()) {
            int dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
            int dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
            model.moveCursor(dx, dy, e.isShiftDown());
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            model.addAtCursor();
        } else if (code == KeyCode.BACK_SPACE) {
            model.removeLast();
        } else if (code == KeyCode.DELETE) {
            model.clear();
        } else if (code == KeyCode.H) {
            model.listProperty().set(model.listProperty().get() == Points.PATH ? Points.HANDS : Points.PATH);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** The numbered points, a refused point and the cursor, over the map in its view coordinates. */
    private List<Node> drawing() {
        List<Node> nodes = new ArrayList<>();
        double r = Math.max(6, map.getWidth() * 0.014);
        number(nodes, model.points(Points.PATH), "", r, model.listProperty().get() == Points.PATH);
        number(nodes, model.points(Points.HANDS), "H", r, model.listProperty().get() == Points.HANDS);
        MapPoint refused = model.refusedPointProperty().get();
        if (refused != null) {
            Point2D v = map.toView(refused);
            Line a = new Line(v.getX() - r, v.getY() - r, v.getX() + r, v.getY() + r);
            Line b = new Line(v.getX() - r, v.getY() + r, v.getX() + r, v.getY() - r);
            a.getStyleClass().add("diagram-refused");
            b.getStyleClass().add("diagram-refused");
            nodes.addAll(List.of(a, b));
        }
        List<javafx.scene.shape.Shape> cursor = frame.cursorAt(map.toView(model.cursorProperty().get()), r);
        if (!model.cursorWarningProperty().get().isEmpty()) {
            cursor.forEach(n -> n.getStyleClass().add("diagram-cursor-refused"));
        }
        nodes.addAll(cursor);
        return nodes;
    }

    private void number(List<Node> nodes, List<MapPoint> points, String prefix, double r, boolean current) {
        for (int i = 0; i < points.size(); i++) {
            Point2D v = map.toView(points.get(i));
            Circle dot = new Circle(v.getX(), v.getY(), r * 0.7);
            dot.getStyleClass().add(current ? "diagram-point-current" : "diagram-point");
            Text number = new Text(v.getX() + r, v.getY() - r, prefix + (i + 1));
            number.getStyleClass().add("diagram-point-number");
            nodes.add(dot);
            nodes.add(number);
        }
    }
}
