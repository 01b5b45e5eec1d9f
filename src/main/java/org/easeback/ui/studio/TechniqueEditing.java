package org.easeback.ui.studio;

/**
 * Where the routine studio opens the technique editor: a new user technique, or one from the user's catalogs.
 * {@code back} returns to the routine studio, which then reloads the catalog so the new technique can be chosen.
 */
public interface TechniqueEditing {

    /** Opens the editor on a new, blank technique. */
    void newTechnique(Runnable back);

    /** Opens the editor on the user technique {@code id}; bundled techniques are not edited. */
    void editTechnique(String id, Runnable back);
}
