package io.csmetrics.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerGoalTest {

    private static final String ACCOUNT = "ACC-1";
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);
    private static final BigDecimal TEN = new BigDecimal("10");
    private static final BigDecimal SIX = new BigDecimal("6");

    /** The class Javadoc's example: cut handling time from 10 h to 6 h during 2024. */
    private static final CustomerGoal HANDLING_TIME = CustomerGoal.of(ACCOUNT, "support hours per ticket", TEN, SIX,
            START, DEADLINE);

    // Attainment = (actual − baseline) / (target − baseline), for goals up and down (issue 4 definition).
    @ParameterizedTest
    @CsvSource({
        "100, 200, 150, 1, 2",
        "100, 200, 250, 3, 2",
        "100, 200, 90, -1, 10",
        "10, 6, 7, 3, 4",
        "10, 6, 6, 1, 1",
        "10, 6, 12, -1, 2",
        "0.25, 0.5, 0.30, 1, 5",
    })
    void attainmentForGoalsUpAndDown(String baseline, String target, String actual, long num, long den) {
        CustomerGoal g = CustomerGoal.of(ACCOUNT, "m", new BigDecimal(baseline), new BigDecimal(target), START, DEADLINE);
        assertThat(g.attainment(new BigDecimal(actual)).isEquivalent(Ratio.of(num, den))).isTrue();
    }

    @Test
    void directionFollowsTheTarget() {
        assertThat(HANDLING_TIME.direction()).isEqualTo(GoalDirection.DECREASE);
        assertThat(CustomerGoal.of(ACCOUNT, "m", SIX, TEN, START, DEADLINE).direction())
                .isEqualTo(GoalDirection.INCREASE);
    }

    @Test
    void javadocExampleOnTrackWithRunRates() {
        CustomerGoal g = HANDLING_TIME.withObservation(APRIL_1, new BigDecimal("8.5"));
        assertThat(g.attainmentAt(APRIL_1.plusDays(10))).hasValueSatisfying(
                a -> assertThat(a.isEquivalent(Ratio.of(3, 8))).isTrue());
        assertThat(g.expectedAttainment(APRIL_1)).isEqualTo(Ratio.of(91, 365));
        assertThat(g.status(APRIL_1)).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(g.requiredRunRate(APRIL_1)).isEqualTo(Ratio.of(new BigDecimal("-2.5"), BigDecimal.valueOf(274)));
        assertThat(g.currentRunRate(APRIL_1)).contains(Ratio.of(new BigDecimal("-1.5"), BigDecimal.valueOf(91)));
        assertThat(g).hasToString("CustomerGoal{ACC-1 \"support hours per ticket\" 10 -> 6 (DECREASE), "
                + "2024-01-01..2024-12-31, 1 observations}");
    }

    @Test
    void statusThroughTheGoalsLife() {
        CustomerGoal g = HANDLING_TIME.withObservations(List.of(GoalObservation.of(APRIL_1, "9.5"),
                GoalObservation.of(LocalDate.of(2024, 7, 1), "8.0")));
        assertThat(g.status(START)).isEqualTo(GoalStatus.NO_DATA);
        assertThat(g.status(APRIL_1)).isEqualTo(GoalStatus.BEHIND);
        assertThat(g.status(LocalDate.of(2024, 7, 1))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(g.status(LocalDate.of(2025, 1, 1))).isEqualTo(GoalStatus.MISSED);
        CustomerGoal done = g.withObservation(LocalDate.of(2024, 11, 1), new BigDecimal("5.5"));
        assertThat(done.status(LocalDate.of(2025, 6, 1))).isEqualTo(GoalStatus.ATTAINED);
        assertThat(done.observations()).hasSize(3);
        assertThat(done.latestObservation(LocalDate.of(2024, 8, 1)))
                .contains(GoalObservation.of(LocalDate.of(2024, 7, 1), new BigDecimal("8.0")));
    }

    @Test
    void pacingIsClampedAndRunRateUndefinedWhenNoTimeIsLeft() {
        assertThat(HANDLING_TIME.expectedAttainment(START.minusDays(5))).isEqualTo(Ratio.of(0, 365));
        assertThat(HANDLING_TIME.expectedAttainment(DEADLINE.plusDays(5))).isEqualTo(Ratio.of(365, 365));
        assertThat(HANDLING_TIME.requiredRunRate(DEADLINE).isDefined()).isFalse();
        assertThat(HANDLING_TIME.requiredRunRate(DEADLINE.plusDays(3)).isDefined()).isFalse();
        assertThat(HANDLING_TIME.requiredRunRate(START)).isEqualTo(Ratio.of(new BigDecimal("-4"), BigDecimal.valueOf(365)));
        assertThat(HANDLING_TIME.currentRunRate(DEADLINE)).isEmpty();
        assertThat(HANDLING_TIME.withObservation(START, TEN).currentRunRate(START).orElseThrow().isDefined()).isFalse();
    }

    @Test
    void withObservationsOfNothingIsThis() {
        assertThat(HANDLING_TIME.withObservations(List.of())).isSameAs(HANDLING_TIME);
        assertThat(HANDLING_TIME.withObservation(APRIL_1, SIX)).isEqualTo(HANDLING_TIME.withObservation(APRIL_1, SIX))
                .hasSameHashCodeAs(HANDLING_TIME.withObservation(APRIL_1, SIX)).isNotEqualTo(HANDLING_TIME);
    }

    @Test
    void targetEqualToBaselineIsRejected() {
        assertThatThrownBy(() -> CustomerGoal.of(ACCOUNT, "m", TEN, new BigDecimal("10.00"), START, DEADLINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target (10.00) must differ from baseline (10)");
    }

    @Test
    void deadlineNotAfterStartIsRejected() {
        assertThatThrownBy(() -> CustomerGoal.of(ACCOUNT, "m", TEN, SIX, START, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline (2023-12-31) must be after start (2024-01-01)");
        assertThatThrownBy(() -> CustomerGoal.of(ACCOUNT, "m", TEN, SIX, START, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after start");
    }

    @Test
    void otherBadInputIsRejected() {
        assertThatThrownBy(() -> CustomerGoal.of(" ", "m", TEN, SIX, START, DEADLINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId must not be blank");
        assertThatThrownBy(() -> CustomerGoal.of(ACCOUNT, null, TEN, SIX, START, DEADLINE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("metric must not be null");
        assertThatThrownBy(() -> CustomerGoal.of(ACCOUNT, "m", null, SIX, START, DEADLINE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("baseline must not be null");
        assertThatThrownBy(() -> HANDLING_TIME.withObservation(START.minusDays(1), SIX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("observation date (2023-12-31) is before the goal's start (2024-01-01)");
        CustomerGoal once = HANDLING_TIME.withObservation(APRIL_1, SIX);
        assertThatThrownBy(() -> once.withObservation(APRIL_1, TEN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two observations on 2024-04-01");
        assertThat(once.observations()).containsExactly(GoalObservation.of(APRIL_1, SIX));
        assertThatThrownBy(() -> HANDLING_TIME.attainment(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("actual must not be null");
        assertThatThrownBy(() -> HANDLING_TIME.status(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf must not be null");
        assertThatThrownBy(() -> GoalObservation.of(APRIL_1, (BigDecimal) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value must not be null");
    }
}
