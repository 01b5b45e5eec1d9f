package org.easeback.profile;

import java.util.List;
import java.util.Optional;
import org.easeback.routine.Pressure;
import org.easeback.safety.OilChoice;

/** The person on the table: their oils, what they react to, the pressure they like and where it hurts. */
public record Receiver(
        String name,
        String carrierOil,
        List<String> essentialOils,
        List<String> sensitivities,
        Pressure preferredPressure,
        List<SoreSpot> soreSpots) {

    /** The format tag every receiver file carries. */
    public static final String FORMAT = org.easeback.routine.FileKind.RECEIVER.format();

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

    /** The oils as the oil rules see them. */
    public OilChoice oils() {
        return new OilChoice(carrierOil, essentialOils, sensitivities);
    }

    /** The oils chosen for a session; empty when nobody (or the guest) receives, so the oil step asks first. */
    public static Optional<OilChoice> sessionOils(Optional<Receiver> receiver) {
        return receiver.filter(r -> !r.equals(guest())).map(Receiver::oils);
    }
}
