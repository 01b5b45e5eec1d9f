package org.easeback.ui.studio;

import java.util.Optional;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.PreviewLauncher;

/**
 * What a studio needs from outside: background work, the data folder it saves in, the questions it asks, and where
 * previews and the technique editor open. A window without a player or a technique editor leaves them empty, and
 * the studio does not offer them.
 */
public record StudioContext(BackgroundTasks tasks, DataDirectory data, StudioQuestions questions,
                            Optional<PreviewLauncher> preview, Optional<TechniqueEditing> techniques) {
}
