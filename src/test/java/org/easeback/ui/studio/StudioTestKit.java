package org.easeback.ui.studio;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;
import org.easeback.engine.Plan;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.RoutineDocument;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.PreviewLauncher;
import org.easeback.ui.kit.SameThreadBackgroundTasks;

/** A studio over a temporary data folder with answering questions and recording preview and technique editors. */
final class StudioTestKit {

    /** A preview asked for. */
    record PreviewCall(Plan plan, PreviewLauncher.Speed speed, int fromEntry, IntConsumer back) {
    }

    /** Answers the questions in the order queued; asking one not queued fails the test. */
    static final class Answers implements StudioQuestions {
        final Deque<Object> queued = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Unsaved unsaved(String title) {
            asked.add("unsaved " + title);
            return (Unsaved) next();
        }

        @Override
        public ChangedOnDisk changedOnDisk(String file) {
            asked.add("changed " + file);
            return (ChangedOnDisk) next();
        }

        private Object next() {
            if (queued.isEmpty()) {
                throw new AssertionError("the studio asked a question the test did not expect: " + asked);
            }
            return queued.poll();
        }
    }

    /** Records the technique editor's openings; {@link #back()} returns as the editor would. */
    static final class Techniques implements TechniqueEditing {
        final List<String> opened = new ArrayList<>();
        Runnable back;

        @Override
        public void newTechnique(Runnable back) {
            opened.add("new");
            this.back = back;
        }

        @Override
        public void editTechnique(String id, Runnable back) {
            opened.add(id);
            this.back = back;
        }
    }

    final DataDirectory data;
    final Answers answers = new Answers();
    final List<PreviewCall> previews = new ArrayList<>();
    final Techniques techniques = new Techniques();
    final BackgroundTasks tasks;

    StudioTestKit(Path root) {
        this(root, new SameThreadBackgroundTasks());
    }

    StudioTestKit(Path root, BackgroundTasks tasks) {
        this.data = new DataDirectory(root);
        this.tasks = tasks;
    }

    StudioContext context() {
        return new StudioContext(tasks, data, answers, java.util.Optional.of(
                (plan, speed, from, back) -> previews.add(new PreviewCall(plan, speed, from, back))),
                java.util.Optional.of(techniques));
    }

    /** A studio on a new, blank routine. */
    StudioViewModel blank() {
        return new StudioViewModel(RoutineDocument.blank(data), StudioCatalog.load(data), context(), true);
    }
}
