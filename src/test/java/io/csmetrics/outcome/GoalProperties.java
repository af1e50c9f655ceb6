package io.csmetrics.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GoalProperties {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Property
    void attainmentIsZeroAtBaselineOneAtTargetAndLinearBetween(@ForAll @IntRange(min = -1000, max = 1000) int baseline,
            @ForAll @IntRange(min = -1000, max = 1000) int target, @ForAll @IntRange(min = 0, max = 100) int percent) {
        if (baseline == target) {
            return;
        }
        CustomerGoal g = CustomerGoal.of("A", "m", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), START,
                START.plusDays(90));
        assertThat(g.attainment(BigDecimal.valueOf(baseline))).isEqualTo(Ratio.of(0, target - baseline));
        assertThat(g.attainment(BigDecimal.valueOf(target)).isEquivalent(Ratio.ONE)).isTrue();
        BigDecimal between = BigDecimal.valueOf(baseline)
                .add(BigDecimal.valueOf(target - baseline).multiply(BigDecimal.valueOf(percent)).movePointLeft(2));
        assertThat(g.attainment(between).isEquivalent(Ratio.of(percent, 100))).isTrue();
    }

    @Property
    void expectedPaceIsWithinZeroAndOneAndNeverFalls(@ForAll @IntRange(min = 1, max = 2000) int length,
            @ForAll @IntRange(min = -100, max = 2100) int day) {
        CustomerGoal g = CustomerGoal.of("A", "m", BigDecimal.ZERO, BigDecimal.ONE, START, START.plusDays(length));
        Ratio pace = g.expectedAttainment(START.plusDays(day));
        assertThat(pace.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
        assertThat(pace.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        assertThat(g.expectedAttainment(START.plusDays(day + 1L)).compareTo(pace)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void followingTheRequiredRunRateReachesTheTarget(@ForAll @IntRange(min = -500, max = 500) int baseline,
            @ForAll @IntRange(min = -500, max = 500) int target, @ForAll @IntRange(min = -500, max = 500) int current,
            @ForAll @IntRange(min = 2, max = 400) int length, @ForAll @IntRange(min = 0, max = 400) int day) {
        if (baseline == target || day >= length) {
            return;
        }
        LocalDate asOf = START.plusDays(day);
        CustomerGoal g = CustomerGoal.of("A", "m", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), START,
                START.plusDays(length)).withObservation(asOf, BigDecimal.valueOf(current));
        Ratio rate = g.requiredRunRate(asOf);
        BigDecimal reached = BigDecimal.valueOf(current)
                .add(rate.numerator().multiply(BigDecimal.valueOf(length - day)).divide(rate.denominator()));
        assertThat(reached).isEqualByComparingTo(BigDecimal.valueOf(target));
    }

    @Property
    void targetEqualToBaselineIsAlwaysRejected(@ForAll int value) {
        assertThatThrownBy(() -> CustomerGoal.of("A", "m", BigDecimal.valueOf(value), BigDecimal.valueOf(value), START,
                START.plusDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }
}
