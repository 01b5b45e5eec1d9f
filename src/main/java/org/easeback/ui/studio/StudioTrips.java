package org.easeback.ui.studio;

import java.util.Optional;
import org.easeback.studio.PlanPreview;
import org.easeback.studio.StepPath;
import org.easeback.ui.kit.PreviewLauncher;

/**
 * The studio's trips out and back: leaving (asking first about unsaved edits), a preview in the player that comes
 * back to the step it stopped at, and the technique editor, after which the catalog is read again.
 */
public final class StudioTrips {

    private final StudioViewModel model;

    StudioTrips(StudioViewModel model) {
        this.model = model;
    }


    /** Esc, Library or closing the window: asks first when there are unsaved edits, then runs {@code go}. */
    public void leave(Runnable go) {
        if (!model.unsaved()) {
            go.run();
            return;
        }
        switch (model.context().questions().unsaved(model.status().plainTitle())) {
            case SAVE -> model.files().save(go);
            case DISCARD -> go.run();
            case CANCEL -> { }
        }
    }

    /**
     * F5: plays the live plan from the selected step's first entry at {@code speed}; leaving the preview runs
     * {@code showStudio} and selects the step the player was on. Says why not when the draft has no plan.
     */
    public void preview(PreviewLauncher.Speed speed, Runnable showStudio) {
        Optional<PlanPreview> plan = model.plan();
        if (plan.isEmpty()) {
            model.say("There is no plan to preview until the errors in the list are fixed.");
            return;
        }
        PlanPreview p = plan.get();
        StepPath sel = model.selectedProperty().get();
        int from = sel.isRoutine() ? 0 : p.firstEntryOf(sel).orElse(0);
        if (model.context().preview().isEmpty()) {
            model.say("This window has no player to preview with.");
            return;
        }
        model.context().preview().get().preview(p.plan(), speed, from, index -> {
            showStudio.run();
            returnedFromPreview(p, index);
        });
    }

    private void returnedFromPreview(PlanPreview p, int index) {
        if (index >= 0 && index < p.plan().size()) {
            p.stepOf(index).filter(path -> model.draft().has(path)).ifPresent(model.selectedProperty()::set);
        }
    }

    /** Ctrl+T: the technique editor on a new technique; back here, the catalog is read again. */
    public void newTechnique(Runnable showStudio) {
        model.context().techniques().ifPresent(t -> t.newTechnique(() -> {
            showStudio.run();
            model.files().reloadCatalog();
        }));
    }

    /** The technique editor on the user technique the selected step names. */
    public void editTechnique(Runnable showStudio) {
        if (model.userTechniqueChosenProperty().get()) {
            model.context().techniques().ifPresent(t -> t.editTechnique(model.stepField("technique").get(), () -> {
                showStudio.run();
                model.files().reloadCatalog();
            }));
        }
    }
}
