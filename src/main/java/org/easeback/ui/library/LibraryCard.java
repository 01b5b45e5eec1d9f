package org.easeback.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.easeback.routine.Audience;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary.Origin;
import org.easeback.routine.Technique;
import org.easeback.safety.ProfessionalGuard;
import org.easeback.ui.kit.LibraryContents.BrokenKind;
import org.easeback.ui.kit.LibraryContents.BrokenRoutine;

/** One card in the library: a routine to start, a file that failed to load, or a technique to read about. */
public sealed interface LibraryCard {

    /** The card's heading. */
    String title();

    /** What identifies the card across reloads: a routine's id, a file's path, a technique's id. */
    String key();

    /** True if the card passes the search text and filters. */
    boolean matches(String search, AudienceFilter audience, LengthFilter length);

    /**
     * A routine that can be started.
     *
     * @param origin bundled with Easeback or the user's own
     * @param file   where it was loaded from; empty for a routine built in code
     */
    record RoutineCard(Routine routine, int totalSeconds, Origin origin, Optional<Path> file) implements LibraryCard {

        /** A bundled routine with no file (built in code). */
        public RoutineCard(Routine routine, int totalSeconds) {
            this(routine, totalSeconds, Origin.BUNDLED, Optional.empty());
        }

        @Override
        public String title() {
            return routine.title();
        }

        @Override
        public String key() {
            return routineKey(routine.id());
        }

        /** "Yours · by NAME", or "Yours" when it names no author; empty for a bundled routine. */
        public String ownerLabel() {
            if (origin != Origin.USER) {
                return "";
            }
            return routine.author().map(String::strip).filter(a -> !a.isEmpty()).map(a -> "Yours · by " + a)
                    .orElse("Yours");
        }

        /** "Partner" or "Self". */
        public String audienceLabel() {
            return routine.audience() == Audience.PARTNER ? "Partner" : "Self";
        }

        /** For example "32 min". */
        public String durationLabel() {
            return DurationText.minutes(totalSeconds);
        }

        public String levelLabel() {
            return routine.level() == Level.HOME ? "Home" : "Professional only";
        }

        /** The equipment list as one line, or "No equipment". */
        public String equipmentLabel() {
            return routine.equipment().isEmpty() ? "No equipment" : String.join(", ", routine.equipment());
        }

        @Override
        public boolean matches(String search, AudienceFilter audience, LengthFilter length) {
            return audience.admits(routine.audience()) && length.admits(totalSeconds)
                    && contains(search, routine.title(), routine.summary().orElse(""),
                    String.join(" ", routine.equipment()), routine.author().orElse(""));
        }
    }

    /** A routine file the loader refused; shown whatever the filters (only a search hides it), so its author sees why. */
    record BrokenCard(BrokenRoutine broken) implements LibraryCard {

        /** How many problems a user's broken file shows on its card; the studio lists them all. */
        static final int SHOWN_PROBLEMS = 3;

        @Override
        public String title() {
            return "Could not load " + broken.file().getFileName();
        }

        @Override
        public String key() {
            return "file:" + broken.file();
        }

        /** True for the user's own broken files, which come first, in plain sentences. */
        public boolean isUsers() {
            return broken.isUsers();
        }

        /** True for a user's routine the studio can open to fix; a catalog or a bundled file is not. */
        public boolean fixableInStudio() {
            return broken.isUsers() && broken.kind() == BrokenKind.ROUTINE;
        }

        /** One PATH:LINE:COL line per problem. */
        public List<String> diagnosticLines() {
            return broken.diagnostics().stream().map(Diagnostic::format).toList();
        }

        /** The first problems as sentences: "Line 12, column 20: Unknown technique 'thumb-glid'; …". */
        public List<String> firstProblems() {
            return broken.diagnostics().stream().limit(SHOWN_PROBLEMS).map(BrokenCard::sentence).toList();
        }

        /** How many problems {@link #firstProblems()} leaves out. */
        public int moreProblems() {
            return Math.max(0, broken.diagnostics().size() - SHOWN_PROBLEMS);
        }

        /** What the user can do about it, in a sentence or two; {@code studio} says whether the studio is offered. */
        public String advice(boolean studio) {
            if (broken.kind() == BrokenKind.CATALOG) {
                return "This technique catalog of yours was not loaded, so routines that use its techniques cannot "
                        + "load either. Fix it in a text editor; easeback validate lists every problem.";
            }
            return studio ? "This routine of yours was not loaded. Open it in the studio to fix it (Enter or Ctrl+E)."
                    : "This routine of yours was not loaded. Fix it in a text editor; easeback validate lists every "
                    + "problem.";
        }

        private static String sentence(Diagnostic d) {
            String message = d.message().isEmpty() ? d.message()
                    : Character.toUpperCase(d.message().charAt(0)) + d.message().substring(1);
            if (!message.endsWith(".") && !message.endsWith("?") && !message.endsWith("!")) {
                message += ".";
            }
            String warning = d.severity() == Diagnostic.Severity.WARNING ? "Warning: " : "";
            return d.line() <= 1 && d.column() <= 1 ? warning + message
                    : "Line " + d.line() + ", column " + d.column() + ": " + warning + message;
        }

        @Override
        public boolean matches(String search, AudienceFilter audience, LengthFilter length) {
            return contains(search, broken.file().toString(), String.join(" ", diagnosticLines()));
        }
    }

    /** A professional-only technique: what it is and why it is not guided at home. */
    record TechniqueCard(Technique technique) implements LibraryCard {

        @Override
        public String title() {
            return technique.name();
        }

        @Override
        public String key() {
            return "technique:" + technique.id();
        }

        /** What the technique is (the safety module's information card). */
        public String whatItIs() {
            return ProfessionalGuard.infoCard(technique).whatItIs();
        }

        /** Why a trained professional should give it. */
        public String whyProfessional() {
            return ProfessionalGuard.infoCard(technique).whyProfessional();
        }

        @Override
        public boolean matches(String search, AudienceFilter audience, LengthFilter length) {
            return length == LengthFilter.ANY && audience.admits(technique.audience())
                    && contains(search, technique.name(), whatItIs());
        }
    }

    /** The key of the routine card for {@code routineId}. */
    static String routineKey(String routineId) {
        return "routine:" + routineId;
    }

    private static boolean contains(String search, String... fields) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        for (String field : fields) {
            if (field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
