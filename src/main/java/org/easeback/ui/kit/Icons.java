package org.easeback.ui.kit;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Material icons that grow with the text beside them. Ikonli's {@code -fx-icon-size} takes pixels only (an em value
 * compounds on itself), so the icon follows its label's font size, which CSS sets: styling stays in app.css.
 */
public final class Icons {

    private Icons() {
    }

    /** Sets {@code ikon} as the graphic of {@code owner}, sized 1.15× its font. Returns the owner. */
    public static <T extends Labeled> T on(T owner, Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        // Set, not bound: the theme also styles -fx-icon-size, and CSS cannot set a bound property.
        Runnable resize = () -> icon.setIconSize((int) Math.round(owner.getFont().getSize() * 1.15));
        owner.fontProperty().addListener((obs, old, font) -> resize.run());
        resize.run();
        owner.setGraphic(icon);
        return owner;
    }
}
