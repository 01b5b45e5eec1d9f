package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Level;
import org.easeback.routine.LoadResult;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineContext;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.TechniqueReference;
import org.junit.jupiter.api.Test;

/** The professional-only check, as a safety rule through the loader's {@code RoutineRule} hook. */
class ProfessionalOnlyRuleTest {

    private static final TechniqueCatalog BUNDLED = TechniqueCatalogLoader.bundled();
    private static final String REASON = BUNDLED.find("deep-tissue").orElseThrow().levelReason();

    private static LoadResult<Routine> load(String json, List<org.easeback.routine.RoutineRule> rules) {
        return new RoutineLoader(BUNDLED, rules).load(json.getBytes(StandardCharsets.UTF_8), Path.of("r.json"));
    }

    private static String routine(String level, String steps) {
        return "{\"format\": \"easeback-routine/1\", \"id\": \"r\", \"title\": \"R\", \"audience\": \"partner\","
                + level + "\n \"steps\": [" + steps + "]}";
    }

    @Test
    void aHomeRoutineNamingAProfessionalTechniqueIsRefusedAtTheTechniqueValue() {
        LoadResult<Routine> result = load(routine("", "\n{\"kind\": \"technique\", \"technique\": \"deep-tissue\","
                + " \"seconds\": 60}"), SafetyRoutineRules.all());
        assertThat(result.valid()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("r.json:3:36: error: "
                + "technique 'deep-tissue' is professional-only and is never guided in a home routine: " + REASON);
    }

    @Test
    void theRefusalIsReportedBesideTheFormatsOwnErrors() {
        LoadResult<Routine> result = load(routine("", "\n{\"kind\": \"technique\", \"technique\": \"deep-tissue\","
                + " \"seconds\": 60},\n{\"kind\": \"info\", \"title\": \"x\", \"instructions\": \"y\", \"seconds\": 0}"),
                SafetyRoutineRules.all());
        assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(3, 4);
        assertThat(result.diagnostics().get(0).message()).contains("is professional-only");
    }

    @Test
    void aRepeatedProfessionalStepIsReportedOncePerPlaceInTheFile() {
        LoadResult<Routine> result = load(routine("", "\n{\"kind\": \"repeat\", \"times\": 3, \"steps\": [\n"
                + "{\"kind\": \"technique\", \"technique\": \"deep-tissue\", \"seconds\": 60}]}"),
                SafetyRoutineRules.all());
        assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
    }

    @Test
    void aProfessionalRoutineMayNameAProfessionalTechnique() {
        LoadResult<Routine> result = load(routine("\"level\": \"professional\",",
                "\n{\"kind\": \"technique\", \"technique\": \"deep-tissue\", \"seconds\": 60}"),
                List.of(SafetyRoutineRules.PROFESSIONAL_ONLY));
        assertThat(result.valid()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void homeTechniquesAndUnknownIdsAreLeftToTheirOwnChecks() {
        RoutineContext context = new RoutineContext(Path.of("r.json"), BUNDLED, Level.HOME, List.of(
                new TechniqueReference("wrist-turn-pull", new SourcePosition(2, 3)),
                new TechniqueReference("no-such-technique", new SourcePosition(3, 3))));
        assertThat(new ProfessionalOnlyRule().checkReferences(context)).isEmpty();
    }

    @Test
    void theSafetyRulesIncludeIt() {
        assertThat(SafetyRoutineRules.all()).contains(SafetyRoutineRules.PROFESSIONAL_ONLY);
    }
}
