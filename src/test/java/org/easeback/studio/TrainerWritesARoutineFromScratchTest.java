package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.easeback.engine.EntryKind;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.routine.MapPoint;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.share.ImportCheck;
import org.easeback.studio.share.ShareExport;
import org.easeback.studio.share.ShareImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story without a screen: a trainer writes a technique of their own and a partner routine with a repeat
 * and sore-spot holds, sees it check clean with a live plan, saves it, shares it, and it plays on another data folder.
 */
class TrainerWritesARoutineFromScratchTest {

    @Test
    void fromATechniqueOfTheirOwnToARoutineThatPlaysOnAnotherDataFolder(@TempDir Path a, @TempDir Path b)
            throws Exception {
        DataDirectory data = new DataDirectory(a);
        TechniqueDocument technique = TechniqueDocument.blank(data);
        JobHistory th = technique.history();
        TechniqueDraft t = technique.draft();
        th.execute(SetFieldJob.of(t, TechniqueField.ID, "palm-circles"));
        th.execute(SetFieldJob.of(t, TechniqueField.NAME, "Palm circles"));
        th.execute(SetFieldJob.of(t, TechniqueField.INSTRUCTIONS, "Circle slowly with a flat palm beside "
                + "the spine.\nKeep the pressure gentle."));
        for (MapPoint p : new MapPoint[] {new MapPoint(0.3, 0.7), new MapPoint(0.35, 0.5), new MapPoint(0.3, 0.3)}) {
            th.execute(((DiagramPointJob.Edit.Allowed) DiagramPointJob.add(t, TechniqueDraft.Points.PATH,
                    t.points(TechniqueDraft.Points.PATH).size(), p)).job());
        }
        assertThat(technique.checker(CatalogSafety.bundledOrEmpty(), CatalogSafety.userCatalogs(data))
                .check(t.write(), technique.file())).isEmpty();
        technique.save();

        RoutineDocument doc = RoutineDocument.blank(data);
        RoutineDraft d = doc.draft();
        JobHistory h = doc.history();
        h.execute(SetFieldJob.of(d, RoutineField.ID, "evening-partner"));
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "Evening partner massage"));
        h.execute(SetFieldJob.of(d, RoutineField.AUTHOR, "Jo Smith"));
        String[][] steps = {{"setup", "title", "Lie face down", "instructions", "Lie on your stomach with a pillow "
                + "under the chest."}, {"oil", "title", "Warm the oil", "instructions", "Rub some oil between your "
                + "hands to warm it."}, {"technique", "technique", "oil-spread"}, {"check-in"}, {"repeat"},
            {"sore-spots"}, {"technique", "technique", "closing-rock"}, {"info", "title", "When to see a doctor",
                "instructions", "Stop at any significant pain and recommend seeing a doctor."}};
        for (String[] s : steps) {
            StepPath at = StepPath.of(d.steps().size());
            h.execute(AddStepJob.newStep(d, at, s[0]));
            for (int i = 1; i + 1 < s.length; i += 2) {
                h.execute(SetFieldJob.of(d, at, s[i], s[i + 1]));
            }
        }
        h.execute(AddStepJob.newStep(d, StepPath.of(4, 0), "technique"));
        h.execute(SetFieldJob.of(d, StepPath.of(4, 0), "technique", "palm-circles"));
        h.execute(SetFieldJob.of(d, StepPath.of(4, 0), "side", "each"));

        RoutineLoader loader = new RoutineLoader(CatalogSafety.userCatalogs(data).merged(), SafetyRoutineRules.all());
        DraftReport report = new DraftChecker(loader, Optional.empty(), Map.of())
                .check(DraftCheckRequest.of(1, d, doc.file()));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.plan().orElseThrow().plan().entries()).extracting(e -> e.technique().orElse(""))
                .contains("palm-circles");
        doc.save(false);

        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        assertThat(library.broken()).isEmpty();
        byte[] share = ShareExport.export(library, "evening-partner", CatalogSafety.bundledOrEmpty());
        DataDirectory other = new DataDirectory(b);
        ((ImportCheck.Ready) ShareImport.check(share, Path.of("evening.share.json"), other)).keepBoth().commit(other);
        RoutineLibrary there = RoutineLibrary.load(other, SafetyRoutineRules.all(), CatalogSafety.rules());
        var receiver = new org.easeback.profile.Receiver("Sam", "", java.util.List.of(), java.util.List.of(),
                org.easeback.routine.Pressure.GENTLE, java.util.List.of(new org.easeback.profile.SoreSpot(0.35, 0.5,
                        "")));
        var plan = new PlanCompiler(there.catalog()::find).compile(there.find("evening-partner").orElseThrow(),
                Optional.of(receiver), PlanSettings.HOME).orElseThrow();
        assertThat(plan.entries()).extracting(e -> e.kind()).contains(EntryKind.SORE_SPOT);
        assertThat(plan.entries()).filteredOn(e -> e.technique().equals(Optional.of("palm-circles"))).hasSize(4);
        assertThat(Files.readString(b.resolve("techniques/palm-circles.json"))).contains("Palm circles");
        assertThat(Set.copyOf(there.catalog().ids())).contains("palm-circles");
    }
}
