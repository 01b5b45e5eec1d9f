package org.easeback.studio;

import java.util.Optional;

/**
 * One edit of a draft, as an object that can do, undo and redo itself (Scene Builder's jobs). A job changes only the
 * part of the draft it names and remembers only what it needs to put it back.
 */
public sealed interface StudioJob permits SetFieldJob, AddStepJob, RemoveStepJob,
        MoveStepJob, DiagramPointJob {

    /** Makes the change. */
    void execute();

    /** Puts back what {@link #execute()} changed; called only right after it or after {@link #redo()}. */
    void undo();

    /** Makes the change again after an undo. */
    default void redo() {
        execute();
    }

    /** What the edit menu says: "Undo " + description, for example "Undo Set title". */
    String description();

    /** True if executing it would change nothing (typing the same text again). */
    default boolean changesNothing() {
        return false;
    }

    /** True for typing in a field: consecutive typing in one field may be undone as one step. */
    default boolean isTyping() {
        return false;
    }

    /**
     * This job and {@code next}, already executed one after the other, as one job, when {@code next} continues
     * typing in the same field; empty otherwise.
     */
    default Optional<StudioJob> coalesce(StudioJob next) {
        return Optional.empty();
    }
}
