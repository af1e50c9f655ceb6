package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityVsResultsTest {

    private static final Money USD_0 = Money.of("0", "USD");
    private static final Money USD_1000 = Money.of("1000", "USD");
    private static final Money USD_1200 = Money.of("1200", "USD");

    /** The Javadoc example: 12 of 15 within-SLA accounts renewed, 6 of 10 with a breach. */
    private static List<AccountResult> results() {
        List<AccountResult> r = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            r.add(AccountResult.of("in" + i, i < 12, USD_1000, i < 12 ? USD_1200 : USD_0));
        }
        for (int i = 0; i < 10; i++) {
            r.add(AccountResult.of("out" + i, i < 6, USD_1000, i < 6 ? USD_1000 : USD_0));
        }
        r.add(AccountResult.of("nocase", true, USD_1000, USD_1000));
        return r;
    }

    private static SupportStats support() {
        Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
        SupportStats s = SupportStats.create(Instant.parse("2024-04-01T00:00:00Z"));
        for (int i = 0; i < 15; i++) {
            s.accept(SupportCase.of("a" + i, "in" + i, CasePriority.NORMAL, t0, null, t0.plusSeconds(3600)));
        }
        for (int i = 0; i < 10; i++) {
            s.accept(SupportCase.of("b" + i, "out" + i, CasePriority.NORMAL, t0, null, t0.plusSeconds(30 * 3600)));
            s.accept(SupportCase.of("c" + i, "out" + i, CasePriority.LOW, t0, null, t0.plusSeconds(3600)));
        }
        return s;
    }

    @Test
    void slaAttainmentAgainstRenewal() {
        ActivityVsResults v = ActivityVsResults.bySlaAttainment(results(), support(), 0.95);
        assertThat(v.group().label()).isEqualTo("all cases within 24 h");
        assertThat(v.rest().label()).isEqualTo("a case over 24 h");
        assertThat(v.group().accounts()).isEqualTo(15);
        assertThat(v.group().renewalRate()).isEqualTo(Ratio.of(12, 15));
        assertThat(v.rest().renewalRate()).isEqualTo(Ratio.of(6, 10));
        assertThat(v.excluded()).isEqualTo(1);
        // NRR: 12 × 1200 / (15 × 1000) = 0.96; 6 × 1000 / (10 × 1000) = 0.6.
        assertThat(v.group().nrr().toDouble()).isEqualTo(0.96);
        assertThat(v.rest().nrr().toDouble()).isEqualTo(0.6);
        ProportionDifference d = v.renewalDifference().orElseThrow();
        assertThat(d.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(d.lower()).isCloseTo(-0.1423, within(0.00005));
        assertThat(d.upper()).isCloseTo(0.5152, within(0.00005));
        assertThat(v.interpretation()).startsWith("association, not causation");
        assertThat(v.toString()).contains("association, not causation");
    }

    @Test
    void activityLevel() {
        YearMonth march = YearMonth.of(2024, 3);
        ActivityStats a = ActivityStats.create(march);
        for (int i = 0; i < 15; i++) {
            for (int k = 0; k < 3; k++) {
                a.accept(Activity.of("in" + i, ActivityKind.MEETING, march.atDay(1 + k), "alice", "emea",
                        Duration.ZERO, ""));
            }
        }
        ActivityVsResults v = ActivityVsResults.byActivityLevel(results(), a, 3, 0.95);
        assertThat(v.group().label()).isEqualTo("3+ touches");
        assertThat(v.group().renewalRate()).isEqualTo(Ratio.of(12, 15));
        assertThat(v.rest().renewalRate()).isEqualTo(Ratio.of(7, 11));
        assertThat(v.excluded()).isZero();
    }

    @Test
    void emptyGroupHasNoDifference() {
        ActivityVsResults v = ActivityVsResults.compare(results(), Set.of(), "none", Set.of("in1"), "one", 0.95);
        assertThat(v.renewalDifference()).isEmpty();
        assertThat(v.group().renewalRate().isDefined()).isFalse();
        assertThat(v.group().nrr().isDefined()).isFalse();
        assertThat(v.excluded()).isEqualTo(25);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ActivityVsResults.compare(results(), Set.of("in1"), "g", Set.of("in1"), "r", 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("account in1 is in both 'g' and 'r'");
        assertThatThrownBy(() -> ActivityVsResults.compare(List.of(), Set.of(), "g", Set.of(), "r", 0.95))
                .hasMessage("results must not be empty");
        List<AccountResult> twice = new ArrayList<>(results());
        twice.add(twice.get(0));
        assertThatThrownBy(() -> ActivityVsResults.compare(twice, Set.of(), "g", Set.of(), "r", 0.95))
                .hasMessage("account in0 appears more than once in results");
        List<AccountResult> mixed = new ArrayList<>(results());
        mixed.add(AccountResult.of("eur", true, Money.of("5", "EUR"), Money.of("5", "EUR")));
        assertThatThrownBy(() -> ActivityVsResults.compare(mixed, Set.of(), "g", Set.of(), "r", 0.95))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> ActivityVsResults.compare(results(), Set.of(), "g", Set.of(), "r", 0))
                .hasMessage("confidenceLevel must be within (0, 1): 0.0");
        assertThatThrownBy(() -> ActivityVsResults.byActivityLevel(results(), ActivityStats.create(LocalDate.of(2024,
                1, 1), LocalDate.of(2024, 1, 2)), 0, 0.95)).hasMessage("minTouches must be positive: 0");
        assertThatThrownBy(() -> AccountResult.of("x", false, USD_1000, USD_1000))
                .hasMessage("account x did not renew but has end ARR USD 1000");
        assertThatThrownBy(() -> AccountResult.of("x", true, USD_1000.negated(), USD_1000))
                .hasMessageStartingWith("ARR of x must not be negative");
        assertThatThrownBy(() -> AccountResult.of("x", true, USD_1000, Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
