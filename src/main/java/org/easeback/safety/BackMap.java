package org.easeback.safety;

import java.util.Optional;
import org.easeback.routine.MapPoint;

/**
 * The lower-back map's no-pressure zones: the spine and the bones. The article: never press on the spine or any bone.
 * (The safety module owns the exact zones; the spine band here is fixed by the receiver format.)
 */
public final class BackMap {

    /** Half the width of the spine band: a spot with |x - 0.5| below this is on the spine. */
    public static final double SPINE_HALF_WIDTH = 0.06;

    private BackMap() {
    }

    /** Why a sore spot at this point is refused, or empty if it is on muscle and may be pressed. */
    public static Optional<String> refusal(MapPoint p) {
        if (p.x() < 0 || p.x() > 1 || p.y() < 0 || p.y() > 1) {
            return Optional.of("This point is outside the lower-back map. Choose a point on the lower back.");
        }
        if (Math.abs(p.x() - 0.5) < SPINE_HALF_WIDTH) {
            return Optional.of("This point is on the spine. Never press on the spine: "
                    + "choose the muscles beside it instead.");
        }
        return Optional.empty();
    }
}
