package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The result records: validation and readable {@code toString}. */
class ChurnResultsTest {

    private static final Money USD_1000 = Money.of("1000", "USD");
    private static final RevenueMovements PERIOD = RevenueMovements.starting(USD_1000)
            .withChurnedMrr(Money.of("100", "USD"));

    @Nested
    class CustomerChurnTest {
        @Test
        void readableAndValidated() {
            CustomerChurn churn = ChurnCalculator.standard().customerChurn(600, 10);

            assertThat(churn.toString()).contains("rate=10/600 (1.67 %)", "START_OF_PERIOD", "EXCLUDED");
            assertThatThrownBy(() -> new CustomerChurn(null, churn.basis(), churn.withinPeriod(), churn.rate()))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("counts must not be null");
            assertThatThrownBy(() -> new CustomerChurn(churn.counts(), churn.basis(), churn.withinPeriod(), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("rate must not be null");
        }
    }

    @Nested
    class RevenueChurnTest {
        @Test
        void offsetOnlyForNetChurn() {
            RevenueChurn net = ChurnCalculator.standard().netRevenueChurn(PERIOD);

            assertThat(net.toString()).contains("NET of EXPANSION", "10.00 %");
            assertThatThrownBy(() -> new RevenueChurn(RevenueChurn.Kind.GROSS, RevenueChurnBasis.START_OF_PERIOD,
                    Optional.of(NetRevenueChurnOffset.EXPANSION), USD_1000, USD_1000, Ratio.ONE, PERIOD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset must be present exactly");
            assertThatThrownBy(() -> new RevenueChurn(RevenueChurn.Kind.NET, RevenueChurnBasis.START_OF_PERIOD,
                    Optional.empty(), USD_1000, USD_1000, Ratio.ONE, PERIOD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset must be present exactly");
            assertThatThrownBy(() -> new RevenueChurn(RevenueChurn.Kind.NET, null, Optional.empty(), USD_1000,
                    USD_1000, Ratio.ONE, PERIOD)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("basis must not be null");
        }
    }

    @Nested
    class ExpectedLossTest {
        @Test
        void readableAndValidated() {
            ExpectedLoss loss = ChurnCalculator.standard().expectedLosses(600, Ratio.of(10, 600), 12);

            assertThat(loss.toString()).contains("109.589 of 600 customers over 12 periods", "COMPOUND", "18.26 %");
            assertThatThrownBy(() -> new ExpectedLoss(-1, loss.periodRate(), 12, Annualization.COMPOUND,
                    loss.cumulativeRate(), loss.accounts())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("customers must not be negative: -1");
        }
    }

    @Nested
    class ChurnIntervalTest {
        @Test
        void readableAndValidated() {
            ChurnInterval interval = ChurnCalculator.standard().confidenceInterval(81, 263);

            assertThat(interval.toString()).isEqualTo("ChurnInterval{WILSON 95.0 %: 81/263 = 30.80 % in [25.53 %, 36.62 %]}");
            assertThatThrownBy(() -> new ChurnInterval(IntervalMethod.WILSON, 0.95, 5, 0, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atRisk must be positive: 0");
            assertThatThrownBy(() -> new ChurnInterval(IntervalMethod.WILSON, 0.95, 5, 4, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("churned must be in 0..4: 5");
            assertThatThrownBy(() -> new ChurnInterval(IntervalMethod.WILSON, 0.95, 1, 4, 0.5, 0.2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= lower <= upper <= 1");
            assertThatThrownBy(() -> new ChurnInterval(IntervalMethod.WILSON, 1.5, 1, 4, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidenceLevel must be in (0, 1): 1.5");
        }
    }
}
