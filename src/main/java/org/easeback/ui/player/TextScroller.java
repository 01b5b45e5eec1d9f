package org.easeback.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls long player text by key (↑/↓ a line, Page Up/Page Down a page) and says when there is more: the hint
 * reads "More below: ↓ or Page Down" until the end is in view, then "↑ or Page Up: back to the top".
 */
final class TextScroller {

    /** The hint while text below is hidden. */
    static final String MORE_BELOW = "More below: ↓ or Page Down";
    /** The hint once the end is in view, while text above is hidden. */
    static final String MORE_ABOVE = "↑ or Page Up: back to the top";

    private final ScrollPane pane;
    private final BooleanBinding overflows;
    private final StringBinding hint;

    TextScroller(ScrollPane pane) {
        this.pane = pane;
        overflows = Bindings.createBooleanBinding(
                () -> pane.getContent() != null
                        && pane.getContent().getLayoutBounds().getHeight() > pane.getViewportBounds().getHeight() + 1,
                pane.viewportBoundsProperty(), pane.getContent().layoutBoundsProperty());
        hint = Bindings.createStringBinding(() -> !overflows.get() ? ""
                        : pane.getVvalue() < pane.getVmax() - 1e-3 ? MORE_BELOW : MORE_ABOVE,
                overflows, pane.vvalueProperty(), pane.vmaxProperty());
    }

    /** True while the text is taller than its viewport. */
    BooleanBinding overflows() {
        return overflows;
    }

    /** What to tell the giver about hidden text; empty when everything is in view. */
    StringBinding hint() {
        return hint;
    }

    /** Back to the top, for new text. */
    void toTop() {
        pane.setVvalue(pane.getVmin());
    }

    /** Scrolls by {@code pages} viewports (negative is up); a line is a fifth of a page. */
    void scroll(double pages) {
        double content = pane.getContent().getLayoutBounds().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double range = pane.getVmax() - pane.getVmin();
        double by = pages * viewport * 0.9 / (content - viewport) * range;
        pane.setVvalue(Math.max(pane.getVmin(), Math.min(pane.getVmax(), pane.getVvalue() + by)));
    }

    void lineDown() {
        scroll(0.2);
    }

    void lineUp() {
        scroll(-0.2);
    }

    void pageDown() {
        scroll(1);
    }

    void pageUp() {
        scroll(-1);
    }
}
