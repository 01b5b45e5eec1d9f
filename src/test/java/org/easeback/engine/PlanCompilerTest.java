package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Audience;
import org.easeback.routine.Diagram;
import org.easeback.routine.Level;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.Side;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.profile.ReceiverLoader;
import org.easeback.safety.ProfessionalGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compiled plans of the fixture routines in src/test/resources/plans, and the compiler's guards. */
class PlanCompilerTest {

    private static final Path DIR = Path.of("src/test/resources/plans");
    private static final TechniqueCatalog CATALOG =
            new TechniqueCatalogLoader().load(DIR.resolve("techniques.json")).value().orElseThrow();
    private static final PlanCompiler COMPILER = new PlanCompiler(CATALOG::find);

    private static Routine routine(String name) {
        var result = new RoutineLoader(CATALOG).load(DIR.resolve(name));
        assertThat(result.diagnostics()).as(name).isEmpty();
        return result.value().orElseThrow();
    }

    private static Receiver sam() {
        return new ReceiverLoader().load(DIR.resolve("sam.json")).value().orElseThrow();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "sides.json, , sides.expected.json",
        "check-ins.json, , check-ins.expected.json",
        "sore-spots.json, sam, sore-spots-sam.expected.json",
        "sore-spots.json, , sore-spots-none.expected.json"})
    void planJsonMatchesTheReviewedFixture(String routineFile, String receiver, String expectedFile)
            throws IOException {
        Plan plan = COMPILER.compile(routine(routineFile), "sam".equals(receiver) ? Optional.of(sam())
                : Optional.empty(), PlanSettings.HOME).orElseThrow();
        JsonNode expected = new ObjectMapper().readTree(Files.readString(DIR.resolve(expectedFile)));
        assertThat(new ObjectMapper().readTree(PlanJson.write(plan))).isEqualTo(expected);
    }

    @Test
    void eachSideBecomesALeftThenARightEntryMarkedAsTheSecondSide() {
        Plan plan = COMPILER.compile(routine("sides.json"), Optional.empty(), PlanSettings.HOME).orElseThrow();
        List<PlanEntry> wrist = plan.entries().stream()
                .filter(e -> e.technique().equals(Optional.of("wrist-turn-pull"))).toList();
        assertThat(wrist).extracting(e -> e.side().orElseThrow()).containsExactly(Side.LEFT, Side.RIGHT);
        assertThat(wrist).extracting(PlanEntry::secondSide).containsExactly(false, true);
        assertThat(plan.entries().stream().filter(e -> e.technique().equals(Optional.of("thumb-glide"))))
                .hasSize(4).allSatisfy(e -> assertThat(e.pressure()).contains(Pressure.LIGHT));
    }

    @Test
    void soreSpotsAreHeldLeftThenRightFromLowToHighWithReadableLocations() {
        Plan plan = COMPILER.compile(routine("sore-spots.json"), Optional.of(sam()), PlanSettings.HOME).orElseThrow();
        List<PlanEntry> holds = plan.entries().stream().filter(e -> e.kind() == EntryKind.SORE_SPOT).toList();
        assertThat(holds).extracting(e -> e.location().orElseThrow()).containsExactly(
                "left side, low, beside the spine", "left side, high, beside the spine",
                "right side, low, between the spine and the flank", "right side, middle, beside the spine");
        assertThat(holds).extracting(PlanEntry::secondSide).containsExactly(false, false, true, false);
        assertThat(holds.get(3).instructions()).contains("Sam's note: tight after gardening");
    }

    @Test
    void soreSpotOnTheSpineIsSkippedWithTheReason() {
        Receiver withSpine = new Receiver("Sam", "", List.of(), List.of(), Pressure.GENTLE,
                List.of(new SoreSpot(0.52, 0.5, ""), new SoreSpot(0.3, 0.5, "")));
        Plan plan = COMPILER.compile(routine("sore-spots.json"), Optional.of(withSpine), PlanSettings.HOME)
                .orElseThrow();
        assertThat(plan.entries().stream().filter(e -> e.kind() == EntryKind.SORE_SPOT)).hasSize(1)
                .allSatisfy(e -> assertThat(e.spot()).contains(new MapPoint(0.3, 0.5)));
        assertThat(plan.notes()).singleElement().asString().contains("on the spine");
    }

    @Test
    void withoutSoreSpotsTheStepBecomesAShortInfoSayingWhy() {
        Plan plan = COMPILER.compile(routine("sore-spots.json"), Optional.of(Receiver.guest()), PlanSettings.HOME)
                .orElseThrow();
        PlanEntry skipped = plan.entry(2);
        assertThat(skipped.kind()).isEqualTo(EntryKind.INFO);
        assertThat(skipped.seconds()).hasValue(PlanCompiler.SKIPPED_SORE_SPOTS_SECONDS);
        assertThat(skipped.instructions())
                .containsExactly("No sore spots marked for Guest: skipping the sore-spot holds.");
    }

    @Test
    void receiverPreferenceMayStartLighterButNeverFirmer() {
        Routine r = routine("sides.json");
        Receiver light = new Receiver("Lee", "", List.of(), List.of(), Pressure.LIGHT, List.of());
        Receiver firm = new Receiver("Kim", "", List.of(), List.of(), Pressure.FIRM, List.of());
        assertThat(COMPILER.compile(r, Optional.of(light), PlanSettings.HOME).orElseThrow().entry(1).pressure())
                .contains(Pressure.LIGHT);
        assertThat(COMPILER.compile(r, Optional.of(firm), PlanSettings.HOME).orElseThrow().entry(1).pressure())
                .contains(Pressure.GENTLE);
    }

    @Test
    void professionalTechniqueIsNeverCompiledIntoAHomePlan() {
        Technique deep = new Technique("deep-tissue", "Deep tissue massage", List.of("Trained experts only."),
                Pressure.FIRM, Pressure.FIRM, List.of("lower-back"), List.of("spine"), Level.PROFESSIONAL,
                "It uses increased pressure to reach deep muscles and should only be done with proper training.",
                Audience.PARTNER, List.of(), OptionalInt.empty(), Diagram.NONE);
        Routine r = new Routine("r", "R", Optional.empty(), Optional.empty(), "en", Audience.PARTNER, Level.HOME,
                List.of(), 180, List.of(new Step.Technique("deep-tissue", 60, Side.BOTH, OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), SourcePosition.UNKNOWN)));
        PlanResult result = new PlanCompiler(id -> Optional.of(deep)).compile(r, Optional.empty(), PlanSettings.HOME);
        assertThat(result).isInstanceOfSatisfying(PlanResult.Refused.class, refused -> assertThat(refused.reason())
                .startsWith(ProfessionalGuard.refusal(deep).orElseThrow())
                .contains("Deep tissue massage is not guided in a home session"));
    }

    @Test
    void aRoutineLoadedWithoutTheSafetyRulesStillNeverGuidesAProfessionalTechniqueAtHome() {
        // The professional-only check is a safety rule now; a loader built without the rules accepts the file,
        // and the compiler is what keeps the technique out of a home session.
        TechniqueCatalog bundled = TechniqueCatalogLoader.bundled();
        Routine r = new RoutineLoader(bundled).load(Path.of("src/test/resources/broken/professional-technique.json"))
                .value().orElseThrow();
        Technique deep = bundled.find("deep-tissue").orElseThrow();
        PlanResult result = new PlanCompiler(bundled::find).compile(r, Optional.empty(), PlanSettings.HOME);
        assertThat(result).isInstanceOfSatisfying(PlanResult.Refused.class, refused -> assertThat(refused.reason())
                .isEqualTo(ProfessionalGuard.refusal(deep).orElseThrow()
                        + " Remove it from the routine, or choose a home technique."));
    }

    @Test
    void aProfessionalRoutineNamingAProfessionalTechniqueIsRefusedInAHomeSession() {
        TechniqueCatalog bundled = TechniqueCatalogLoader.bundled();
        String json = """
                {"format": "easeback-routine/1", "id": "pro", "title": "Studio routine", "audience": "partner",
                 "level": "professional",
                 "steps": [{"kind": "technique", "technique": "deep-tissue", "seconds": 60}]}
                """;
        Routine r = new RoutineLoader(bundled, org.easeback.safety.SafetyRoutineRules.all())
                .load(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Path.of("pro.json"))
                .value().orElseThrow();
        PlanResult result = new PlanCompiler(bundled::find).compile(r, Optional.empty(), PlanSettings.HOME);
        assertThat(result).isInstanceOfSatisfying(PlanResult.Refused.class, refused -> assertThat(refused.reason())
                .startsWith("\"Studio routine\" is a professional routine and is not guided in a home session."));
    }

    @Test
    void unknownTechniqueIsRefusedWithTheId() {
        Routine r = new Routine("r", "R", Optional.empty(), Optional.empty(), "en", Audience.PARTNER, Level.HOME,
                List.of(), 180, List.of(new Step.SoreSpots("nope", 5, SourcePosition.UNKNOWN)));
        PlanResult result = COMPILER.compile(r, Optional.empty(), PlanSettings.HOME);
        assertThat(result.compiledPlan()).isEmpty();
        assertThat(((PlanResult.Refused) result).reason()).contains("'nope'").contains("catalog");
    }

    @Test
    void stricterSettingAddsCheckIns() {
        Plan relaxed = COMPILER.compile(routine("sides.json"), Optional.empty(), PlanSettings.HOME).orElseThrow();
        Plan strict = COMPILER.compile(routine("sides.json"), Optional.empty(),
                PlanSettings.homeWithCheckInEvery(30)).orElseThrow();
        assertThat(strict.entries().stream().filter(PlanEntry::checkIn).count())
                .isGreaterThan(relaxed.entries().stream().filter(PlanEntry::checkIn).count());
        assertThat(strict.totalSeconds()).isEqualTo(relaxed.totalSeconds());
    }
}
