package io.csmetrics.ltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The result records: validation and readable {@code toString}. */
class LtvResultsTest {

    private static final Money USD_100 = Money.of("100", "USD");

    @Nested
    class LtvTest {
        @Test
        void explainsItself() {
            Ltv ltv = LtvCalculator.standard().fromChurnRate(USD_100, Ratio.of(10, 600));

            assertThat(ltv.toString()).isEqualTo("Ltv{CHURN_RATE value=USD 6000 = USD 100 × margin 1/1 × 600/10 payments,"
                    + " discount 0/1 per period; monthly churn 10/600}");
            assertThatThrownBy(() -> new Ltv(LtvBasis.LIFETIME, null, USD_100, Ratio.ONE, Ratio.ZERO, Ratio.ONE, ""))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("value must not be null");
        }
    }

    @Nested
    class UnitEconomicsTest {
        @Test
        void explainsItself() {
            Ltv ltv = LtvCalculator.standard().fromLifetime(USD_100, 24);
            UnitEconomics unit = LtvCalculator.standard().unitEconomics(ltv, Money.of("600", "USD"),
                    Money.of("300", "USD"));

            assertThat(unit.toString()).contains("profitPerAccount=USD 1500", "LTV USD 2400", "LTV:CAC 2400/600",
                    "LIFETIME");
            assertThatThrownBy(() -> new UnitEconomics(ltv, USD_100, USD_100, USD_100, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("ltvToCac must not be null");
        }
    }
}
