package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.CatalogRule;
import org.easeback.routine.Level;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Technique;

/**
 * The safety rules every technique catalog passes, the bundled one and any a trainer shares ({@code validate}
 * checks them, {@code plan --catalog} refuses one that breaks them): no diagram on the spine or a bone, no technique
 * that works the spine or a bone, nothing professional marked for home or named as a home technique, and no
 * instruction to put essential oil directly on the skin.
 */
public final class CatalogSafetyRules {

    /** The ids of the article's professional techniques; such an id is never a home technique. */
    public static final Set<String> PROFESSIONAL_IDS = Set.of("deep-tissue", "swedish", "sports-massage");

    /** Zones no technique may work: the spine and the bones. */
    private static final Set<String> NO_PRESSURE_ZONES = Set.of("spine", "sacrum", "iliac-crest", "lower-ribs");

    /** The diagram stays off the spine and the bones (the article: "not pushing on the spine or any bones"). */
    public static final CatalogRule DIAGRAM = t -> {
        List<String> out = new ArrayList<>();
        if (t.diagram() == null || "none".equals(t.diagram().motion())) {
            return out;
        }
        BackMap.diagramRefusal(t.diagram()).ifPresent(r -> out.add("the diagram of technique '" + t.id()
                + "' puts pressure on the spine: " + r));
        if (out.isEmpty()) {
            List<MapPoint> points = new ArrayList<>(t.diagram().hands());
            points.addAll(t.diagram().path());
            for (MapPoint p : points) {
                Optional<BackMapZone> zone = BackMap.zoneAt(p);
                if (zone.isPresent()) {
                    out.add(String.format(Locale.ROOT, "the diagram of technique '%s' touches the %s at (%s, %s); "
                                    + "never press on the spine or a bone: keep hands and strokes on the muscles",
                            t.id(), zone.get().label(), p.x(), p.y()));
                    break;
                }
            }
        }
        return out;
    };

    /** No technique works the spine or a bone. */
    public static final CatalogRule WORKS = t -> t.works().stream().filter(NO_PRESSURE_ZONES::contains).findFirst()
            .map(zone -> List.of("technique '" + t.id() + "' works the " + zone + "; never press on the spine or a "
                    + "bone: list only muscles in 'works' and the " + zone + " in 'avoids'"))
            .orElse(List.of());

    /** A professional technique is never marked for home, under its own id or its own name. */
    public static final CatalogRule PROFESSIONAL_AT_HOME = t -> {
        if (t.level() != Level.HOME) {
            return List.of();
        }
        String why = ": " + ProfessionalGuard.GENERAL_REASON + " Mark it \"level\": \"professional\"";
        if (PROFESSIONAL_IDS.contains(t.id())) {
            return List.of("technique '" + t.id() + "' is a professional technique marked \"level\": \"home\"" + why);
        }
        Optional<String> named = ProfessionalWording.naming(t.name())
                .or(() -> ProfessionalWording.naming(t.id().replace('-', ' ')));
        if (named.isPresent()) {
            return List.of("home technique '" + t.id() + "' is named as " + named.get() + why
                    + ", or rename it");
        }
        Optional<String> guided = t.instructions().stream().map(ProfessionalWording::guidance)
                .flatMap(Optional::stream).findFirst();
        return guided.map(g -> List.of("home technique '" + t.id() + "' guides " + g + why
                + ", or describe a home movement instead")).orElse(List.of());
    };

    /** Catalog text is shown to givers too: no essential oil directly on the skin. */
    public static final CatalogRule DIRECT_APPLICATION = t -> DirectApplicationRule.check(t).map(List::of)
            .orElse(List.of());

    private CatalogSafetyRules() {
    }

    /** Every safety rule on catalogs, for {@code new TechniqueCatalogLoader(CatalogSafetyRules.all())}. */
    public static List<CatalogRule> all() {
        return List.of(DIAGRAM, WORKS, PROFESSIONAL_AT_HOME, DIRECT_APPLICATION);
    }

    /** The problems of one technique under every rule, for tests and tools. */
    public static List<String> check(Technique technique) {
        List<String> out = new ArrayList<>();
        all().forEach(rule -> out.addAll(rule.check(technique)));
        return out;
    }
}
