package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;

/**
 * Finds professional techniques in disguise in a home routine: a home technique step retitled or re-described as
 * deep tissue, Swedish or sports massage, or an info, setup or oil step that guides one of their movements
 * (kneading, tapping, vibration, ...). The article: "others should only be performed by a trained professional
 * massage therapist". Describing these techniques, and saying they are for professionals, stays allowed.
 */
public final class DisguisedProfessionalRule {

    /**
     * One flagged step.
     *
     * @param position where the step starts in its file
     * @param step     the step's number, with repeats as "4.2"
     * @param message  what is wrong and why, as a sentence
     */
    public record Finding(SourcePosition position, String step, String message) {
    }

    private static final String WHY = "; professional techniques (deep tissue, Swedish and sports massage) are never "
            + "guided at home: they should only be performed by a trained professional massage therapist";

    private DisguisedProfessionalRule() {
    }

    /** Every step of a home routine, repeats included, that guides a professional technique in disguise. */
    public static List<Finding> check(Routine routine) {
        List<Finding> findings = new ArrayList<>();
        if (routine.level() == Level.HOME) {
            List<String> top = new ArrayList<>();
            top.add(routine.title());
            routine.summary().ifPresent(top::add);
            Optional<String> named = ProfessionalWording.naming(routine.title())
                    .or(() -> ProfessionalWording.guidance(String.join("\n", top)));
            named.ifPresent(what -> findings.add(new Finding(SourcePosition.UNKNOWN, "0",
                    "this home routine presents itself as " + what + WHY)));
            scan(routine.steps(), "", findings);
        }
        return findings;
    }

    private static void scan(List<Step> steps, String prefix, List<Finding> findings) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String number = prefix + (i + 1);
            if (step instanceof Step.Repeat repeat) {
                scan(repeat.steps(), number + ".", findings);
                continue;
            }
            Optional<String> message = Optional.empty();
            if (step instanceof Step.Technique t) {
                Optional<String> what = t.title().flatMap(ProfessionalWording::naming)
                        .or(() -> t.instructions().flatMap(ProfessionalWording::naming))
                        .or(() -> t.instructions().flatMap(ProfessionalWording::guidance));
                message = what.map(w -> "step " + number + " turns the home technique '" + t.technique()
                        + "' into " + w + WHY);
            } else {
                String text = String.join("\n", DirectApplicationRule.texts(step));
                Optional<String> what = ProfessionalWording.guidance(text);
                if (what.isEmpty() && step instanceof Step.Info info) {
                    what = ProfessionalWording.naming(info.title()).filter(w -> info.seconds().isPresent());
                }
                message = what.map(w -> "step " + number + " guides " + w + WHY
                        + ". Describe it, or use a home technique step instead");
            }
            message.ifPresent(m -> findings.add(new Finding(step.position(), number, m)));
        }
    }
}
