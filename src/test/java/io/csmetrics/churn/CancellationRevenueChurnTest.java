package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CancellationRevenueChurnTest {

    private static final Money START = Money.of("1500000", "JPY");

    /** DESIGN.md's revenue churn example, plus one 100,000 customer contracting to 50,000. */
    private static final RevenueMovements DOCUMENTS = RevenueMovements.starting(START)
            .withChurnedMrr(Money.of("300000", "JPY")).withContractionMrr(Money.of("50000", "JPY"));

    @Test
    void cancellationsOnlyLeavesContractionOut() {
        ChurnCalculator c = ChurnCalculator.standard();
        RevenueChurn cancellations = c.cancellationRevenueChurn(DOCUMENTS);
        assertThat(cancellations.kind()).isEqualTo(RevenueChurn.Kind.CANCELLATIONS_ONLY);
        assertThat(cancellations.offset()).isEqualTo(Optional.empty());
        assertThat(cancellations.lost()).isEqualTo(Money.of("300000", "JPY"));
        assertThat(cancellations.rate()).isEqualTo(Ratio.of(new java.math.BigDecimal("300000"), new java.math.BigDecimal("1500000")));
        assertThat(cancellations.rate().isEquivalent(Ratio.of(1, 5))).isTrue();
        RevenueChurn gross = c.grossRevenueChurn(DOCUMENTS);
        assertThat(gross.lost()).isEqualTo(Money.of("350000", "JPY"));
        assertThat(cancellations.toString()).startsWith("RevenueChurn{CANCELLATIONS_ONLY rate=");
    }

    /** On the documents' end-of-period basis: 300,000 / (1,500,000 − 350,000) = 300,000 / 1,150,000. */
    @Test
    void endOfPeriodBasis() {
        RevenueChurn r = ChurnCalculator.standard().withRevenueBasis(RevenueChurnBasis.END_OF_PERIOD)
                .cancellationRevenueChurn(DOCUMENTS);
        assertThat(r.base()).isEqualTo(Money.of("1150000", "JPY"));
        assertThat(r.rate().isEquivalent(Ratio.of(300_000, 1_150_000))).isTrue();
    }

    @Test
    void undefinedOnZeroBaseAndRejectsNull() {
        RevenueChurn r = ChurnCalculator.standard().cancellationRevenueChurn(RevenueMovements.starting(Money.of("0", "JPY")));
        assertThat(r.rate().isDefined()).isFalse();
        assertThatThrownBy(() -> ChurnCalculator.standard().cancellationRevenueChurn(null))
                .isInstanceOf(NullPointerException.class).hasMessage("movements must not be null");
        assertThatThrownBy(() -> new RevenueChurn(RevenueChurn.Kind.CANCELLATIONS_ONLY, RevenueChurnBasis.START_OF_PERIOD,
                Optional.of(NetRevenueChurnOffset.EXPANSION_AND_REACTIVATION), START, START, Ratio.ONE, DOCUMENTS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
