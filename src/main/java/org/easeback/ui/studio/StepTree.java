package org.easeback.ui.studio;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import org.easeback.studio.RoutineField;
import org.easeback.studio.StepPath;

/**
 * The routine as a tree: the routine itself at the top (its fields), then its steps, repeats as folders. Delete
 * removes, Ctrl+D duplicates, Alt+↑/↓ move, and a step can be dragged onto another (before it) or onto a repeat
 * (into it). A step with an error is marked.
 */
final class StepTree {

    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final StudioViewModel model;
    private final TreeView<StepOutline> tree = new TreeView<>();
    private StepPath dragged;
    private boolean syncing;

    StepTree(StudioViewModel model) {
        this.model = model;
        tree.getStyleClass().add("step-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new StepCell());
        rebuild();
        model.outlineProperty().addListener((o, was, now) -> update());
        model.routineField(RoutineField.TITLE).addListener((o, was, now) -> update());
        model.checks().diagnostics().addListener((ListChangeListener<Object>) c -> tree.refresh());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now.getValue().path());
            }
        });
        model.selectedProperty().addListener((o, was, now) -> select(now));
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.removeSelected();
            } else if (DUPLICATE.match(e)) {
                model.duplicateSelected();
            } else if (UP.match(e)) {
                model.moveSelectedUp();
            } else if (DOWN.match(e)) {
                model.moveSelectedDown();
            } else {
                return;
            }
            e.consume();
        });
    }

    TreeView<StepOutline> node() {
        return tree;
    }

    private StepOutline rootOutline() {
        String title = model.routineField(RoutineField.TITLE).get();
        return new StepOutline(StepPath.ROUTINE, "routine", "Routine: " + (title.isBlank() ? "(no title yet)" : title),
                model.outlineProperty().get());
    }

    /** Labels change in place while the shape stays; a new shape builds the items again. */
    private void update() {
        StepOutline next = rootOutline();
        TreeItem<StepOutline> root = tree.getRoot();
        if (root != null && root.getValue().sameShape(next)) {
            relabel(root, next);
        } else {
            rebuild();
        }
    }

    private static void relabel(TreeItem<StepOutline> item, StepOutline outline) {
        item.setValue(outline);
        for (int i = 0; i < outline.children().size(); i++) {
            relabel(item.getChildren().get(i), outline.children().get(i));
        }
    }

    private void rebuild() {
        syncing = true;
        try {
            tree.setRoot(item(rootOutline()));
        } finally {
            syncing = false;
        }
        select(model.selectedProperty().get());
    }

    private static TreeItem<StepOutline> item(StepOutline outline) {
        TreeItem<StepOutline> item = new TreeItem<>(outline);
        item.setExpanded(true);
        outline.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void select(StepPath path) {
        TreeItem<StepOutline> item = tree.getRoot();
        for (int i : path.indices()) {
            if (item == null || i >= item.getChildren().size()) {
                return;
            }
            item = item.getChildren().get(i);
        }
        if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
            syncing = true;
            try {
                tree.getSelectionModel().select(item);
            } finally {
                syncing = false;
            }
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    /** Where a dragged step lands: in the list {@code list}, before its step {@code index}. */
    record Drop(StepPath list, int index) {

        /**
         * Dropped on {@code target}: into the end of the routine or of a repeat, else before the target (after it,
         * when dropped on its lower half). Empty when the target is the dragged step or inside it.
         */
        static java.util.Optional<Drop> onto(StepOutline target, StepPath dragged, boolean lowerHalf) {
            StepPath at = target.path();
            if (!at.isRoutine() && at.within(dragged)) {
                return java.util.Optional.empty();
            }
            if (at.isRoutine() || target.kind().equals("repeat")) {
                return java.util.Optional.of(new Drop(at, target.children().size()));
            }
            return java.util.Optional.of(new Drop(at.parent(), at.index() + (lowerHalf ? 1 : 0)));
        }
    }

    /** One row: the step's line, marked when it has an error; a drag source and a drop target. */
    private final class StepCell extends TreeCell<StepOutline> {

        private final javafx.scene.control.Label line = new javafx.scene.control.Label();

        StepCell() {
            // Long lines wrap inside the column instead of running off under a scroll bar.
            line.setWrapText(true);
            line.getStyleClass().add("step-line");
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() != null && !getItem().path().isRoutine()) {
                    dragged = getItem().path();
                    ClipboardContent content = new ClipboardContent();
                    content.putString(dragged.number());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (dragged != null && getItem() != null && !getItem().path().within(dragged)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                java.util.Optional<Drop> drop = dragged == null || getItem() == null ? java.util.Optional.empty()
                        : Drop.onto(getItem(), dragged, e.getY() > getHeight() / 2);
                drop.ifPresent(d -> model.drop(dragged, d.list(), d.index()));
                boolean done = drop.isPresent();
                dragged = null;
                e.setDropCompleted(done);
                e.consume();
            });
            setOnDragDone(e -> dragged = null);
        }

        @Override
        protected void updateItem(StepOutline item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(List.of("has-problem", "step-routine", "step-repeat"));
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            setGraphic(line);
            if (item.path().isRoutine()) {
                getStyleClass().add("step-routine");
            } else if (item.kind().equals("repeat")) {
                getStyleClass().add("step-repeat");
            }
            boolean problem = item.path().isRoutine()
                    ? model.checks().diagnostics().stream().anyMatch(d -> d.error() && d.location().step().isRoutine())
                    : model.checks().hasErrorWithin(item.path());
            if (problem) {
                getStyleClass().add("has-problem");
            }
            // A sign as well as the colour, for eyes that do not tell red apart.
            line.setText((problem ? "\u26a0 " : "") + item.label());
        }

        /** The height of the wrapped line in the width left once the row's indent and arrow are drawn. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || getTreeItem() == null) {
                return super.computePrefHeight(width);
            }
            double em = getFont().getSize();
            double w = (width > 0 ? width : tree.getWidth()) - snappedLeftInset() - snappedRightInset()
                    - (tree.getTreeItemLevel(getTreeItem()) * 1.1 + 2.4) * em;
            return snappedTopInset() + line.prefHeight(Math.max(40, w)) + snappedBottomInset();
        }
    }
}
