package org.easeback.ui.backmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.util.Duration;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Side;
import org.easeback.safety.BackMap;
import org.easeback.safety.BackMapZone;
import org.easeback.ui.kit.Motion;

/**
 * A resizable vector drawing of the lower back seen from behind (receiver face down, head at the top), in back-map
 * coordinates: x 0 left flank to 1 right flank with the spine at 0.5, y 0 bottom of the ribs to 1 top of the sacrum.
 * It shades the spine and the bones (no pressure there), draws a technique's hands and stroke for the chosen side,
 * moves a marker along the stroke, and shows sore spots with one of them highlighted.
 * Colours and strokes come from backmap.css by style class.
 */
public final class BackMapView extends Region {

    /** Height of the map's y range relative to its width: a lower back is wider than it is tall. */
    private static final double Y_STRETCH = 0.62;
    // The drawn area reaches a little past the map so the ribs above and the sacrum below show.
    private static final double MIN_X = -0.08;
    private static final double MAX_X = 1.08;
    private static final double MIN_Y = -0.12;
    private static final double MAX_Y = 1.14;

    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
    private final ObjectProperty<MapPoint> highlightedSpot = new SimpleObjectProperty<>(this, "highlightedSpot");
    private final ObservableList<MapPoint> spots = FXCollections.observableArrayList();
    private final DoubleProperty strokeProgress = new SimpleDoubleProperty(this, "strokeProgress", 0);

    private final Group anatomy = new Group();
    private final Group technique = new Group();
    private final Group markers = new Group();
    private final Group spotLayer = new Group();
    private final List<List<Point2D>> markerPaths = new ArrayList<>();
    private Timeline stroke;

    private double scale = 1;
    private double originX;
    private double originY;
    private double builtWidth = -1;
    private double builtHeight = -1;
    private boolean overlaysDirty;

    public BackMapView() {
        getStyleClass().add("back-map");
        anatomy.setManaged(false);
        technique.setManaged(false);
        markers.setManaged(false);
        spotLayer.setManaged(false);
        getChildren().addAll(anatomy, technique, spotLayer, markers);
        // Several properties change together when an entry starts; rebuild once, in the next layout pass.
        diagram.addListener((o, a, b) -> overlaysChanged());
        side.addListener((o, a, b) -> overlaysChanged());
        highlightedSpot.addListener((o, a, b) -> overlaysChanged());
        spots.addListener((javafx.collections.ListChangeListener<MapPoint>) c -> overlaysChanged());
        strokeProgress.addListener((o, a, b) -> placeMarkers());
        setMinSize(120, 90);
        setPrefSize(420, 300);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(BackMapView.class.getResource("backmap.css")).toExternalForm();
    }

    /** The technique drawn on the map, described for the left side; null draws none. */
    public ObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    /** Which side the technique is drawn on: LEFT as described, RIGHT mirrored, BOTH (or null) on both. */
    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    /** The spot worked on now, drawn large and ringed; null for none. */
    public ObjectProperty<MapPoint> highlightedSpotProperty() {
        return highlightedSpot;
    }

    /** Other marked spots, drawn small. */
    public ObservableList<MapPoint> spots() {
        return spots;
    }

    /** How far through one stroke the moving marker is, 0 to 1. */
    public DoubleProperty strokeProgressProperty() {
        return strokeProgress;
    }

    /** Animates one stroke from start to end over {@code length}, for example one pace beat. */
    public void playStroke(Duration strokeLength) {
        stopStroke();
        Duration length = strokeLength == null ? null : Motion.of(strokeLength);
        if (length == null || length.lessThanOrEqualTo(Duration.ZERO)) {
            strokeProgress.set(1);
            return;
        }
        strokeProgress.set(0);
        stroke = new Timeline(new KeyFrame(length, new KeyValue(strokeProgress, 1, Interpolator.EASE_BOTH)));
        stroke.play();
    }

    /** Stops a running stroke where it is. */
    public void stopStroke() {
        if (stroke != null) {
            stroke.stop();
            stroke = null;
        }
    }

    /** The point in this view's coordinates for a point on the back map. */
    public Point2D toView(MapPoint p) {
        return new Point2D(originX + p.x() * scale, originY + p.y() * scale * Y_STRETCH);
    }

    /** The back-map point under a point in this view's coordinates (may lie outside 0..1). */
    public MapPoint toMap(double viewX, double viewY) {
        return new MapPoint((viewX - originX) / scale, (viewY - originY) / (scale * Y_STRETCH));
    }

    private void overlaysChanged() {
        overlaysDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (w == builtWidth && h == builtHeight) {
            if (overlaysDirty) {
                rebuildOverlays();
            }
            return;
        }
        builtWidth = w;
        builtHeight = h;
        double spanX = MAX_X - MIN_X;
        double spanY = (MAX_Y - MIN_Y) * Y_STRETCH;
        scale = Math.max(1, Math.min(w / spanX, h / spanY));
        originX = snappedLeftInset() + (w - spanX * scale) / 2 - MIN_X * scale;
        originY = snappedTopInset() + (h - spanY * scale) / 2 - MIN_Y * scale * Y_STRETCH;
        buildAnatomy();
        rebuildOverlays();
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width * (MAX_Y - MIN_Y) * Y_STRETCH / (MAX_X - MIN_X) : super.computePrefHeight(width);
    }

    private void buildAnatomy() {
        List<Node> n = new ArrayList<>();
        n.add(styled(body(), "backmap-body"));
        for (double cx : new double[] {0.40, 0.60}) {
            n.add(styled(rect(cx - 0.045, 0.02, 0.09, 0.86, 0.09), "backmap-muscle"));
        }
        // The no-pressure zones come from the safety module, so the map shows exactly what it refuses.
        for (BackMapZone zone : BackMap.zones()) {
            Polygon shape = new Polygon();
            for (MapPoint p : zone.polygon()) {
                Point2D v = toView(p);
                shape.getPoints().addAll(v.getX(), v.getY());
            }
            if (zone == BackMap.SPINE) {
                // The spine carries on above and below the map.
                shape.getPoints().setAll(corners(0.5 - BackMap.SPINE_HALF_WIDTH, MIN_Y,
                        0.5 + BackMap.SPINE_HALF_WIDTH, MAX_Y));
            }
            shape.getStyleClass().addAll("backmap-zone", "backmap-zone-" + zone.name());
            n.add(shape);
        }
        for (double y = -0.08; y < 0.95; y += 0.2) {
            n.add(styled(rect(0.5 - 0.035, y, 0.07, 0.13, 0.025), "backmap-vertebra"));
        }
        anatomy.getChildren().setAll(n);
    }

    private List<Double> corners(double x0, double y0, double x1, double y1) {
        Point2D a = toView(new MapPoint(x0, y0));
        Point2D b = toView(new MapPoint(x1, y1));
        return List.of(a.getX(), a.getY(), b.getX(), a.getY(), b.getX(), b.getY(), a.getX(), b.getY());
    }

    private Path body() {
        Path p = new Path();
        p.getElements().add(move(new MapPoint(-0.04, MIN_Y)));
        p.getElements().add(quad(new MapPoint(0.04, 0.35), new MapPoint(-0.01, 0.78)));
        p.getElements().add(quad(new MapPoint(-0.05, 1.0), new MapPoint(-0.06, MAX_Y)));
        p.getElements().add(line(new MapPoint(1.06, MAX_Y)));
        p.getElements().add(quad(new MapPoint(1.05, 1.0), new MapPoint(1.01, 0.78)));
        p.getElements().add(quad(new MapPoint(0.96, 0.35), new MapPoint(1.04, MIN_Y)));
        p.getElements().add(new ClosePath());
        return p;
    }


    private void rebuildOverlays() {
        overlaysDirty = false;
        technique.getChildren().clear();
        markers.getChildren().clear();
        markerPaths.clear();
        Diagram d = diagram.get();
        if (d != null && !"none".equals(d.motion())) {
            for (boolean mirror : mirrors()) {
                drawTechnique(d, mirror);
            }
        }
        spotLayer.getChildren().clear();
        double r = 0.022 * scale;
        for (MapPoint p : spots) {
            Point2D v = toView(p);
            spotLayer.getChildren().add(styled(new Circle(v.getX(), v.getY(), r), "backmap-spot"));
        }
        MapPoint current = highlightedSpot.get();
        if (current != null) {
            Point2D v = toView(current);
            spotLayer.getChildren().add(styled(new Circle(v.getX(), v.getY(), r * 3.2), "backmap-spot-halo"));
            spotLayer.getChildren().add(styled(new Circle(v.getX(), v.getY(), r * 1.6), "backmap-spot-current"));
        }
        placeMarkers();
    }

    private List<Boolean> mirrors() {
        Side s = side.get();
        if (s == Side.LEFT) {
            return List.of(false);
        }
        if (s == Side.RIGHT) {
            return List.of(true);
        }
        return List.of(false, true);
    }

    private void drawTechnique(Diagram d, boolean mirror) {
        List<Point2D> path = new ArrayList<>();
        for (MapPoint p : d.path()) {
            path.add(toView(mirror ? p.mirrored() : p));
        }
        if (path.size() >= 2) {
            Polyline line = new Polyline();
            path.forEach(v -> line.getPoints().addAll(v.getX(), v.getY()));
            technique.getChildren().add(styled(line, "backmap-stroke"));
            technique.getChildren().add(styled(arrowHead(path.get(path.size() - 2), path.get(path.size() - 1)),
                    "backmap-arrow"));
        }
        double handRadius = 0.04 * scale;
        for (MapPoint h : d.hands()) {
            Point2D v = toView(mirror ? h.mirrored() : h);
            technique.getChildren().add(styled(new Circle(v.getX(), v.getY(), handRadius), "backmap-hand"));
        }
        List<Point2D> travel = path.size() >= 2 ? path
                : d.hands().isEmpty() ? List.of() : List.of(toView(mirror ? d.hands().get(0).mirrored() : d.hands().get(0)));
        if (!travel.isEmpty()) {
            markerPaths.add(travel);
            markers.getChildren().add(styled(new Circle(0.026 * scale), "backmap-marker"));
        }
    }

    private Polygon arrowHead(Point2D from, Point2D to) {
        Point2D dir = to.subtract(from);
        if (dir.magnitude() == 0) {
            dir = new Point2D(0, 1);
        }
        dir = dir.normalize();
        Point2D normal = new Point2D(-dir.getY(), dir.getX());
        double size = 0.045 * scale;
        Point2D tip = to.add(dir.multiply(size * 0.6));
        Point2D a = to.subtract(dir.multiply(size)).add(normal.multiply(size * 0.6));
        Point2D b = to.subtract(dir.multiply(size)).subtract(normal.multiply(size * 0.6));
        return new Polygon(tip.getX(), tip.getY(), a.getX(), a.getY(), b.getX(), b.getY());
    }

    private void placeMarkers() {
        Diagram d = diagram.get();
        String motion = d == null ? "none" : d.motion();
        double p = Math.max(0, Math.min(1, strokeProgress.get()));
        double along = "rock".equals(motion) ? 1 - Math.abs(2 * p - 1) : p;
        for (int i = 0; i < markers.getChildren().size() && i < markerPaths.size(); i++) {
            Circle marker = (Circle) markers.getChildren().get(i);
            List<Point2D> path = markerPaths.get(i);
            Point2D at = path.size() == 1 ? path.get(0) : pointAlong(path, along);
            marker.setCenterX(at.getX());
            marker.setCenterY(at.getY());
            // Presses and holds stay put and swell with the beat instead of travelling.
            double swell = path.size() == 1 ? 1 + 0.5 * Math.sin(Math.PI * p) : 1;
            marker.setScaleX(swell);
            marker.setScaleY(swell);
        }
    }

    static Point2D pointAlong(List<Point2D> path, double fraction) {
        double total = 0;
        for (int i = 1; i < path.size(); i++) {
            total += path.get(i).distance(path.get(i - 1));
        }
        double want = fraction * total;
        for (int i = 1; i < path.size(); i++) {
            double seg = path.get(i).distance(path.get(i - 1));
            if (want <= seg || i == path.size() - 1) {
                double t = seg == 0 ? 0 : Math.min(1, want / seg);
                return path.get(i - 1).interpolate(path.get(i), t);
            }
            want -= seg;
        }
        return path.get(0);
    }

    private Rectangle rect(double x, double y, double w, double h, double arc) {
        Point2D a = toView(new MapPoint(x, y));
        Rectangle r = new Rectangle(a.getX(), a.getY(), w * scale, h * scale * Y_STRETCH);
        r.setArcWidth(arc * scale);
        r.setArcHeight(arc * scale);
        return r;
    }

    private MoveTo move(MapPoint p) {
        Point2D v = toView(p);
        return new MoveTo(v.getX(), v.getY());
    }

    private LineTo line(MapPoint p) {
        Point2D v = toView(p);
        return new LineTo(v.getX(), v.getY());
    }

    private QuadCurveTo quad(MapPoint control, MapPoint to) {
        Point2D c = toView(control);
        Point2D v = toView(to);
        return new QuadCurveTo(c.getX(), c.getY(), v.getX(), v.getY());
    }

    private static <T extends Shape> T styled(T shape, String styleClass) {
        shape.getStyleClass().add(styleClass);
        return shape;
    }
}
