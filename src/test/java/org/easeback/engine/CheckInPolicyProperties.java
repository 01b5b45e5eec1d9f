package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** On any generated plan, the gap between check-ins never exceeds the limit. */
class CheckInPolicyProperties {

    @Provide
    Arbitrary<List<PlanEntry>> entries() {
        Arbitrary<PlanEntry> e = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 700).map(s -> CheckInPolicyTest.handsOn("T", s)),
                Arbitraries.just(CheckInPolicyTest.info("I")),
                Arbitraries.just(PlanEntry.checkIn("Routine's?", List.of(), false)));
        return e.list().ofMaxSize(25);
    }

    @Property(tries = 500)
    void handsOnTimeBetweenCheckInsNeverExceedsTheLimit(@ForAll("entries") List<PlanEntry> entries,
                                                        @ForAll @IntRange(min = 30, max = 300) int limit) {
        List<PlanEntry> out = CheckInPolicy.apply(entries, limit);
        int since = 0;
        boolean first = true;
        for (int i = 0; i < out.size(); i++) {
            PlanEntry e = out.get(i);
            if (e.checkIn()) {
                assertThat(i > 0 && out.get(i - 1).checkIn()).as("two check-ins in a row").isFalse();
                since = 0;
                first = false;
            } else if (e.kind().handsOn()) {
                since += e.seconds().getAsInt();
                assertThat(since).isLessThanOrEqualTo(first ? Math.min(CheckInPolicy.FIRST_CHECK_IN_SECONDS, limit)
                        : limit);
            }
        }
        assertThat(since).as("hands-on time after the last check-in").isZero();
        int before = entries.stream().filter(e -> e.kind().handsOn()).mapToInt(e -> e.seconds().getAsInt()).sum();
        int after = out.stream().filter(e -> e.kind().handsOn()).mapToInt(e -> e.seconds().getAsInt()).sum();
        assertThat(after).isEqualTo(before);
    }
}
