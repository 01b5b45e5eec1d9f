package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.OilCatalog;

/**
 * Every conflict in a receiver's choice of oils, for the receiver editor, the Ready screen, the plan and
 * {@code validate}: no real carrier for the essential oils, an essential oil given as the carrier, and each oil
 * the sensitivities rule out, by name or by allergen family. A pure function of its arguments and the oils data.
 */
public final class OilConflicts {

    private OilConflicts() {
    }

    /** The conflicts of this choice against the bundled oils; empty if the oils may be used. */
    public static List<OilConflict> of(String carrier, List<String> essentialOils, List<String> sensitivities) {
        return of(carrier, essentialOils, sensitivities, SensitivityMatcher.bundled());
    }

    /** The conflicts of this choice, read with {@code matcher}; empty if the oils may be used. */
    public static List<OilConflict> of(String carrier, List<String> essentialOils, List<String> sensitivities,
                                       SensitivityMatcher matcher) {
        List<String> essentials = essentialOils == null ? List.of() : essentialOils.stream()
                .map(CarrierCheck::clean).filter(o -> !o.isEmpty()).distinct().toList();
        List<String> listed = sensitivities == null ? List.of() : sensitivities.stream()
                .filter(s -> s != null && !CarrierCheck.clean(s).isEmpty()).toList();
        List<OilConflict> out = new ArrayList<>();
        Optional<String> notCarrier = CarrierCheck.refusal(carrier, matcher);
        notCarrier.ifPresent(m -> out.add(new OilConflict(OilConflict.Kind.NOT_A_CARRIER, CarrierCheck.clean(carrier),
                Optional.empty(), Optional.empty(), m)));
        String effective = CarrierCheck.effective(carrier, matcher);
        if (!essentials.isEmpty() && effective.isEmpty()) {
            out.add(new OilConflict(OilConflict.Kind.NO_CARRIER, String.join(", ", essentials), Optional.empty(),
                    Optional.empty(), OilGuard.CARRIER_REQUIRED));
        }
        List<String> chosen = new ArrayList<>();
        if (!effective.isEmpty()) {
            chosen.add(effective);
        } else if (notCarrier.isPresent()) {
            chosen.add(CarrierCheck.clean(carrier));
        }
        chosen.addAll(essentials);
        for (int i = 0; i < chosen.size(); i++) {
            String oil = chosen.get(i);
            boolean isCarrier = i == 0 && !effective.isEmpty();
            matcher.match(oil, listed).ifPresent(m -> out.add(new OilConflict(OilConflict.Kind.SENSITIVITY, oil,
                    Optional.of(m.sensitivity().strip()), m.family().map(f -> f.name()),
                    sentence(oil, m, isCarrier, matcher.catalog()))));
        }
        return List.copyOf(out);
    }

    /** The refusal of one oil for one sensitivity, as the user reads it. */
    static String sentence(String oil, SensitivityMatcher.Match m, boolean carrier, OilCatalog catalog) {
        String instead = carrier ? " Choose a carrier with no common allergen, such as " + safeCarriers(catalog) + "."
                : " Choose another oil, or none.";
        String said = CarrierCheck.clean(m.sensitivity());
        if (m.family().isEmpty()) {
            String same = oil.equalsIgnoreCase(said) ? "" : " (it matches \"" + said + "\")";
            return CarrierCheck.capitalised(oil) + " is on the receiver's sensitivity list" + same
                    + ", so it must not be used." + instead;
        }
        return CarrierCheck.capitalised(oil) + " must not be used: the receiver's sensitivity \"" + said
                + "\" covers " + m.family().get().name() + ", and " + oil + " is one of them." + instead;
    }

    /** Up to three carriers with no common allergen, for advice: "sunflower, grapeseed or jojoba". */
    static String safeCarriers(OilCatalog catalog) {
        List<String> names = catalog.carriers().stream().filter(o -> o.families().isEmpty()).map(OilCatalog.Oil::name)
                .limit(3).toList();
        if (names.isEmpty()) {
            return "sunflower";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
