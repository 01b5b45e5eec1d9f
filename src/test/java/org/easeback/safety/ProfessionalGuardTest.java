package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.routine.Audience;
import org.easeback.routine.Diagram;
import org.easeback.routine.Level;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfessionalGuardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

    static Technique technique(String id, String name, Level level) {
        return new Technique(id, name, List.of("Do it."), Pressure.GENTLE, Pressure.FIRM, List.of("lower-back"),
                List.of("spine"), level, "reason from the catalog", Audience.PARTNER, List.of(), OptionalInt.empty(),
                Diagram.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep-tissue", "swedish", "sports-massage"})
    void professionalTechniquesAreRefusedAtHomeWithTheArticlesReason(String id) {
        Optional<SafetyDecision> decision = ProfessionalGuard.check(technique(id, "Name", Level.PROFESSIONAL), CLOCK);

        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.rule()).isEqualTo("professional-only");
            assertThat(d.outcome()).isEqualTo(SafetyDecision.Outcome.REFUSED);
            assertThat(d.message()).contains("not guided in a home session").contains("trained professional");
            assertThat(d.time()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void homeTechniquesPass() {
        assertThat(ProfessionalGuard.check(technique("thumb-glide", "Thumb glide", Level.HOME), CLOCK)).isEmpty();
    }

    @Test
    void infoCardsExplainWhatAndWhyInTheArticlesWords() {
        InfoCard sports = ProfessionalGuard.infoCard(technique("sports-massage", "Sports massage", Level.PROFESSIONAL));
        InfoCard swedish = ProfessionalGuard.infoCard(technique("swedish", "Swedish massage", Level.PROFESSIONAL));
        InfoCard deep = ProfessionalGuard.infoCard(technique("deep-tissue", "Deep tissue massage", Level.PROFESSIONAL));
        InfoCard other = ProfessionalGuard.infoCard(technique("shiatsu", "Shiatsu", Level.PROFESSIONAL));

        assertThat(sports.whyProfessional()).contains("active or recently healed injury");
        assertThat(swedish.whatItIs()).contains("kneading, tapping and vibration");
        assertThat(swedish.whyProfessional()).contains("takes a lot of training to perfect");
        assertThat(deep.whatItIs()).contains("deep muscles and connective tissues");
        assertThat(other.whyProfessional()).isEqualTo("reason from the catalog");
    }

    @Test
    void professionalRoutinesAreRefusedAtHome() {
        Routine routine = new Routine("pro", "Pro routine", Optional.empty(), Optional.empty(), "en",
                Audience.PARTNER, Level.PROFESSIONAL, List.of(), 180, List.of());

        assertThat(ProfessionalGuard.check(routine, CLOCK)).hasValueSatisfying(d ->
                assertThat(d.message()).startsWith("\"Pro routine\" is a professional routine"));
    }
}
