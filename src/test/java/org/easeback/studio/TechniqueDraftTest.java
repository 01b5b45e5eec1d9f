package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.TechniqueWriter;
import org.junit.jupiter.api.Test;

/** Writing a technique of one's own: fields, the stroke diagram drawn point by point, and validate's words. */
class TechniqueDraftTest {

    private static final Path FILE = Path.of("techniques/palm-press.json");

    private static TechniqueChecker checker() {
        return new TechniqueChecker(TechniqueCatalogLoader.bundled(), Map.of());
    }

    private static TechniqueDraft palmPress(JobHistory h) {
        TechniqueDraft d = TechniqueDraft.blank();
        h.execute(SetFieldJob.of(d, TechniqueField.ID, "palm-press"));
        h.execute(SetFieldJob.of(d, TechniqueField.NAME, "Palm press"));
        h.execute(SetFieldJob.of(d, TechniqueField.INSTRUCTIONS, "Rest your palm beside the spine.\n"
                + "Press gently and slide up."));
        h.execute(SetFieldJob.of(d, TechniqueField.STROKES_PER_MINUTE, "10"));
        h.execute(((DiagramPointJob.Edit.Allowed) DiagramPointJob.add(d, TechniqueDraft.Points.HANDS, 0,
                new MapPoint(0.35, 0.7))).job());
        h.execute(((DiagramPointJob.Edit.Allowed) DiagramPointJob.add(d, TechniqueDraft.Points.PATH, 0,
                new MapPoint(0.35, 0.7))).job());
        h.execute(((DiagramPointJob.Edit.Allowed) DiagramPointJob.add(d, TechniqueDraft.Points.PATH, 1,
                new MapPoint(0.35, 0.2))).job());
        return d;
    }

    @Test
    void aTechniqueWrittenInTheStudioLoadsAsACatalogThatPassesEveryRule() {
        TechniqueDraft d = palmPress(new JobHistory());
        assertThat(checker().check(d.write(), FILE)).isEmpty();
        Technique t = new TechniqueCatalogLoader(CatalogSafety.rules()).load(d.write(), FILE).value().orElseThrow()
                .find("palm-press").orElseThrow();
        assertThat(t.instructions()).hasSize(2);
        assertThat(t.diagram().path()).containsExactly(new MapPoint(0.35, 0.7), new MapPoint(0.35, 0.2));
        assertThat(TechniqueDraft.of(t).write()).isEqualTo(d.write());
    }

    @Test
    void everyBundledTechniqueOpensAsADraftAndWritesBackUnchanged() {
        for (Technique t : TechniqueCatalogLoader.bundled().techniques()) {
            assertThat(TechniqueDraft.of(t).write()).isEqualTo(TechniqueWriter.write(java.util.List.of(t)));
        }
    }

    @Test
    void aPointOnTheSpineOrABoneOrAStrokeAcrossTheSpineIsRefusedWithTheBackMapsWords() {
        TechniqueDraft d = palmPress(new JobHistory());
        assertThat(DiagramPointJob.add(d, TechniqueDraft.Points.PATH, 2, new MapPoint(0.5, 0.2)))
                .isEqualTo(new DiagramPointJob.Edit.Refused(org.easeback.safety.BackMap.SPINE.refusal()));
        assertThat(DiagramPointJob.move(d, TechniqueDraft.Points.PATH, 1, new MapPoint(0.5, 0.95)))
                .isInstanceOf(DiagramPointJob.Edit.Refused.class);
        assertThat(((DiagramPointJob.Edit.Refused) DiagramPointJob.add(d, TechniqueDraft.Points.PATH, 2,
                new MapPoint(0.05, 0.95))).reason()).contains("hip bone");
        assertThat(((DiagramPointJob.Edit.Refused) DiagramPointJob.add(d, TechniqueDraft.Points.PATH, 2,
                new MapPoint(0.7, 0.2))).reason()).contains("the stroke crosses the spine");
        assertThat(d.points(TechniqueDraft.Points.PATH)).hasSize(2);
    }

    @Test
    void pointEditsUndoAndRedo() {
        JobHistory h = new JobHistory();
        TechniqueDraft d = palmPress(h);
        byte[] before = d.write();
        h.execute(((DiagramPointJob.Edit.Allowed) DiagramPointJob.move(d, TechniqueDraft.Points.PATH, 1,
                new MapPoint(0.3, 0.3))).job());
        h.execute(DiagramPointJob.remove(d, TechniqueDraft.Points.PATH, 0));
        assertThat(h.undoDescription()).contains("Remove stroke point 1");
        assertThat(d.points(TechniqueDraft.Points.PATH)).containsExactly(new MapPoint(0.3, 0.3));
        h.undo();
        h.undo();
        assertThat(d.write()).isEqualTo(before);
        h.redo();
        assertThat(d.points(TechniqueDraft.Points.PATH).get(1)).isEqualTo(new MapPoint(0.3, 0.3));
        while (h.undo()) {
            // back to the blank draft
        }
        assertThat(d.write()).isEqualTo(TechniqueDraft.blank().write());
    }

    @Test
    void diagnosticsPointAtTheFieldAndAtTheDiagramPoint() {
        TechniqueDraft d = palmPress(new JobHistory());
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, TechniqueField.ID, "thumb-glide"));
        h.execute(SetFieldJob.of(d, TechniqueField.PRESSURE, "hard"));
        h.execute(SetFieldJob.of(d, TechniqueField.MOTION, "wiggle"));
        assertThat(checker().check(d.write(), FILE)).extracting(TechniqueDiagnostic::field)
                .containsExactlyInAnyOrder("pressure", "motion", "id");
        assertThat(checker().check(d.write(), FILE)).extracting(TechniqueDiagnostic::message)
                .anyMatch(m -> m.startsWith("technique id 'thumb-glide' is a bundled technique"));
    }
}
