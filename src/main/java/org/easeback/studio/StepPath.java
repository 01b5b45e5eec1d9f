package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a step sits in a draft's tree: the index in the routine's steps, then in each repeat's steps. The empty path
 * is the routine itself.
 */
public record StepPath(List<Integer> indices) {

    /** The routine itself, above every step. */
    public static final StepPath ROUTINE = new StepPath(List.of());

    public StepPath {
        indices = List.copyOf(indices);
        if (indices.stream().anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException("a step index cannot be negative: " + indices);
        }
    }

    /** The path of the given indices, outermost first. */
    public static StepPath of(int... indices) {
        List<Integer> list = new ArrayList<>();
        for (int i : indices) {
            list.add(i);
        }
        return new StepPath(list);
    }

    public boolean isRoutine() {
        return indices.isEmpty();
    }

    public int depth() {
        return indices.size();
    }

    /** The path of the list this step is in: the routine or a repeat. */
    public StepPath parent() {
        requireStep();
        return new StepPath(indices.subList(0, indices.size() - 1));
    }

    /** This step's index in its list. */
    public int index() {
        requireStep();
        return indices.get(indices.size() - 1);
    }

    /** The step at {@code index} inside this one (a repeat), or in the routine's steps for {@link #ROUTINE}. */
    public StepPath child(int index) {
        List<Integer> list = new ArrayList<>(indices);
        list.add(index);
        return new StepPath(list);
    }

    /** The sibling at {@code index} of the same list. */
    public StepPath withIndex(int index) {
        return parent().child(index);
    }

    /** True if this path is {@code other} or lies inside it. */
    public boolean within(StepPath other) {
        return indices.size() >= other.indices.size() && indices.subList(0, other.indices.size()).equals(other.indices);
    }

    /** The step number as messages say it: "4.2" for the second step inside step 4. */
    public String number() {
        return String.join(".", indices.stream().map(i -> Integer.toString(i + 1)).toList());
    }

    private void requireStep() {
        if (indices.isEmpty()) {
            throw new IllegalStateException("the routine itself has no parent");
        }
    }

    @Override
    public String toString() {
        return isRoutine() ? "routine" : "step " + number();
    }
}
