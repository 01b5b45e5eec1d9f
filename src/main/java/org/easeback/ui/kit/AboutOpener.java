package org.easeback.ui.kit;

/** Opens the About overlay over the current screen; screens get one instead of knowing who draws it. */
@FunctionalInterface
public interface AboutOpener {

    void showAbout();
}
