package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.health.RenewalWorklist.Entry;
import io.csmetrics.health.RenewalWorklist.UpcomingRenewal;
import io.csmetrics.AccumulatorChecks;
import io.csmetrics.usage.LastActivity;
import io.csmetrics.usage.UsageEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The issue-18 rules: inactivity alert, risk-category presets, upcoming-renewals worklist. */
class CsRulesTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final HealthScoreModel PLAIN = HealthScoreModel.builder().measure(Measure.linear("s", 0, 100), 1)
            .build();

    private static HealthScore score(String account, double value) {
        return PLAIN.score(AccountSignals.of(account, Map.of("s", value)));
    }

    @Test
    void inactivityJavadocExample() {
        AlertRule rule = InactivityAlert.ofDays(30).rule(Optional.of(LocalDate.of(2024, 5, 1)),
                Map.of("reports", LocalDate.of(2024, 4, 20)));
        List<Alert> fired = AlertRule.evaluate(List.of(rule), AlertContext.of(LocalDate.of(2024, 6, 15),
                score("A", 50)));
        assertThat(fired).containsExactly(new Alert("inactive", "no login or key-feature use in the last 30 days "
                + "(last login 2024-05-01, last key-feature use 2024-04-20 (reports))"));
        assertThat(rule.check(AlertContext.of(LocalDate.of(2024, 5, 30), score("A", 50)))).isEmpty();
    }

    @Test
    void inactivityWindowEdgesAndNeverActive() {
        InactivityAlert a = InactivityAlert.ofDays(30);
        // Window as of 06-30 is 06-01..06-30: a use on 06-01 is inside, on 05-31 outside.
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        assertThat(a.check(asOf, Optional.empty(), Map.of("x", JUNE_1))).isEmpty();
        assertThat(a.check(asOf, Optional.of(LocalDate.of(2024, 5, 31)), Map.of())).isPresent();
        assertThat(a.check(asOf, Optional.empty(), Map.of()).orElseThrow().reason())
                .isEqualTo("no login or key-feature use in the last 30 days (last login never, last key-feature use never)");
        assertThatThrownBy(() -> a.check(JUNE_1, Optional.of(asOf), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lastLogin (2024-06-30) is after asOf (2024-06-01)");
        assertThatThrownBy(() -> a.check(JUNE_1, Optional.empty(), Map.of("x", asOf)))
                .hasMessage("last use of 'x' (2024-06-30) is after asOf (2024-06-01)");
        assertThatThrownBy(() -> InactivityAlert.ofDays(0)).hasMessage("days must be positive: 0");
    }

    @Test
    void inactivityFromUsageEvents() {
        // LastActivity Javadoc: A logs in on 03-02 and uses reports on 03-05 and 03-01.
        List<UsageEvent> events = List.of(UsageEvent.of("A", "u", Instant.parse("2024-03-02T09:00:00Z")),
                UsageEvent.of("A", "u", Instant.parse("2024-03-05T09:00:00Z"), "reports"),
                UsageEvent.of("A", "u", Instant.parse("2024-03-01T09:00:00Z"), "reports"),
                UsageEvent.of("A", "u", Instant.parse("2024-04-20T09:00:00Z"), "chat"),
                UsageEvent.of("B", "v", Instant.parse("2024-04-25T09:00:00Z")));
        AccumulatorChecks.assertAllPathsAgree(events, () -> LastActivity.create(ZoneOffset.UTC),
                a -> List.of(a.lastLogin("A"), a.lastFeatureUse("A"), a.lastLogin("B"), a.lastFeatureUse("B")));
        LastActivity last = events.stream().collect(LastActivity.collector(ZoneOffset.UTC));
        assertThat(last.lastLogin("A")).contains(LocalDate.of(2024, 3, 2));
        assertThat(last.lastFeatureUse("A")).containsEntry("reports", LocalDate.of(2024, 3, 5)).hasSize(2);
        assertThat(last.lastLogin("Z")).isEmpty();
        InactivityAlert alert = InactivityAlert.ofDays(30);
        AlertContext asOf = AlertContext.of(LocalDate.of(2024, 4, 30), score("A", 50));
        // chat is not a key feature: its use on 04-20 does not keep A active.
        assertThat(alert.rule(last, "A", Set.of("reports")).check(asOf)).isPresent();
        assertThat(alert.rule(last, "A", Set.of("reports", "chat")).check(asOf)).isEmpty();
        assertThat(alert.rule(last, "B", Set.of("reports")).check(asOf)).isEmpty();
    }

    @Test
    void riskCategoriesJavadocExample() {
        HealthScore s = RiskCategoryPresets.riskCategories().score(AccountSignals.of("A", Map.of(
                RiskCategoryPresets.EXECUTIVE_SPONSOR, 1.0, RiskCategoryPresets.CHAMPION, 0.0,
                RiskCategoryPresets.SEMINAR_ATTENDED, 1.0, RiskCategoryPresets.MILESTONES_REACHED, 0.5,
                RiskCategoryPresets.DAYS_BEHIND_PLAN, 15.0, RiskCategoryPresets.LATEST_NPS, 8.0,
                RiskCategoryPresets.OPEN_ESCALATIONS, 0.0)));
        Map<String, Double> c = RiskCategoryPresets.categoryScores(s);
        assertThat(c.keySet()).containsExactly("readiness", "implementation", "sentiment");
        assertThat(c.get("readiness")).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(c.get("implementation")).isCloseTo(50, within(1e-9));
        assertThat(c.get("sentiment")).isCloseTo(90, within(1e-9));
        assertThat(s.value()).isCloseTo((200.0 / 3 + 50 + 90) / 3, within(1e-9));
        HealthScore withUsage = RiskCategoryPresets.withUsage().score(AccountSignals.of("A",
                Map.of(RiskCategoryPresets.KEY_FEATURE_SHARE, 0.25)));
        // Only usage has a signal: the other categories drop out (renormalised), not count as 0.
        assertThat(RiskCategoryPresets.categoryScores(withUsage)).containsOnlyKeys("usage");
        assertThat(withUsage.value()).isCloseTo(25, within(1e-9));
    }

    @Test
    void renewalWorklistJavadocExample() {
        List<UpcomingRenewal> renewals = List.of(
                new UpcomingRenewal("A", LocalDate.of(2024, 8, 1), Money.of("50000", "USD")),
                new UpcomingRenewal("B", LocalDate.of(2024, 7, 1), Money.of("10000", "USD")),
                new UpcomingRenewal("C", LocalDate.of(2024, 6, 15), Money.of("20000", "USD")),
                new UpcomingRenewal("D", LocalDate.of(2024, 12, 1), Money.of("99000", "USD")));
        Map<String, HealthScore> scores = Map.of("A", score("A", 80), "B", score("B", 40), "C", score("C", 45));
        List<Entry> list = RenewalWorklist.upcoming(renewals, scores, JUNE_1, 90);
        assertThat(list).extracting(e -> e.renewal().accountId()).containsExactly("C", "B", "A");
        assertThat(list.get(0).daysToRenewal()).isEqualTo(14);
        assertThat(RenewalWorklist.arrDue(list, null).isEqual(Money.of("80000", "USD"))).isTrue();
        assertThat(RenewalWorklist.arrDue(list, "red").isEqual(Money.of("30000", "USD"))).isTrue();
        // Same band and day: the larger ARR first.
        List<Entry> tie = RenewalWorklist.upcoming(List.of(
                new UpcomingRenewal("X", JUNE_1, Money.of("1", "USD")),
                new UpcomingRenewal("Y", JUNE_1, Money.of("2", "USD"))), Map.of("X", score("X", 10), "Y",
                score("Y", 20)), JUNE_1, 0);
        assertThat(tie).extracting(e -> e.renewal().accountId()).containsExactly("Y", "X");
    }

    @Test
    void renewalWorklistBadInput() {
        UpcomingRenewal a = new UpcomingRenewal("A", JUNE_1, Money.of("1", "USD"));
        assertThatThrownBy(() -> RenewalWorklist.upcoming(List.of(a), Map.of(), JUNE_1, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no health score for account A renewing 2024-06-01");
        assertThatThrownBy(() -> RenewalWorklist.upcoming(List.of(a, a), Map.of(), JUNE_1, 30))
                .hasMessage("account A has more than one renewal");
        assertThatThrownBy(() -> RenewalWorklist.upcoming(List.of(a), Map.of(), JUNE_1, -1))
                .hasMessage("horizonDays must not be negative: -1");
        assertThatThrownBy(() -> RenewalWorklist.upcoming(List.of(a, new UpcomingRenewal("B", JUNE_1,
                Money.of("1", "EUR"))), Map.of(), JUNE_1, 30)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new UpcomingRenewal("A", JUNE_1, Money.of("-1", "USD")))
                .hasMessage("arr of A must not be negative: USD -1");
        assertThatThrownBy(() -> RenewalWorklist.arrDue(List.of(), null)).hasMessage("entries must not be empty");
    }
}
