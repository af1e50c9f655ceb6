package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

    static final GammaGamma PRINTED = GammaGamma.of(6.25, 3.74, 15.44);

    @Test
    void reproducesThePublishedCdnowFit() {
        // Fader, Hardie & Lee (2005b), JMR 42(4), and Fader & Hardie's note "The Gamma-Gamma Model of
        // Monetary Value": p = 6.25, q = 3.74, γ = 15.44 on the 946 CDNOW repeat buyers.
        ClvFit<GammaGamma> fit = GammaGamma.fit(Cdnow.SUMMARY);
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        // The shipped z̄ are rounded to the cent; that moves γ by 0.008.
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.01));
        double sum = Cdnow.SUMMARY.stream().filter(c -> c.frequency() > 0)
                .mapToDouble(c -> fit.model().logLikelihood(c.frequency(), c.averageRepeatSpendValue())).sum();
        assertThat(sum).isCloseTo(fit.logLikelihood(), within(1e-6));
    }

    @Test
    void conditionalExpectedSpendMatchesTheNotesSpreadsheet() {
        // The note's spreadsheet, E[M | x, z̄] for CDNOW customers 1–10 (to the cent, from unrounded
        // parameters, hence the 0.1 tolerance with the printed ones).
        double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < 10; i++) {
            CustomerRfm c = Cdnow.SUMMARY.get(i);
            Money m = PRINTED.conditionalExpectedAverageSpend(c);
            assertThat(m.amount().doubleValue()).as("customer %s", c.customerId()).isCloseTo(expected[i], within(0.1));
            assertThat(m.currency().getCurrencyCode()).isEqualTo("USD");
        }
        // By hand: p(γ + x z̄)/(px + q − 1) for x = 2, z̄ = 22.35.
        assertThat(PRINTED.conditionalExpectedAverageSpend(2, 22.35))
                .isCloseTo(6.25 * (15.44 + 44.7) / (12.5 + 2.74), within(1e-12));
        assertThat(PRINTED.conditionalExpectedAverageSpend(0, 0)).isEqualTo(PRINTED.meanSpend());
    }

    @Test
    void undefinedAndBadInputAreExplicit() {
        assertThatThrownBy(() -> GammaGamma.of(2, 0.9, 10).meanSpend()).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("q <= 1: q = 0.9");
        assertThatThrownBy(() -> GammaGamma.fit(List.of(CustomerRfm.of("a", 0, 0, 3, Money.of("0", "USD")))))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("no customer made a repeat purchase");
        assertThatThrownBy(() -> GammaGamma.fit(new int[] {1, 2}, new double[] {3, 0}))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("averageSpend[1] is 0");
        assertThatThrownBy(() -> GammaGamma.fit(new int[] {0}, new double[] {3}))
                .hasMessage("frequency[0] must be >= 1: 0");
        assertThatThrownBy(() -> GammaGamma.fit(new int[] {2, 2, 2, 2}, new double[] {5, 5, 5, 5}))
                .isInstanceOf(ModelFitException.class);
        assertThatThrownBy(() -> PRINTED.logLikelihood(0, 3)).hasMessage("x must be >= 1: 0");
        assertThatThrownBy(() -> PRINTED.conditionalExpectedAverageSpend(1, -2))
                .hasMessage("averageSpend must be finite and >= 0: -2.0");
    }

    @Test
    void lifetimeValueDiscountsTheExpectedPurchases() {
        BgNbd purchases = BgNbdTest.PRINTED;
        CustomerRfm c = Cdnow.SUMMARY.get(0);
        double spend = PRINTED.conditionalExpectedAverageSpend(2, 22.345);
        // Undiscounted, the sum telescopes: E[M] · E[Y(nΔ)].
        Money flat = CustomerLifetimeValue.discounted(purchases, PRINTED, c, 12, 52.0 / 12, 0);
        assertThat(flat.amount().doubleValue())
                .isCloseTo(spend * purchases.conditionalExpectedPurchases(52, c), within(0.005));
        // Two steps by hand.
        double y1 = purchases.conditionalExpectedPurchases(4, c);
        double y2 = purchases.conditionalExpectedPurchases(8, c);
        Money two = CustomerLifetimeValue.discounted(purchases, PRINTED, c, 2, 4, 0.1);
        assertThat(two.amount().doubleValue()).isCloseTo(spend * (y1 / 1.1 + (y2 - y1) / 1.21), within(0.005));
        assertThat(two.amount().scale()).isEqualTo(2);
        Money discounted = CustomerLifetimeValue.discounted(purchases, PRINTED, c, 12, 52.0 / 12, 0.01);
        assertThat(discounted.isLessThan(flat)).isTrue();
        assertThatThrownBy(() -> CustomerLifetimeValue.discounted(purchases, PRINTED, c, 0, 1, 0))
                .hasMessage("steps must be >= 1: 0");
        assertThatThrownBy(() -> CustomerLifetimeValue.discounted(purchases, PRINTED, c, 1, 1, -0.1))
                .hasMessage("discountRate must be finite and >= 0: -0.1");
        assertThatThrownBy(() -> CustomerLifetimeValue.discounted(null, PRINTED, c, 1, 1, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("purchases must not be null");
    }
}
