package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.CatalogRule;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.UserCatalogs;
import org.easeback.safety.CatalogSafetyRules;
import org.easeback.storage.DataDirectory;

/**
 * The one place that lists the safety rules a user's technique catalog must pass, for the library, {@code validate},
 * {@code plan}, the studio and imports alike: no essential oil directly on the skin, and a diagram that keeps its
 * hands and strokes off the spine and the bones. Every rule is the safety module's own; none is restated here.
 */
public final class CatalogSafety {

    private CatalogSafety() {
    }

    /** Every catalog safety rule: the safety module's list, so the studio, imports and validate never drift. */
    public static List<CatalogRule> rules() {
        return CatalogSafetyRules.all();
    }

    /** The bundled catalog and the user catalogs of {@code data}, checked with {@link #rules()}. */
    public static UserCatalogs userCatalogs(DataDirectory data) {
        return UserCatalogs.load(data.techniques(), bundledOrEmpty(), rules());
    }

    /** The bundled catalog, or an empty one if this build ships none. */
    public static TechniqueCatalog bundledOrEmpty() {
        try {
            return TechniqueCatalogLoader.bundled();
        } catch (RuntimeException e) {
            return TechniqueCatalog.empty();
        }
    }
}
