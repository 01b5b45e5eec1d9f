package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.junit.jupiter.api.Test;

class CheckInPolicyTest {

    static PlanEntry handsOn(String title, int seconds) {
        return PlanEntry.technique(title, "thumb-glide", Side.BOTH, seconds)
                .pressure(Pressure.GENTLE, Pressure.MODERATE).build();
    }

    static PlanEntry info(String title) {
        return PlanEntry.info(title, List.of(), OptionalInt.of(30));
    }

    private static List<String> shape(List<PlanEntry> entries) {
        return entries.stream().map(e -> e.checkIn() ? (e.inserted() ? "+" : "") + "?" + e.title()
                : e.title() + ":" + e.seconds().orElse(0)).toList();
    }

    @Test
    void firstMinuteOfHandsOnWorkEndsWithACheckIn() {
        List<PlanEntry> out = CheckInPolicy.apply(List.of(handsOn("A", 40), info("I"), handsOn("B", 30)), 180);
        assertThat(shape(out)).containsExactly("A:40", "I:30", "+?" + CheckInPolicy.PRESSURE_PROMPT, "B:30",
                "+?" + CheckInPolicy.FINAL_PROMPT);
    }

    @Test
    void entryLongerThanTheLimitIsSplitIntoContinuedParts() {
        List<PlanEntry> out = CheckInPolicy.apply(List.of(PlanEntry.checkIn("Ready?", List.of(), false),
                handsOn("Long", 250)), 100);
        // The routine's opening check-in comes before any hands-on work, so the first minute still ends with one.
        assertThat(shape(out)).containsExactly("?Ready?", "Long:60", "+?" + CheckInPolicy.PRESSURE_PROMPT,
                "Long (continued):100", "+?" + CheckInPolicy.PRESSURE_PROMPT, "Long (continued):90",
                "+?" + CheckInPolicy.FINAL_PROMPT);
    }

    @Test
    void routineCheckInResetsTheCountAndEndsTheSessionWhenLast() {
        List<PlanEntry> out = CheckInPolicy.apply(List.of(handsOn("A", 60),
                PlanEntry.checkIn("How is it?", List.of(), false), handsOn("B", 120), handsOn("C", 60),
                PlanEntry.checkIn("How does it feel?", List.of(), false), info("After")), 180);
        assertThat(shape(out)).containsExactly("A:60", "?How is it?", "B:120", "C:60", "?How does it feel?",
                "After:30");
    }

    @Test
    void finalCheckInFollowsTheLastHandsOnEntryBeforeAfterCare() {
        List<PlanEntry> out = CheckInPolicy.apply(List.of(handsOn("A", 30), info("After")), 180);
        assertThat(shape(out)).containsExactly("A:30", "+?" + CheckInPolicy.FINAL_PROMPT, "After:30");
    }

    @Test
    void consecutiveCheckInsMergeKeepingTheRoutinesWords() {
        List<PlanEntry> out = CheckInPolicy.apply(List.of(handsOn("A", 60), handsOn("B", 10),
                PlanEntry.checkIn("Mine?", List.of(), false), PlanEntry.checkIn("Again?", List.of(), false)), 180);
        assertThat(shape(out)).containsExactly("A:60", "+?" + CheckInPolicy.PRESSURE_PROMPT, "B:10", "?Mine?");
    }

    @Test
    void routineWithoutHandsOnWorkGetsNoCheckIns() {
        assertThat(CheckInPolicy.apply(List.of(info("Read me")), 180)).extracting(PlanEntry::checkIn)
                .containsExactly(false);
    }
}
