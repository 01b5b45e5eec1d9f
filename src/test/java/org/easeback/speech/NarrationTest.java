package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.safety.SafetyAdvice;
import org.junit.jupiter.api.Test;

/** Which phrases a plan speaks, and when, for the bundled short partner routine and the every-kind fixture. */
class NarrationTest {

    private final Plan plan = BundledPlans.partnerShort();
    private final Narration narration = Narration.of(plan);

    private List<NarrationLine> linesOf(int entry) {
        return narration.lines().stream().filter(l -> l.entryIndex() == entry).toList();
    }

    private static Optional<Duration> at(double seconds) {
        return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private int indexOfTitle(String prefix) {
        return plan.entries().stream().filter(e -> e.title().startsWith(prefix)).findFirst().orElseThrow().index();
    }

    @Test
    void anOpenSetupStepSpeaksItsTitleAndFirstSentenceOnly() {
        assertThat(linesOf(0)).containsExactly(new NarrationLine(0, SpokenEvent.ENTRY_START, at(0),
                "Lie face down. Have the person lie on their stomach on a massage table, or on a mat or blanket on the"
                        + " floor, a cot or a mattress."));
    }

    @Test
    void aTimedHandsOnEntrySpeaksItsStartHalfwayTenSecondsLeftAndTheCountdown() {
        PlanEntry spread = plan.entry(indexOfTitle("Spreading the oil"));
        assertThat(spread.seconds()).hasValue(60);
        int at = spread.at();
        assertThat(linesOf(spread.index())).extracting(NarrationLine::event, NarrationLine::at, NarrationLine::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SpokenEvent.ENTRY_START, at(at),
                                "Spreading the oil. Rub some massage oil between your hands to warm it."),
                        org.assertj.core.groups.Tuple.tuple(SpokenEvent.HALFWAY, at(at + 30), "Halfway."),
                        org.assertj.core.groups.Tuple.tuple(SpokenEvent.TEN_SECONDS_LEFT, at(at + 50),
                                "10 seconds left."),
                        org.assertj.core.groups.Tuple.tuple(SpokenEvent.COUNTDOWN, at(at + 57), "3"),
                        org.assertj.core.groups.Tuple.tuple(SpokenEvent.COUNTDOWN, at(at + 58), "2"),
                        org.assertj.core.groups.Tuple.tuple(SpokenEvent.COUNTDOWN, at(at + 59), "1"));
    }

    @Test
    void aSidePairNamesTheFirstSideThenSaysSwitchSides() {
        int left = indexOfTitle("Wrist-turn pull");
        PlanEntry right = plan.entry(left + 1);
        assertThat(right.secondSide()).isTrue();
        assertThat(linesOf(left).get(0).text()).startsWith("Wrist-turn pull, left side. ");
        assertThat(linesOf(left + 1).get(0)).isEqualTo(new NarrationLine(left + 1, SpokenEvent.SWITCH_SIDES,
                at(right.at()), "Switch sides: right side."));
        assertThat(linesOf(left + 1)).extracting(NarrationLine::event).doesNotContain(SpokenEvent.ENTRY_START);
    }

    @Test
    void everyCheckInAsksItsQuestionThenGivesTheFourAnswers() {
        List<PlanEntry> checkIns = plan.entries().stream().filter(PlanEntry::checkIn).toList();
        assertThat(checkIns).hasSizeGreaterThanOrEqualTo(5);
        for (PlanEntry c : checkIns) {
            assertThat(linesOf(c.index())).containsExactly(
                    new NarrationLine(c.index(), SpokenEvent.CHECK_IN, at(c.at()), c.title()),
                    new NarrationLine(c.index(), SpokenEvent.CHECK_IN, at(c.at()),
                            "1, lighter. 2, same. 3, firmer. 4, it hurts."));
        }
        assertThat(checkIns).extracting(PlanEntry::title).contains(SafetyAdvice.CHECK_IN_QUESTION,
                SafetyAdvice.FINAL_CHECK_IN_QUESTION);
    }

    @Test
    void thePainStopAdviceIsTheSafetyWordingAndBelongsToNoMoment() {
        NarrationLine last = narration.lines().get(narration.lines().size() - 1);
        assertThat(last).isEqualTo(new NarrationLine(-1, SpokenEvent.PAIN_STOP, Optional.empty(),
                SafetyAdvice.PAIN_STOP));
    }

    @Test
    void onlyLongHandsOnEntriesSayHalfwayAndLinesComeInTimeOrder() {
        for (NarrationLine l : narration.lines()) {
            if (l.event() == SpokenEvent.HALFWAY) {
                PlanEntry e = plan.entry(l.entryIndex());
                assertThat(e.kind().handsOn()).isTrue();
                assertThat(e.length()).isGreaterThanOrEqualTo(Narration.LONG_ENTRY);
            }
        }
        List<Duration> times = narration.lines().stream().flatMap(l -> l.at().stream()).toList();
        assertThat(times).isSorted();
        assertThat(narration.lines()).filteredOn(l -> l.event() == SpokenEvent.ENTRY_START
                || l.event() == SpokenEvent.SWITCH_SIDES || l.event() == SpokenEvent.CHECK_IN)
                .extracting(NarrationLine::entryIndex).containsAll(
                        plan.entries().stream().map(PlanEntry::index).toList());
    }

    @Test
    void phrasesAreRenderedOnceEach() {
        assertThat(narration.phrases()).doesNotHaveDuplicates().contains("3", "2", "1", "Halfway.",
                "10 seconds left.", SafetyAdvice.PAIN_STOP);
        assertThat(narration.phrases().size()).isLessThan(narration.lines().size());
    }

    @Test
    void aTrainersSayTextReplacesTheDerivedShortFormOnEverySide() {
        Plan everyKind = BundledPlans.compile(Path.of("src/test/resources/valid/every-kind.json"));
        List<String> starts = Narration.of(everyKind).lines().stream()
                .filter(l -> l.event() == SpokenEvent.ENTRY_START).map(NarrationLine::text).toList();
        assertThat(starts).contains("Lie face down. Lie face down on the mat.", "Thumb glide, left side. Glide up.");
        assertThat(everyKind.entries()).filteredOn(e -> e.title().equals("Thumb glide"))
                .allSatisfy(e -> assertThat(e.say()).hasValue("Glide up."));
    }

    @Test
    void aLongFirstSentenceIsCutAtAWord() {
        String sentence = "word ".repeat(60).strip() + ". Second sentence.";
        String shortForm = NarrationWording.shortForm(sentence);
        assertThat(shortForm).hasSizeLessThanOrEqualTo(NarrationWording.SHORT_FORM_CHARS + 1).endsWith("word.");
        assertThat(NarrationWording.shortForm("Place your hands: flat. Then glide.")).isEqualTo("Place your hands:");
    }
}
