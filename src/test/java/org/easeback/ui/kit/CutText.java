package org.easeback.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds text that a screen cuts with an ellipsis: each showing Labeled whose drawn text differs from its text. */
public final class CutText {

    private CutText() {
    }

    /** Every cut Labeled under {@code root}, described with {@code where}; call it on the FX thread. */
    public static List<String> in(Parent root, String where) {
        return in(root, where, l -> true);
    }

    /** The same, for the Labeleds that {@code which} accepts. */
    public static List<String> in(Parent root, String where, Predicate<Labeled> which) {
        root.applyCss();
        root.layout();
        List<String> out = new ArrayList<>();
        collect(root, where, which, out);
        return out;
    }

    private static void collect(Node node, String where, Predicate<Labeled> which, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                && l.getText() != null && !l.getText().isEmpty() && which.test(l)) {
            String shown = rendered(l);
            if (!written(l).equals(shown)) {
                out.add(where + ": \"" + l.getText() + "\" shows as \"" + shown + "\" (" + l.getStyleClass() + ")");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, where, which, out);
            }
        }
    }

    /** The text as it should be drawn: "_Library" is drawn "Library", with the L underlined. */
    private static String written(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?!_)", "") : l.getText();
    }

    /** The text the label's skin actually draws: its LabeledText child, not a graphic that is a Text (an icon). */
    private static String rendered(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child != l.getGraphic()) {
                return t.getText();
            }
        }
        return "";
    }
}
