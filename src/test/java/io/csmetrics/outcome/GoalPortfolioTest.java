package io.csmetrics.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GoalPortfolioTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);

    private static CustomerGoal goal(String account, String observed) {
        return CustomerGoal.of(account, "m", BigDecimal.ZERO, BigDecimal.valueOf(100), START, DEADLINE)
                .withObservation(AS_OF, new BigDecimal(observed));
    }

    @Test
    void javadocExample() {
        // A: one ATTAINED (120 ≥ 100), one BEHIND (10 < pace 182/365); B: ON_TRACK (60 ≥ pace).
        List<CustomerGoal> goals = List.of(goal("A", "120"), goal("A", "10"), goal("B", "60"));
        GoalPortfolioResult r = goals.stream().collect(GoalPortfolio.collector(AS_OF));
        assertThat(r.goals()).isEqualTo(3);
        assertThat(r.goals(GoalStatus.ATTAINED)).isEqualTo(1);
        assertThat(r.goals(GoalStatus.BEHIND)).isEqualTo(1);
        assertThat(r.goals(GoalStatus.ON_TRACK)).isEqualTo(1);
        assertThat(r.goals(GoalStatus.NO_DATA)).isZero();
        assertThat(r.goalShare()).isEqualTo(Ratio.of(2, 3));
        assertThat(r.customerShare()).isEqualTo(Ratio.of(1, 2));
        assertThat(r.customerShare(PortfolioBasis.ANY_GOAL)).isEqualTo(Ratio.of(2, 2));
    }

    @Test
    void noDataIsNotSuccessAndEmptyIsUndefined() {
        CustomerGoal blank = CustomerGoal.of("C", "m", BigDecimal.ZERO, BigDecimal.ONE, START, DEADLINE);
        GoalPortfolio p = GoalPortfolio.create(AS_OF);
        p.accept(blank);
        assertThat(p.result().customerShare(PortfolioBasis.ANY_GOAL)).isEqualTo(Ratio.of(0, 1));
        GoalPortfolioResult empty = GoalPortfolio.create(AS_OF).result();
        assertThat(empty.goalShare().isDefined()).isFalse();
        assertThat(empty.customerShare().isDefined()).isFalse();
        assertThat(p.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void allPathsAgree() {
        SplittableRandom random = new SplittableRandom(3);
        List<CustomerGoal> goals = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            goals.add(goal("A" + random.nextInt(60), String.valueOf(random.nextInt(130))));
        }
        GoalPortfolioResult r = AccumulatorChecks.assertAllPathsAgree(goals, () -> GoalPortfolio.create(AS_OF),
                GoalPortfolio::result);
        assertThat(r.goals()).isEqualTo(200);
    }

    @Test
    void badInputIsRejected() {
        GoalPortfolio p = GoalPortfolio.create(AS_OF);
        assertThatThrownBy(() -> p.combine(GoalPortfolio.create(START))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different dates: 2024-07-01 and 2024-01-01");
        assertThatThrownBy(() -> p.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("goal must not be null");
        assertThatThrownBy(() -> GoalPortfolio.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf must not be null");
        assertThatThrownBy(() -> new GoalPortfolioResult(AS_OF, Map.of(), 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customersEveryGoalSuccessful (1)");
        assertThatThrownBy(() -> new GoalPortfolioResult(AS_OF, Map.of(GoalStatus.BEHIND, -1L), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count of BEHIND must not be negative");
        assertThat(p.result().goals()).isZero();
    }
}
