package org.easeback.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.SourcePointers;

/**
 * Checks a draft the way {@code validate} checks a file, through the same loader and rules, and compiles its plan
 * the way a session would. A pure function of the request: safe to run on any one worker thread.
 */
public final class DraftChecker {

    private final RoutineLoader loader;
    private final Optional<Receiver> receiver;
    private final Map<String, Path> otherRoutines;

    /**
     * @param loader        the loader {@code validate} would use: the merged catalog and every routine rule
     * @param receiver      whose sore spots the plan holds; empty plans without a receiver
     * @param otherRoutines the ids of the library's other routines and their files, which this one may not reuse
     */
    public DraftChecker(RoutineLoader loader, Optional<Receiver> receiver, Map<String, Path> otherRoutines) {
        this.loader = loader;
        this.receiver = receiver;
        this.otherRoutines = Map.copyOf(otherRoutines);
    }

    /** The diagnostics and the plan of the draft text in {@code request}. */
    public DraftReport check(DraftCheckRequest request) {
        byte[] json = request.json();
        LoadResult<Routine> loaded = loader.load(json, request.file());
        List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
        SourcePointers pointers = SourcePointers.of(json);
        Optional<Routine> routine = loaded.value();
        if (routine.isPresent()) {
            Path other = otherRoutines.get(routine.get().id());
            if (other != null && !other.equals(request.file())) {
                int[] at = idPosition(json);
                found.add(Diagnostic.error(request.file(), at[0], at[1],
                        RoutineLibrary.duplicateId(routine.get().id(), other)));
            }
        }
        List<DraftDiagnostic> located = found.stream()
                .map(d -> new DraftDiagnostic(d, pointers.of(d).map(DraftLocation::ofPointer)
                        .orElse(DraftLocation.ROUTINE)))
                .toList();
        boolean errors = located.stream().anyMatch(DraftDiagnostic::error);
        if (routine.isEmpty() || errors) {
            return new DraftReport(request.sequence(), located, Optional.empty(), Optional.empty());
        }
        PlanResult plan = new PlanCompiler(loader.catalog()::find).compile(routine.get(), receiver, PlanSettings.HOME);
        if (plan instanceof PlanResult.Refused refused) {
            return new DraftReport(request.sequence(), located, Optional.empty(), Optional.of(refused.reason()));
        }
        return new DraftReport(request.sequence(), located, Optional.of(PlanPreview.of(plan.orElseThrow(), routine.get(), receiver)),
                Optional.empty());
    }

    /** Where "id" sits in canonical draft text: its value on the line that names it. */
    private static int[] idPosition(byte[] json) {
        String[] lines = new String(json, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("\"id\": ");
            if (at >= 0 && lines[i].startsWith("  \"")) {
                return new int[] {i + 1, at + 7};
            }
        }
        return new int[] {1, 1};
    }
}
