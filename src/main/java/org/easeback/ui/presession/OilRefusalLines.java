package org.easeback.ui.presession;

import java.util.List;
import java.util.Locale;
import org.easeback.profile.Receiver;
import org.easeback.safety.OilConflict;
import org.easeback.safety.OilConflicts;

/** What the Ready screen says about a receiver's oils the session will leave out: one line per conflict. */
public final class OilRefusalLines {

    private OilRefusalLines() {
    }

    /** "Sweet almond will not be used: …" for each conflict in {@code receiver}'s oils; empty when all may be used. */
    public static List<String> of(Receiver receiver) {
        if (receiver == null) {
            return List.of();
        }
        return OilConflicts.of(receiver.carrierOil(), receiver.essentialOils(), receiver.sensitivities()).stream()
                .map(OilRefusalLines::line).toList();
    }

    static String line(OilConflict conflict) {
        String oil = capitalised(conflict.oil());
        String reason = conflict.message();
        String repeated = oil + " must not be used: ";
        if (reason.regionMatches(true, 0, repeated, 0, repeated.length())) {
            reason = reason.substring(repeated.length());
        }
        return oil + " will not be used: " + reason;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
