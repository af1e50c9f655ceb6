package io.csmetrics.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the outcome family beyond {@link GoalProperties}: attainment does not depend on the
 * unit the customer measures in, it moves with the actual in the goal's direction, portfolio shares are
 * rates with "every goal" never above "any goal", the portfolio accumulator agrees on every path for
 * random goals, and goals and portfolios survive serialisation.
 */
class OutcomeInvariantsProperties {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);

    @Provide
    Arbitrary<CustomerGoal> goals() {
        return Combinators.combine(Arbitraries.of("a", "b", "c", "d"), Arbitraries.integers().between(-100, 100),
                Arbitraries.integers().between(-100, 100).filter(t -> t != 0), Arbitraries.integers().between(1, 180),
                Arbitraries.integers().between(-150, 150).list().ofMaxSize(4))
                .as((account, baseline, delta, length, values) -> {
                    CustomerGoal g = CustomerGoal.of(account, "m", BigDecimal.valueOf(baseline),
                            BigDecimal.valueOf(baseline + delta), START, START.plusDays(length));
                    List<GoalObservation> obs = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        obs.add(GoalObservation.of(START.plusDays(30L * i + 7), BigDecimal.valueOf(values.get(i))));
                    }
                    return g.withObservations(obs);
                });
    }

    @Provide
    Arbitrary<List<CustomerGoal>> portfolios() {
        return goals().list().ofMaxSize(40);
    }

    @Property
    void attainmentIsTheSameInAnyUnit(@ForAll @IntRange(min = -1000, max = 1000) int baseline,
            @ForAll @IntRange(min = -1000, max = 1000) int target, @ForAll @IntRange(min = -3000, max = 3000) int actual,
            @ForAll @IntRange(min = -50, max = 50) int k, @ForAll @IntRange(min = -500, max = 500) int shift) {
        if (target == baseline || k == 0) {
            return;
        }
        BigDecimal factor = BigDecimal.valueOf(k, 1);
        BigDecimal offset = BigDecimal.valueOf(shift);
        CustomerGoal g = CustomerGoal.of("a", "m", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), START,
                AS_OF);
        CustomerGoal scaled = CustomerGoal.of("a", "m", BigDecimal.valueOf(baseline).multiply(factor).add(offset),
                BigDecimal.valueOf(target).multiply(factor).add(offset), START, AS_OF);
        Ratio a = g.attainment(BigDecimal.valueOf(actual));
        Ratio b = scaled.attainment(BigDecimal.valueOf(actual).multiply(factor).add(offset));
        assertThat(b.isEquivalent(a)).isTrue();
        assertThat(scaled.direction()).isEqualTo(k > 0 ? g.direction()
                : g.direction() == GoalDirection.INCREASE ? GoalDirection.DECREASE : GoalDirection.INCREASE);
    }

    @Property
    void attainmentGrowsAsTheActualMovesTowardsTheTarget(@ForAll @IntRange(min = -1000, max = 1000) int baseline,
            @ForAll @IntRange(min = -1000, max = 1000) int target, @ForAll @IntRange(min = -3000, max = 3000) int actual,
            @ForAll @IntRange(max = 500) int step) {
        if (target == baseline) {
            return;
        }
        CustomerGoal g = CustomerGoal.of("a", "m", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), START,
                AS_OF);
        int towards = g.direction() == GoalDirection.INCREASE ? step : -step;
        Ratio before = g.attainment(BigDecimal.valueOf(actual));
        Ratio after = g.attainment(BigDecimal.valueOf(actual + towards));
        assertThat(after.compareTo(before)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void portfolioSharesAreRatesAndEveryGoalNeverExceedsAnyGoal(@ForAll("portfolios") List<CustomerGoal> goals) {
        GoalPortfolioResult r = AccumulatorChecks.assertAllPathsAgree(goals, () -> GoalPortfolio.create(AS_OF),
                GoalPortfolio::result);
        assertThat(r.goals()).isEqualTo(goals.size());
        assertThat(r.customers()).isEqualTo(goals.stream().map(CustomerGoal::accountId).distinct().count());
        for (Ratio share : List.of(r.goalShare(), r.customerShare(PortfolioBasis.EVERY_GOAL),
                r.customerShare(PortfolioBasis.ANY_GOAL))) {
            if (share.isDefined()) {
                assertThat(share.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
                assertThat(share.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
            }
        }
        assertThat(r.customersEveryGoalSuccessful()).isLessThanOrEqualTo(r.customersAnyGoalSuccessful());
        for (GoalStatus s : GoalStatus.values()) {
            assertThat(r.goals(s)).isEqualTo(goals.stream().filter(g -> g.status(AS_OF) == s).count());
        }
    }

    @Property
    void goalsAndPortfoliosSurviveSerialisation(@ForAll("portfolios") List<CustomerGoal> goals) {
        for (CustomerGoal g : goals) {
            CustomerGoal copy = AccumulatorChecks.roundTrip(g);
            assertThat(copy).isEqualTo(g).hasSameHashCodeAs(g).hasToString(g.toString());
            assertThat(List.of(copy.accountId(), copy.metric(), copy.baseline(), copy.target(), copy.start(),
                    copy.deadline(), copy.observations())).isEqualTo(List.of(g.accountId(), g.metric(), g.baseline(),
                            g.target(), g.start(), g.deadline(), g.observations()));
            assertThat(copy.status(AS_OF)).isEqualTo(g.status(AS_OF));
        }
        GoalPortfolio p = GoalPortfolio.create(AS_OF);
        goals.forEach(p);
        GoalPortfolio shipped = AccumulatorChecks.roundTrip(p);
        assertThat(shipped.result()).isEqualTo(p.result());
        assertThat(shipped).hasToString(p.toString());
        assertThat(AccumulatorChecks.roundTrip(p.result())).isEqualTo(p.result());
    }

    @Example
    void goalsDifferingInAnyFieldAreNotEqual() {
        CustomerGoal g = CustomerGoal.of("a", "nps", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF);
        assertThat(g).isEqualTo(CustomerGoal.of("a", "nps", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF))
                .isNotEqualTo(CustomerGoal.of("b", "nps", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF))
                .isNotEqualTo(CustomerGoal.of("a", "csat", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF))
                .isNotEqualTo(CustomerGoal.of("a", "nps", BigDecimal.ONE, BigDecimal.TEN, START, AS_OF))
                .isNotEqualTo(CustomerGoal.of("a", "nps", BigDecimal.ZERO, BigDecimal.ONE, START, AS_OF))
                .isNotEqualTo(CustomerGoal.of("a", "nps", BigDecimal.ZERO, BigDecimal.TEN, START.minusDays(1), AS_OF))
                .isNotEqualTo(CustomerGoal.of("a", "nps", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF.plusDays(1)))
                .isNotEqualTo(g.withObservation(START, BigDecimal.ONE)).isNotEqualTo("a");
        CustomerGoal observed = CustomerGoal.of("a", "nps", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF,
                List.of(GoalObservation.of(START.plusDays(3), "4")));
        assertThat(observed).isEqualTo(g.withObservation(START.plusDays(3), new BigDecimal("4")));
        assertThat(g.equals(g)).as("reflexive").isTrue();
        assertThat(g.metric()).isEqualTo("nps");
        assertThat(g.accountId()).isEqualTo("a");
    }

    @Example
    void reachingTheTargetExactlyIsAttainedEvenAfterTheDeadline() {
        CustomerGoal g = CustomerGoal.of("a", "active users", BigDecimal.ZERO, new BigDecimal("100"), START,
                START.plusDays(10)).withObservation(START.plusDays(10), new BigDecimal("100"));
        assertThat(g.status(START.plusDays(20))).isEqualTo(GoalStatus.ATTAINED);
    }

    @Example
    void attainmentExactlyOnPaceIsOnTrack() {
        // 10-day goal from 0 to 100; on day 5, half-way through, the customer is at 50: exactly on pace.
        CustomerGoal g = CustomerGoal.of("a", "active users", BigDecimal.ZERO, new BigDecimal("100"), START,
                START.plusDays(10)).withObservation(START.plusDays(5), new BigDecimal("50"));
        assertThat(g.status(START.plusDays(5))).isEqualTo(GoalStatus.ON_TRACK);
        CustomerGoal behind = g.withObservation(START.plusDays(6), new BigDecimal("59"));
        assertThat(behind.status(START.plusDays(6))).isEqualTo(GoalStatus.BEHIND);
    }

    @Example
    void thePortfolioPrintsItsDateStatusesAndCustomers() {
        GoalPortfolio p = GoalPortfolio.create(AS_OF);
        p.accept(CustomerGoal.of("a", "m", BigDecimal.ZERO, BigDecimal.TEN, START, AS_OF));
        assertThat(p).hasToString("GoalPortfolio{asOf=2024-04-01, {NO_DATA=1}, customers=1}");
    }
}
