package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysDistributionTest {

    private static final long[] NONE = {};
    private static final long[] JAVADOC_EVENTS = {30, 2, 9, 3, 5};
    private static final long[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void javadocExample() {
        DaysDistribution d = DaysDistribution.of(JAVADOC_EVENTS, new long[] {10});
        assertThat(d.count()).isEqualTo(5);
        assertThat(d.censored()).isEqualTo(1);
        assertThat(d.total()).isEqualTo(6);
        assertThat(d.mean()).isEqualTo(Ratio.of(49, 5));
        assertThat(d.median()).isEqualTo(OptionalLong.of(5));
        assertThat(d.p90()).isEqualTo(OptionalLong.of(30));
        assertThat(d.max()).isEqualTo(OptionalLong.of(30));
        assertThat(d.min()).isEqualTo(OptionalLong.of(2));
        assertThat(d.shareWithin(7)).isEqualTo(Ratio.of(3, 6));
        assertThat(d).hasToString("DaysDistribution{n=5, censored=1, mean=49/5, median=5, p90=30, max=30}");
        assertThat(d.eventHistogram()).containsKeys(2L, 3L, 5L, 9L, 30L);
        assertThat(d.censoredHistogram()).containsEntry(10L, 1L);
    }

    // Reference: R 4.3 quantile(1:10, p/100, type = 1) (Hyndman & Fan 1996, definition 1).
    @ParameterizedTest
    @CsvSource({"1, 1", "10, 1", "11, 2", "25, 3", "50, 5", "51, 6", "90, 9", "91, 10", "100, 10"})
    void nearestRankMatchesRType1(int percent, long expected) {
        assertThat(DaysDistribution.of(ONE_TO_TEN, NONE).percentile(percent)).isEqualTo(OptionalLong.of(expected));
    }

    @Test
    void emptyDistributionIsUndefined() {
        DaysDistribution d = DaysDistribution.of(NONE, new long[] {3});
        assertThat(d.count()).isZero();
        assertThat(d.mean().isDefined()).isFalse();
        assertThat(d.median()).isEmpty();
        assertThat(d.p90()).isEmpty();
        assertThat(d.max()).isEmpty();
        assertThat(d.min()).isEmpty();
        // Observed 3 days, target 7: the outcome is not known yet, so no share.
        assertThat(d.shareWithin(7).isDefined()).isFalse();
        assertThat(d.shareWithin(3)).isEqualTo(Ratio.of(0, 1));
        assertThat(d).hasToString("DaysDistribution{n=0, censored=1, statistics undefined}");
    }

    @Test
    void censoredAccountObservedExactlyTheTargetHasMissedIt() {
        DaysDistribution d = DaysDistribution.of(new long[] {7, 8}, new long[] {6, 7});
        assertThat(d.shareWithin(7)).isEqualTo(Ratio.of(1, 3));
    }

    @Test
    void valueSemantics() {
        DaysDistribution d = DaysDistribution.of(new long[] {1, 2, 2}, new long[] {4});
        assertThat(d).isEqualTo(DaysDistribution.of(new long[] {2, 1, 2}, new long[] {4}))
                .isNotEqualTo(DaysDistribution.of(new long[] {1, 2, 2}, NONE));
        assertThat(d.hashCode()).isEqualTo(DaysDistribution.of(new long[] {2, 2, 1}, new long[] {4}).hashCode());
        assertThat(AccumulatorChecks.roundTrip(d)).isEqualTo(d);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> DaysDistribution.of(null, NONE)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("eventDays");
        assertThatThrownBy(() -> DaysDistribution.of(NONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("censoredDays");
        assertThatThrownBy(() -> DaysDistribution.of(new long[] {1, -2}, NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventDays[1]")
                .hasMessageContaining("-2");
        assertThatThrownBy(() -> DaysDistribution.of(NONE, new long[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("censoredDays[0]");
        DaysDistribution d = DaysDistribution.of(ONE_TO_TEN, NONE);
        assertThatThrownBy(() -> d.percentile(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 - 100").hasMessageContaining("0");
        assertThatThrownBy(() -> d.percentile(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101");
        assertThatThrownBy(() -> d.shareWithin(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetDays");
    }

    @Property
    void percentileIsTheSortedValueAtTheNearestRank(@ForAll @NotEmpty @Size(max = 60) List<@LongRange(max = 400) Long> days,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        long[] values = days.stream().mapToLong(Long::longValue).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent * sorted.length / 100.0);
        DaysDistribution d = DaysDistribution.of(values, NONE);
        assertThat(d.percentile(percent)).isEqualTo(OptionalLong.of(sorted[Math.max(rank, 1) - 1]));
        assertThat(d.mean().compareTo(Ratio.of(sorted[0], 1))).isGreaterThanOrEqualTo(0);
        assertThat(d.mean().compareTo(Ratio.of(sorted[sorted.length - 1], 1))).isLessThanOrEqualTo(0);
        assertThat(d.median().getAsLong()).isLessThanOrEqualTo(d.p90().getAsLong());
        assertThat(d.p90().getAsLong()).isLessThanOrEqualTo(d.max().getAsLong());
    }

    @Property
    void shareWithinIsARateAndGrowsWithTheTarget(@ForAll @Size(max = 40) List<@LongRange(max = 60) Long> events,
            @ForAll @Size(max = 40) List<@LongRange(max = 60) Long> censored, @ForAll @LongRange(max = 60) long target) {
        DaysDistribution d = DaysDistribution.of(events.stream().mapToLong(Long::longValue).toArray(),
                censored.stream().mapToLong(Long::longValue).toArray());
        Ratio share = d.shareWithin(target);
        if (share.isDefined()) {
            assertThat(share.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(share.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        }
        assertThat(share.numerator().longValue()).isLessThanOrEqualTo(d.shareWithin(target + 1).numerator().longValue());
    }
}
