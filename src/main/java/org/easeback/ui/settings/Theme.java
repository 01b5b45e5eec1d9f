package org.easeback.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.paint.Color;

/** The app's two looks: dark for a dim massage room (the default), light for daylight. */
public enum Theme {
    DARK("dark", "Dark"), LIGHT("light", "Light");

    private final String jsonName;
    private final String label;

    Theme(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    /** Makes this theme the user-agent stylesheet of every window (AtlantaFX Primer). */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The window's fill before and behind the first paint: Primer's page background, so a dark start is dark. */
    public Color background() {
        return this == DARK ? Color.web("#0d1117") : Color.web("#ffffff");
    }

    /** The theme named {@code name} in a settings file, or DARK for anything else. */
    public static Theme fromJson(String name) {
        return LIGHT.jsonName.equals(name) ? LIGHT : DARK;
    }
}
