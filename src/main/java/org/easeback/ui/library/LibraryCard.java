package org.easeback.ui.library;

import java.util.List;
import java.util.Locale;
import org.easeback.routine.Audience;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.Technique;
import org.easeback.safety.ProfessionalGuard;
import org.easeback.ui.kit.LibraryContents.BrokenRoutine;

/** One card in the library: a routine to start, a file that failed to load, or a technique to read about. */
public sealed interface LibraryCard {

    /** The card's heading. */
    String title();

    /** True if the card passes the search text and filters. */
    boolean matches(String search, AudienceFilter audience, LengthFilter length);

    /** A routine that can be started. */
    record RoutineCard(Routine routine, int totalSeconds) implements LibraryCard {

        @Override
        public String title() {
            return routine.title();
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
                    String.join(" ", routine.equipment()));
        }
    }

    /** A routine file the loader refused; shown whatever the filters (only a search hides it), so its author sees why. */
    record BrokenCard(BrokenRoutine broken) implements LibraryCard {

        @Override
        public String title() {
            return "Could not load " + broken.file().getFileName();
        }

        /** One PATH:LINE:COL line per problem. */
        public List<String> diagnosticLines() {
            return broken.diagnostics().stream().map(Diagnostic::format).toList();
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
