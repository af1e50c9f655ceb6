package io.csmetrics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CounterfactualUpliftTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static AccountOutcome outcome(String id, boolean worked, String start, String end) {
        return AccountOutcome.of(id, worked, Money.of(start, "USD"), Money.of(end, "USD"));
    }

    /** The example of {@link Uplift}'s Javadoc, with one account per group shrinking. */
    private static List<AccountOutcome> example() {
        return List.of(
                outcome("w1", true, "60000", "75000"),
                outcome("w2", true, "40000", "35000"),
                outcome("c1", false, "30000", "30000"),
                outcome("c2", false, "20000", "17500"));
    }

    @Test
    void netRetentionUplift() {
        CounterfactualUplift u = CounterfactualUplift.create(USD);
        example().forEach(u);
        Uplift net = u.uplift();
        // worked 100,000 → 110,000 (110 %); control 50,000 → 47,500 (95 %)
        assertThat(net.workedRetention().isEquivalent(Ratio.of(110, 100))).isTrue();
        assertThat(net.controlRetention().isEquivalent(Ratio.of(95, 100))).isTrue();
        // incremental = 110,000 − 100,000 × 47,500 / 50,000 = 110,000 − 95,000 = 15,000
        assertThat(net.incrementalArr(RoundingMode.UNNECESSARY)).isEqualTo(Money.of("15000.00", "USD"));
        assertThat(net.workedAccounts()).isEqualTo(2);
    }

    @Test
    void grossRetentionCapsExpansion() {
        CounterfactualUplift u = CounterfactualUplift.create(USD);
        example().forEach(u);
        Uplift gross = u.uplift(UpliftBasis.GROSS_RETENTION);
        // worked retained: min(60,000, 75,000) + min(40,000, 35,000) = 95,000; control 47,500 of 50,000
        // incremental = 95,000 − 100,000 × 0.95 = 0
        assertThat(gross.workedEnd().isEqual(Money.of("95000", "USD"))).isTrue();
        assertThat(gross.incrementalArr(RoundingMode.UNNECESSARY).isZero()).isTrue();
    }

    @Test
    void noControlGroupIsUndefined() {
        CounterfactualUplift u = CounterfactualUplift.create(USD);
        u.accept(outcome("w1", true, "100", "120"));
        assertThat(u.uplift().incrementalExact().isDefined()).isFalse();
        assertThatThrownBy(() -> u.uplift().incrementalArr(RoundingMode.HALF_EVEN))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("control group");
    }

    @Test
    void allPathsAgree() {
        SplittableRandom r = new SplittableRandom(3);
        List<AccountOutcome> list = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            list.add(AccountOutcome.of("A" + i, r.nextBoolean(), Money.ofMinor(r.nextLong(1_000_000), USD),
                    Money.ofMinor(r.nextLong(1_200_000), USD)));
        }
        AccumulatorChecks.assertAllPathsAgree(list, () -> CounterfactualUplift.create(USD),
                a -> List.of(a.uplift(), a.uplift(UpliftBasis.GROSS_RETENTION)));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> outcome("a", true, "-1", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> AccountOutcome.of("a", true, Money.of("1", "USD"), Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> CounterfactualUplift.create(USD).accept(AccountOutcome.of("a", true,
                Money.of("1", "EUR"), Money.of("1", "EUR")))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> outcome(" ", true, "1", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId must not be blank");
    }
}
