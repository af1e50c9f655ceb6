package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Money;
import io.csmetrics.health.Measure;
import io.csmetrics.health.MeasureScore;
import io.csmetrics.health.Trend;
import io.csmetrics.outcome.CustomerGoal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScorecardModelTest {

    private static final ScorecardModel STANDARD = ScorecardModel.standard();

    private static Map<String, Double> javadocSignals() {
        Map<String, Double> s = new HashMap<>();
        s.putAll(ScorecardSignals.customerActions(0.5, 1));
        s.put(ScorecardModel.TOUCHES, 3.0);
        s.put(ScorecardModel.DAYS_SINCE_TOUCH, 15.0);
        s.put(ScorecardModel.QBR_HELD, 1.0);
        s.put(ScorecardModel.NRR, 1.0);
        s.put(ScorecardModel.GOAL_ATTAINMENT, 0.5);
        return s;
    }

    @Test
    void javadocExample() {
        AccountScorecard c = STANDARD.score(new ScorecardInput("A", "alice", "emea", javadocSignals()));
        assertThat(c.total()).isCloseTo(62.5, within(1e-9));
        assertThat(c.viewpoint(Viewpoint.CUSTOMER_ACTIONS).points()).isCloseTo(18.75, within(1e-9));
        assertThat(c.viewpoint(Viewpoint.CUSTOMER_ACTIONS).score()).hasValueSatisfying(
                v -> assertThat(v).isCloseTo(75, within(1e-9)));
        assertThat(c.viewpoint(Viewpoint.CS_ACTIONS).points()).isCloseTo(18.75, within(1e-9));
        assertThat(c.viewpoint(Viewpoint.BUSINESS_RESULTS).points()).isCloseTo(12.5, within(1e-9));
        assertThat(c.viewpoint(Viewpoint.CUSTOMER_OUTCOME).points()).isCloseTo(12.5, within(1e-9));
        MeasureScore days = c.viewpoint(Viewpoint.CS_ACTIONS).lines().get(1);
        assertThat(days.name()).isEqualTo(ScorecardModel.DAYS_SINCE_TOUCH);
        assertThat(days.score()).isCloseTo(75, within(1e-9));
        assertThat(c.trend()).isEmpty();
        assertThat(c.toString()).contains("CS actions=18.75");
    }

    @Test
    void trendsPerViewpoint() {
        Map<String, Double> before = new HashMap<>(javadocSignals());
        before.put(ScorecardModel.TOUCHES, 0.0);
        before.put(ScorecardModel.NRR, 1.2);
        AccountScorecard c = STANDARD.score(new ScorecardInput("A", "alice", "emea", javadocSignals()),
                new ScorecardInput("A", "alice", "emea", before));
        // CS actions: touches 0 → 3 adds 50/3 × 1/4 points; business results: NRR 1.2 → 1.0 loses 12.5.
        assertThat(c.viewpoint(Viewpoint.CS_ACTIONS).trend().orElseThrow().delta()).isCloseTo(50.0 / 12,
                within(1e-9));
        assertThat(c.viewpoint(Viewpoint.CS_ACTIONS).trend().orElseThrow().direction()).isEqualTo(Trend.Direction.UP);
        assertThat(c.viewpoint(Viewpoint.BUSINESS_RESULTS).trend().orElseThrow().direction())
                .isEqualTo(Trend.Direction.DOWN);
        assertThat(c.viewpoint(Viewpoint.CUSTOMER_OUTCOME).trend().orElseThrow().direction())
                .isEqualTo(Trend.Direction.FLAT);
        assertThat(c.trend().orElseThrow().delta()).isCloseTo(50.0 / 12 - 12.5, within(1e-9));
    }

    @Test
    void signalsFromTheFamilies() {
        YearMonth march = YearMonth.of(2024, 3);
        ActivityStats a = ActivityStats.create(march);
        a.accept(Activity.of("A", ActivityKind.QBR, march.atDay(10), "alice", "emea", Duration.ofHours(1), "ok"));
        a.accept(Activity.of("A", ActivityKind.EMAIL, march.atDay(16), "alice", "emea", Duration.ZERO, ""));
        assertThat(ScorecardSignals.csActions(a, "A", march.atEndOfMonth(), 30)).isEqualTo(Map.of(
                ScorecardModel.TOUCHES, 2.0, ScorecardModel.DAYS_SINCE_TOUCH, 15.0, ScorecardModel.QBR_HELD, 1.0));
        // Never touched: days since the period's start + 1 (a lower bound), not a missing signal.
        assertThat(ScorecardSignals.csActions(a, "B", march.atEndOfMonth(), 30))
                .containsEntry(ScorecardModel.DAYS_SINCE_TOUCH, 31.0).containsEntry(ScorecardModel.QBR_HELD, 0.0);
        assertThat(ScorecardSignals.businessResults(Money.of("1000", "USD"), Money.of("1100", "USD")))
                .isEqualTo(Map.of(ScorecardModel.NRR, 1.1));
        CustomerGoal goal = CustomerGoal.of("A", "hours per ticket", new BigDecimal("10"), new BigDecimal("6"),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .withObservation(LocalDate.of(2024, 4, 1), new BigDecimal("8.5"));
        assertThat(ScorecardSignals.customerOutcome(goal, LocalDate.of(2024, 4, 1)))
                .isEqualTo(Map.of(ScorecardModel.GOAL_ATTAINMENT, 0.375));
        assertThat(ScorecardSignals.customerOutcome(goal, LocalDate.of(2024, 2, 1))).isEmpty();
    }

    @Test
    void rollupPerCsmAndTeam() {
        ScorecardModel m = ScorecardModel.builder().viewpoint(Viewpoint.CS_ACTIONS, 1)
                .measure(Measure.linear("touches", 0, 10), 1).viewpoint(Viewpoint.BUSINESS_RESULTS, 1)
                .measure(Measure.linear("NRR", 0, 2), 1).build();
        // alice: A total (40 + 80)/2 = 60 (CS 20), B (60 + 100)/2 = 80 (CS 30) → 70 with CS 25 (TeamScorecard Javadoc).
        AccountScorecard a = m.score(new ScorecardInput("A", "alice", "emea", Map.of("touches", 4.0, "NRR", 1.6)));
        AccountScorecard b = m.score(new ScorecardInput("B", "alice", "emea", Map.of("touches", 6.0, "NRR", 2.0)));
        AccountScorecard c = m.score(new ScorecardInput("C", "bob", "emea", Map.of("touches", 0.0, "NRR", 1.0)));
        Map<String, TeamScorecard> byCsm = TeamScorecard.byCsm(List.of(c, b, a));
        assertThat(byCsm.keySet()).containsExactly("alice", "bob");
        TeamScorecard alice = byCsm.get("alice");
        assertThat(alice.accounts()).isEqualTo(2);
        assertThat(alice.total()).isCloseTo(70, within(1e-9));
        assertThat(alice.points().get(Viewpoint.CS_ACTIONS)).isCloseTo(25, within(1e-9));
        assertThat(alice.trend()).isEmpty();
        assertThat(TeamScorecard.byTeam(List.of(a, b, c)).get("emea").accounts()).isEqualTo(3);
        // With previous scorecards: alice's CS actions rise from (10 + 10)/2 to 25 points.
        AccountScorecard a2 = m.score(new ScorecardInput("A", "alice", "emea", Map.of("touches", 4.0, "NRR", 1.6)),
                new ScorecardInput("A", "alice", "emea", Map.of("touches", 2.0, "NRR", 1.6)));
        AccountScorecard b2 = m.score(new ScorecardInput("B", "alice", "emea", Map.of("touches", 6.0, "NRR", 2.0)),
                new ScorecardInput("B", "alice", "emea", Map.of("touches", 2.0, "NRR", 2.0)));
        TeamScorecard withTrend = TeamScorecard.byCsm(List.of(a2, b2)).get("alice");
        assertThat(withTrend.trends().get(Viewpoint.CS_ACTIONS).delta()).isCloseTo(15, within(1e-9));
        assertThat(withTrend.trends().get(Viewpoint.BUSINESS_RESULTS).direction()).isEqualTo(Trend.Direction.FLAT);
        assertThat(withTrend.trend().orElseThrow().delta()).isCloseTo(15, within(1e-9));
        assertThat(alice.trends()).isEmpty();
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ScorecardModel.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a scorecard needs at least one viewpoint");
        assertThatThrownBy(() -> ScorecardModel.builder().viewpoint(Viewpoint.CS_ACTIONS, 1).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("viewpoint 'CS actions' has no measure");
        assertThatThrownBy(() -> ScorecardModel.builder().measure(Measure.linear("x", 0, 1), 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ScorecardModel.builder().viewpoint(Viewpoint.CS_ACTIONS, 1)
                .viewpoint(Viewpoint.CS_ACTIONS, 1)).hasMessage("duplicate group name: CS actions");
        assertThatThrownBy(() -> ScorecardModel.builder().trendTolerance(-1))
                .hasMessage("trendTolerance must be finite and 0 or more: -1.0");
        assertThatThrownBy(() -> new ScorecardInput("A", "alice", "emea", Map.of("NRR", Double.NaN)))
                .hasMessage("signal 'NRR' of A must be finite: NaN");
        assertThatThrownBy(() -> STANDARD.score(new ScorecardInput("A", "a", "t", Map.of()),
                new ScorecardInput("B", "a", "t", Map.of()))).hasMessage("previous is of account B, not A");
        assertThatThrownBy(() -> ScorecardSignals.customerActions(1.5, 0))
                .hasMessage("activeUserShare must be within 0..1: 1.5");
        assertThatThrownBy(() -> ScorecardSignals.businessResults(Money.of("0", "USD"), Money.of("1", "USD")))
                .hasMessageStartingWith("NRR needs a positive start");
    }

    @Provide
    Arbitrary<List<ScorecardInput>> inputs() {
        Arbitrary<ScorecardInput> one = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.of("alice", "bob", "carol"), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 12), Arbitraries.doubles().between(0, 90),
                Arbitraries.of(0.0, 1.0), Arbitraries.doubles().between(0, 2).injectNull(0.2),
                Arbitraries.doubles().between(-0.5, 1.5).injectNull(0.3))
                .as((id, csm, share, touches, days, qbr, nrr, goal) -> {
                    Map<String, Double> s = new HashMap<>(ScorecardSignals.customerActions(share, share / 2));
                    s.put(ScorecardModel.TOUCHES, touches);
                    s.put(ScorecardModel.DAYS_SINCE_TOUCH, days);
                    s.put(ScorecardModel.QBR_HELD, qbr);
                    if (nrr != null) {
                        s.put(ScorecardModel.NRR, nrr);
                    }
                    if (goal != null) {
                        s.put(ScorecardModel.GOAL_ATTAINMENT, goal);
                    }
                    return new ScorecardInput("acc" + id, csm, csm.equals("carol") ? "apac" : "emea", s);
                });
        return one.list().ofMinSize(1).ofMaxSize(20).uniqueElements(ScorecardInput::accountId);
    }

    @Property(tries = 100)
    void linesSumToViewpointsAndViewpointsToTotals(@ForAll("inputs") List<ScorecardInput> inputs, @ForAll long seed) {
        List<AccountScorecard> cards = new ArrayList<>();
        for (ScorecardInput in : inputs) {
            AccountScorecard c = STANDARD.score(in);
            double sum = 0;
            for (ViewpointScore v : c.viewpoints()) {
                double lines = v.lines().stream().mapToDouble(MeasureScore::contribution).sum();
                assertThat(v.points()).isCloseTo(lines, within(1e-9));
                sum += v.points();
            }
            assertThat(c.total()).isBetween(0.0, 100.0).isCloseTo(sum, within(1e-9));
            cards.add(c);
        }
        Map<String, TeamScorecard> byCsm = TeamScorecard.byCsm(cards);
        for (TeamScorecard t : byCsm.values()) {
            double sum = t.points().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(t.total()).isCloseTo(sum, within(1e-9));
        }
        assertThat(byCsm.values().stream().mapToLong(TeamScorecard::accounts).sum()).isEqualTo(inputs.size());
        List<AccountScorecard> shuffled = new ArrayList<>(cards);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(TeamScorecard.byCsm(shuffled)).as("order independent").isEqualTo(byCsm);
        assertThat(TeamScorecard.byTeam(shuffled)).isEqualTo(TeamScorecard.byTeam(cards));
    }
}
