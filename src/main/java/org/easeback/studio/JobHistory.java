package org.easeback.studio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo stacks of one draft, with a "saved at" mark for the unsaved-changes question, and typing in one
 * field kept as one undo step until the trainer leaves the field ({@link #endTyping()}) or saves.
 */
public final class JobHistory {

    /** A job and the state of the draft it leads to; states count up, 0 is the draft as opened. */
    private record Done(StudioJob job, long state) {
    }

    private final Deque<Done> undo = new ArrayDeque<>();
    private final Deque<Done> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long nextState = 1;
    private long savedState;
    private boolean typing;

    /** Runs {@code job} and makes it the next to undo; a job that changes nothing is dropped. True if it ran. */
    public boolean execute(StudioJob job) {
        if (job.changesNothing()) {
            return false;
        }
        job.execute();
        redo.clear();
        Done top = undo.peek();
        Optional<StudioJob> merged = typing && top != null && top.state() != savedState
                ? top.job().coalesce(job) : Optional.empty();
        if (merged.isPresent()) {
            undo.pop();
            undo.push(new Done(merged.get(), nextState++));
        } else {
            undo.push(new Done(job, nextState++));
        }
        typing = job.isTyping();
        changed();
        return true;
    }

    /** Undoes the last job; false if there is none. */
    public boolean undo() {
        Done done = undo.poll();
        if (done == null) {
            return false;
        }
        done.job().undo();
        redo.push(done);
        typing = false;
        changed();
        return true;
    }

    /** Redoes the last undone job; false if there is none. */
    public boolean redo() {
        Done done = redo.poll();
        if (done == null) {
            return false;
        }
        done.job().redo();
        undo.push(done);
        typing = false;
        changed();
        return true;
    }

    /** The next edit starts its own undo step, even in the same field (focus left it). */
    public void endTyping() {
        typing = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, for the menu: "Set title". */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(d -> d.job().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(d -> d.job().description());
    }

    /** The draft as it is now has been saved. */
    public void markSaved() {
        markSaved(mark());
    }

    /** Where the draft stands now, to mark as saved once a save begun now has finished ({@link #markSaved(long)}). */
    public long mark() {
        return state();
    }

    /**
     * The draft as it stood at {@code mark} has been saved: edits made while the file was being written stay
     * unsaved.
     */
    public void markSaved(long mark) {
        savedState = mark;
        typing = false;
        changed();
    }

    /** Where the draft stands now in the history, for {@link #markSavedAt(long)} after a save in the background. */
    public long position() {
        return state();
    }

    /**
     * The draft as it stood at {@code position} (from {@link #position()}) has been saved: a save written in the
     * background while the trainer kept typing leaves the later edits unsaved.
     */
    public void markSavedAt(long position) {
        savedState = position;
        if (position == state()) {
            typing = false;
        }
        changed();
    }

    /** True if the draft differs from what was last saved (or opened): closing must ask first. */
    public boolean dirty() {
        return state() != savedState;
    }

    /** Called after every change of the stacks or the saved mark, for the screen to refresh. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private long state() {
        Done top = undo.peek();
        return top == null ? 0 : top.state();
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
