package org.easeback.studio;

import java.util.Map;
import org.easeback.routine.RoutineLoader;

/** The fields a new step starts with: what a trainer would pick most often, the rest left for them to type. */
public final class StepTemplates {

    private StepTemplates() {
    }

    /** A new step of {@code kind}; a repeat starts with one check-in inside, since a repeat may not be empty. */
    public static StepNode of(String kind) {
        return switch (kind) {
            case "technique" -> StepNode.of(kind, Map.of("seconds", "60", "side", "both"));
            case "sore-spots" -> StepNode.of(kind, Map.of("technique", "trigger-point-hold",
                    "secondsEach", Integer.toString(RoutineLoader.DEFAULT_SECONDS_EACH)));
            case "repeat" -> {
                StepNode repeat = StepNode.of(kind, Map.of("times", "2"));
                repeat.mutableChildren().add(StepNode.of("check-in", Map.of()));
                yield repeat;
            }
            case "setup", "oil", "info", "check-in" -> StepNode.of(kind, Map.of());
            default -> throw new IllegalArgumentException("unknown step kind '" + kind + "'");
        };
    }
}
