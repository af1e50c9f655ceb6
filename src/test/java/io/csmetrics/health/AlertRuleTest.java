package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final HealthScoreModel MODEL = HealthScoreModel.builder().measure(Measure.keyFeature("reports"), 1)
            .measure(Measure.linear("seats", 0, 100), 1).build();

    private static HealthScore score(double reports, double seats) {
        return MODEL.score(AccountSignals.of("acme", Map.of("reports", reports, "seats", seats)));
    }

    @Test
    void keyFeatureUnused() {
        AlertRule rule = AlertRule.keyFeatureUnused("reports");
        assertThat(rule.check(AlertContext.of(TODAY, score(0, 80)))).hasValueSatisfying(a -> {
            assertThat(a.rule()).isEqualTo("key-feature-unused");
            assertThat(a.reason()).contains("'reports'");
        });
        assertThat(rule.check(AlertContext.of(TODAY, score(2, 80)))).isEmpty();
        HealthScore noData = MODEL.score(AccountSignals.of("acme", Map.of("seats", 50.0)));
        assertThat(rule.check(AlertContext.of(TODAY, noData)).orElseThrow().reason()).contains("no data");
    }

    @Test
    void dropWithinWindowAndBandChange() {
        HealthScore now = score(0, 80); // 40, red
        List<AlertContext.DatedScore> before = List.of(
                new AlertContext.DatedScore(LocalDate.of(2025, 4, 1), score(1, 100)),
                new AlertContext.DatedScore(LocalDate.of(2025, 6, 1), score(1, 60)));
        AlertContext ctx = new AlertContext(TODAY, now, before, OptionalInt.of(5), List.of());
        List<Alert> alerts = AlertRule.evaluate(List.of(AlertRule.scoreDrop(15, Period.ofDays(30)), AlertRule.bandChange(),
                AlertRule.lowNps(6), AlertRule.manualOverride()), ctx);
        assertThat(alerts).extracting(Alert::rule).containsExactly("score-drop", "band-change", "low-nps");
        assertThat(alerts.get(0).reason()).contains("dropped 40.0 points since 2025-06-01 (80.0 → 40.0)");
        assertThat(alerts.get(1).reason()).contains("from green to red");
        // The 100-point score of April lies outside a 30-day window; a 90-day window sees it.
        assertThat(AlertRule.scoreDrop(50, Period.ofDays(30)).check(ctx)).isEmpty();
        assertThat(AlertRule.scoreDrop(50, Period.ofDays(90)).check(ctx)).isPresent();
        assertThat(AlertRule.lowNps(4).check(ctx)).isEmpty();
    }

    @Test
    void manualOverridesExpire() {
        Band red = Bands.RED_YELLOW_GREEN.bands().get(0);
        ManualOverride o = new ManualOverride(red, "executive sponsor left", LocalDate.of(2025, 7, 1));
        HealthScore green = score(1, 100);
        AlertContext active = new AlertContext(TODAY, green, List.of(), OptionalInt.empty(), List.of(o));
        assertThat(active.effectiveBand()).isEqualTo(red);
        assertThat(AlertRule.manualOverride().check(active).orElseThrow().reason())
                .isEqualTo("set to red until 2025-07-01: executive sponsor left");
        AlertContext expired = new AlertContext(LocalDate.of(2025, 7, 1), green, List.of(), OptionalInt.empty(), List.of(o));
        assertThat(expired.effectiveBand().name()).isEqualTo("green");
        assertThat(AlertRule.manualOverride().check(expired)).isEmpty();
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> AlertRule.scoreDrop(0, Period.ofDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points");
        assertThatThrownBy(() -> AlertRule.scoreDrop(5, Period.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> AlertRule.lowNps(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..10: 11");
        assertThatThrownBy(() -> new AlertContext(TODAY, score(1, 1), List.of(new AlertContext.DatedScore(TODAY,
                score(1, 1))), OptionalInt.empty(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before asOf");
        assertThatThrownBy(() -> AlertRule.keyFeatureUnused("nope").check(AlertContext.of(TODAY, score(1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no measure named 'nope'");
    }
}
