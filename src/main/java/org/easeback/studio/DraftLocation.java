package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a draft a diagnostic is about: a step (or the routine, {@link StepPath#ROUTINE}) and one of its
 * fields by file name ("seconds", "checkInEverySeconds"), or "" for the step or routine as a whole.
 */
public record DraftLocation(StepPath step, String field) {

    /** The whole routine, for diagnostics that point at no field. */
    public static final DraftLocation ROUTINE = new DraftLocation(StepPath.ROUTINE, "");

    /** The location a JSON pointer of the draft's text names, such as {@code /steps/3/steps/0/seconds}. */
    public static DraftLocation ofPointer(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String t : pointer.split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        tokens = tokens.isEmpty() ? tokens : tokens.subList(1, tokens.size());
        List<Integer> path = new ArrayList<>();
        int i = 0;
        while (i + 1 < tokens.size() && tokens.get(i).equals("steps") && tokens.get(i + 1).matches("[0-9]{1,6}")) {
            path.add(Integer.parseInt(tokens.get(i + 1)));
            i += 2;
        }
        String field = i < tokens.size() ? tokens.get(i) : "";
        if (path.isEmpty() && field.equals("safety") && i + 1 < tokens.size()) {
            field = tokens.get(i + 1);
        }
        return new DraftLocation(new StepPath(path), field);
    }
}
