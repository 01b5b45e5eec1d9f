package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.routine.Audience;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Professional techniques in disguise are refused in home routines; describing them stays allowed. */
class DisguisedProfessionalRuleTest {

    private static final SourcePosition AT = new SourcePosition(8, 5);

    private static Routine home(Step... steps) {
        return new Routine("r", "Relax", Optional.empty(), Optional.empty(), "en", Audience.PARTNER, Level.HOME,
                List.of(), 180, List.of(steps));
    }

    private static Step technique(String title, String instructions) {
        return new Step.Technique("thumb-glide", 60, null, null, null, Optional.ofNullable(title),
                Optional.ofNullable(instructions), AT);
    }

    private static Step info(String title, String instructions, Integer seconds) {
        return new Step.Info(title, instructions, seconds == null ? OptionalInt.empty() : OptionalInt.of(seconds), AT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deep tissue glide", "Deep-tissue release", "Swedish massage", "SPORTS MASSAGE",
            "Sw\u0435dish flow", "Sports massage (pre-game)"})
    void aHomeTechniqueRetitledAsAProfessionalOneIsRefused(String title) {
        assertThat(DisguisedProfessionalRule.check(home(technique(title, null)))).singleElement()
                .satisfies(f -> {
                    assertThat(f.step()).isEqualTo("1");
                    assertThat(f.position()).isEqualTo(AT);
                    assertThat(f.message()).startsWith("step 1 turns the home technique 'thumb-glide' into ");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Now give a deep tissue massage along the muscles.", "Knead the muscles firmly.",
            "Then tap briskly up and down the lower back.", "Keep kneading for three minutes."})
    void aHomeTechniqueReDescribedAsAProfessionalOneIsRefused(String instructions) {
        assertThat(DisguisedProfessionalRule.check(home(technique(null, instructions)))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Knead the lower back.", "Knead the lower back firmly with both hands.",
            "Gently tap along the muscles beside the spine.", "Vibrate your hands over the muscles.",
            "Keep kneading both sides.", "Give a Swedish massage.", "Kneading the lower back, both hands.",
            "Then pound the muscles with loose fists."})
    void anInfoStepThatGuidesAProfessionalMovementIsRefused(String instructions) {
        assertThat(DisguisedProfessionalRule.check(home(info("Warm-up", instructions, 600)))).singleElement()
                .extracting(DisguisedProfessionalRule.Finding::message).asString().startsWith("step 1 guides ");
    }

    @Test
    void threeHoursOfTimedKneadingInInfoStepsAreRefused() {
        Step knead = info("Knead the lower back", "Work slowly.", 3_600);
        Step repeat = new Step.Repeat(3, List.of(knead), AT);
        assertThat(DisguisedProfessionalRule.check(home(repeat))).extracting(DisguisedProfessionalRule.Finding::step)
                .containsExactly("1.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Swedish massage is a gentle technique that uses a variety of specialized movements, including kneading, "
                    + "tapping and vibration.",
            "Deep tissue massage should only be performed by a trained professional.",
            "Do not knead or tap: leave that to a professional massage therapist.",
            "Never tap on the spine.",
            "Press Space, or tap Done, when you are ready.",
            "A sports massage is used to prevent injury or help injured athletes return to normal play."})
    void describingProfessionalTechniquesStaysAllowed(String instructions) {
        assertThat(DisguisedProfessionalRule.check(home(info("About professional massage", instructions, 30))))
                .isEmpty();
    }

    @Test
    void anUntimedInfoCardNamedAfterAProfessionalTechniqueStaysAllowedButATimedOneIsRefused() {
        String about = "It uses increased pressure to reach deep muscles; leave it to a trained professional.";
        assertThat(DisguisedProfessionalRule.check(home(info("Deep tissue massage", about, null)))).isEmpty();
        assertThat(DisguisedProfessionalRule.check(home(info("Deep tissue massage", "Work slowly.", 300)))).hasSize(1);
    }

    @Test
    void aProfessionalRoutineIsLeftToTheProfessionalRule() {
        Routine pro = new Routine("p", "Pro", Optional.empty(), Optional.empty(), "en", Audience.PARTNER,
                Level.PROFESSIONAL, List.of(), 180, List.of(info("Knead", "Knead the lower back.", 60)));
        assertThat(DisguisedProfessionalRule.check(pro)).isEmpty();
    }
}
