package org.easeback.ui.studio;

/**
 * The questions the studio asks before it loses or replaces work. An interface so that view-model tests answer
 * them; {@link AlertQuestions} asks with dialogs. Called on the FX thread.
 */
public interface StudioQuestions {

    /** What to do with unsaved changes before leaving the studio or closing the window. */
    enum Unsaved {
        SAVE, DISCARD, CANCEL
    }

    /** What to do when saving finds that another program changed the file. */
    enum ChangedOnDisk {
        OVERWRITE, RELOAD, CANCEL
    }

    /** "Save the changes to {@code title}?" */
    Unsaved unsaved(String title);

    /** "{@code file} was changed by another program since the studio opened it." */
    ChangedOnDisk changedOnDisk(String file);
}
