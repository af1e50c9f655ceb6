package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RevenueMetricsTest {

    private static final Money USD_50 = Money.of("50", "USD");
    private static final Money USD_6000 = Mrr.ofCustomers(120, USD_50).toMoneyExact();
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final YearMonth JUN = YearMonth.of(2024, 6);

    @Test
    void arrIsTwelveTimesMrr() {
        // DESIGN.md "MRR = customers × monthly fee": 120 × USD 50 = USD 6,000; ARR = 12 × 6,000.
        assertThat(RevenueMetrics.arr(USD_6000).toMoneyExact().isEqual(Money.of("72000", "USD"))).isTrue();
    }

    @Test
    void arpaIsExactAndUndefinedWithoutAccounts() {
        assertThat(RevenueMetrics.arpa(USD_6000, 120)).contains(Mrr.of(USD_50));
        Mrr third = RevenueMetrics.arpa(Money.of("100", "USD"), 3).orElseThrow();
        assertThat(third.isTerminating()).isFalse();
        assertThat(third.multipliedBy(3)).isEqualTo(Mrr.of(Money.of("100", "USD")));
        assertThat(third.toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("33.33", "USD"));
        assertThat(RevenueMetrics.arpa(Money.zero(USD_50.currency()), 0)).isEmpty();
    }

    @Test
    void rejectsBadMrrAndAccounts() {
        assertThatThrownBy(() -> RevenueMetrics.arr(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mrr must not be null");
        assertThatThrownBy(() -> RevenueMetrics.arr(USD_50.negated())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr must not be negative: USD -50");
        assertThatThrownBy(() -> RevenueMetrics.arpa(USD_50.negated(), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr must not be negative: USD -50");
        assertThatThrownBy(() -> RevenueMetrics.arpa(USD_50, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("payingAccounts must not be negative: -1");
        assertThatThrownBy(() -> RevenueMetrics.arpa(USD_50, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr (USD 50) must be zero when payingAccounts is 0");
        assertThatThrownBy(() -> RevenueMetrics.quickRatio(null, QuickRatioBasis.WITH_REACTIVATION))
                .isInstanceOf(NullPointerException.class).hasMessage("period must not be null");
    }

    private static MovementTotal usd(long amount) {
        return MovementTotal.of(Money.of(BigDecimal.valueOf(amount), USD_50.currency()), amount == 0 ? 0 : 1);
    }

    /**
     * Quick ratio worked examples: (new + expansion [+ reactivation]) / (contraction + churn).
     * Row 1 is the common published example (new 20k, expansion 8k, churn 5k, contraction 3k → 3.5, e.g. Hamid's
     * SaaS quick ratio as restated by vendors' glossaries); row 2 adds a reactivation of 4k; row 3 has no loss.
     */
    @ParameterizedTest
    @CsvSource({
        "20000, 8000, 0,    3000, 5000, WITH_REACTIVATION,    28000, 8000",
        "20000, 8000, 4000, 3000, 5000, WITH_REACTIVATION,    32000, 8000",
        "20000, 8000, 4000, 3000, 5000, WITHOUT_REACTIVATION, 28000, 8000",
        "20000, 8000, 4000, 0,    0,    WITH_REACTIVATION,    32000, 0",
    })
    void quickRatio(long newMrr, long expansion, long reactivation, long contraction, long churn, QuickRatioBasis basis,
            long numerator, long denominator) {
        long start = 100_000;
        long end = start + newMrr + expansion + reactivation - contraction - churn;
        long startAccounts = 10;
        MrrBridgePeriod p = new MrrBridgePeriod(MAY, JUN, Money.of(BigDecimal.valueOf(start), USD_50.currency()),
                startAccounts, usd(newMrr), usd(expansion), usd(reactivation), usd(contraction), usd(churn),
                Money.of(BigDecimal.valueOf(end), USD_50.currency()),
                startAccounts + (newMrr == 0 ? 0 : 1) + (reactivation == 0 ? 0 : 1) - (churn == 0 ? 0 : 1));

        Ratio q = RevenueMetrics.quickRatio(p, basis);

        assertThat(q).isEqualTo(Ratio.of(numerator, denominator));
        assertThat(q.isDefined()).isEqualTo(denominator != 0);
    }
}
