package org.easeback.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The studio's keys, caught before any field sees them, so that Ctrl+Z undoes the studio's last edit (not only a
 * text field's typing) and Esc leaves from anywhere. Delete and Alt+↑/↓ belong to the tree, where they cannot
 * clash with editing text.
 */
final class StudioKeys {

    private final StudioView view;
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();

    StudioKeys(StudioView view) {
        this.view = view;
        StudioViewModel model = view.model();
        keys.put(shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN), model::redo);
        keys.put(shortcut(KeyCode.Z), model::undo);
        keys.put(shortcut(KeyCode.Y), model::redo);
        keys.put(shortcut(KeyCode.S), view::save);
        keys.put(shortcut(KeyCode.D), model::duplicateSelected);
        keys.put(shortcut(KeyCode.ENTER), view::showPicker);
        keys.put(new KeyCodeCombination(KeyCode.INSERT), view::showPicker);
        keys.put(new KeyCodeCombination(KeyCode.F5), view::preview);
        keys.put(new KeyCodeCombination(KeyCode.F8), view::nextProblem);
        keys.put(shortcut(KeyCode.T), view::newTechnique);
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), view::leave);
    }

    private static KeyCombination shortcut(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(code, all);
    }

    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        if (view.pickerShowing() && (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER)) {
            return; // the add-step list answers these itself
        }
        for (Map.Entry<KeyCombination, Runnable> k : keys.entrySet()) {
            if (k.getKey().match(e)) {
                view.model().endTyping();
                k.getValue().run();
                e.consume();
                return;
            }
        }
    }
}
