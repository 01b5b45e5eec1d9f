package org.easeback.profile;

import java.util.List;
import org.easeback.routine.Pressure;

/** The person on the table: their oils, what they react to, the pressure they like and where it hurts. */
public record Receiver(
        String name,
        String carrierOil,
        List<String> essentialOils,
        List<String> sensitivities,
        Pressure preferredPressure,
        List<SoreSpot> soreSpots) {

    /** The format tag every receiver file carries. */
    public static final String FORMAT = "easeback-receiver/1";

    public Receiver {
        carrierOil = carrierOil == null ? "" : carrierOil;
        essentialOils = List.copyOf(essentialOils);
        sensitivities = List.copyOf(sensitivities);
        preferredPressure = preferredPressure == null ? Pressure.DEFAULT : preferredPressure;
        soreSpots = List.copyOf(soreSpots);
    }

    /** The receiver used before anyone has made a profile: no oils chosen, no sore spots. */
    public static Receiver guest() {
        return new Receiver("Guest", "", List.of(), List.of(), Pressure.DEFAULT, List.of());
    }
}
