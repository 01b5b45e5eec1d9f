package org.easeback.ui.studio;

import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.PreviewLauncher;

/**
 * What a studio needs from outside: background work, the data folder it saves in, the questions it asks, and where
 * previews and the technique editor open.
 */
public record StudioContext(BackgroundTasks tasks, DataDirectory data, StudioQuestions questions,
                            PreviewLauncher preview, TechniqueEditing techniques) {
}
