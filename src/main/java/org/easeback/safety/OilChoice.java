package org.easeback.safety;

import java.util.List;

/** The oils one receiver chose and the ones they react to, as the oil rules see them. */
public record OilChoice(String carrierOil, List<String> essentialOils, List<String> sensitivities) {

    public OilChoice {
        carrierOil = carrierOil == null ? "" : carrierOil;
        essentialOils = List.copyOf(essentialOils);
        sensitivities = List.copyOf(sensitivities);
    }
}
