package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgNbdTest {

    static final ClvFit<BgNbd> CDNOW_FIT = BgNbd.fit(Cdnow.SUMMARY);
    static final BgNbd CDNOW = CDNOW_FIT.model();
    /** The paper's estimates as printed, for the published predictions computed from them. */
    static final BgNbd PRINTED = BgNbd.of(0.243, 4.414, 0.793, 2.426);

    @Test
    void reproducesThePublishedCdnowFit() {
        // Fader, Hardie & Lee (2005), Marketing Science 24(2), p. 280: r = 0.243, α = 4.414,
        // a = 0.793, b = 2.426, LL = −9582.4.
        assertThat(CDNOW.r()).isCloseTo(0.243, within(0.0005));
        assertThat(CDNOW.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(CDNOW.a()).isCloseTo(0.793, within(0.0005));
        assertThat(CDNOW.b()).isCloseTo(2.426, within(0.0005));
        assertThat(CDNOW_FIT.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(CDNOW_FIT.customers()).isEqualTo(2357);
        assertThat(CDNOW_FIT.parameterNames()).containsExactly("r", "alpha", "a", "b");
        assertThat(CDNOW_FIT.standardErrors()).allSatisfy(se -> assertThat(se).isPositive());
        assertThat(CDNOW_FIT.toString()).startsWith("ClvFit{r=0.24").contains("LL=-9582.4");
    }

    @Test
    void theFitIsTheMaximumOfTheTotalLogLikelihood() {
        double sum = Cdnow.SUMMARY.stream()
                .mapToDouble(c -> CDNOW.logLikelihood(c.frequency(), c.recency(), c.age())).sum();
        assertThat(sum).isCloseTo(CDNOW_FIT.logLikelihood(), within(1e-6));
        for (double f : new double[] {0.99, 1.01}) {
            BgNbd nearby = BgNbd.of(CDNOW.r() * f, CDNOW.alpha(), CDNOW.a(), CDNOW.b() / f);
            double ll = Cdnow.SUMMARY.stream()
                    .mapToDouble(c -> nearby.logLikelihood(c.frequency(), c.recency(), c.age())).sum();
            assertThat(ll).isLessThan(CDNOW_FIT.logLikelihood());
        }
    }

    @Test
    void singleCustomerLikelihoodMatchesTheTwoTermFormula() {
        // Independent evaluation of eq. (6): the two terms of L summed directly, not in logs.
        BgNbd m = PRINTED;
        int x = 2;
        double tx = 30.43;
        double bigT = 38.86;
        double common = Math.exp(SpecialFunctions.logGamma(m.r() + x) - SpecialFunctions.logGamma(m.r()))
                * Math.pow(m.alpha(), m.r());
        double b1 = Math.exp(SpecialFunctions.logBeta(m.a(), m.b() + x) - SpecialFunctions.logBeta(m.a(), m.b()));
        double b2 = Math.exp(SpecialFunctions.logBeta(m.a() + 1, m.b() + x - 1) - SpecialFunctions.logBeta(m.a(), m.b()));
        double l = common * (b1 / Math.pow(m.alpha() + bigT, m.r() + x) + b2 / Math.pow(m.alpha() + tx, m.r() + x));
        assertThat(m.logLikelihood(x, tx, bigT)).isCloseTo(Math.log(l), within(1e-12));
    }

    @Test
    void conditionalExpectationMatchesHardiesSpreadsheet() {
        // Hardie, "Implementing the BG/NBD Model for Customer Base Analysis in Excel" (2005):
        // E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226.
        assertThat(CDNOW.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
    }

    @ParameterizedTest
    @CsvSource({
        // Hardie's BG/NBD spreadsheet, cumulative repeat transactions per customer, E[X(t)]. The
        // spreadsheet sums the 2F1 series to a fixed number of terms; at t = 78 (z = 0.946) that
        // truncation shows in the fourth decimal, so that row is checked to the third.
        "0.1429, 0.0078, 0.00005", "1.0, 0.0532, 0.00005", "3.0, 0.1506, 0.00005", "31.8571, 1.0405, 0.00005",
        "32.0, 1.0437, 0.00005", "78.0, 1.8576, 0.0005"})
    void unconditionalExpectationMatchesHardiesSpreadsheet(double t, double expected, double tolerance) {
        assertThat(CDNOW.expectedPurchases(t)).isCloseTo(expected, within(tolerance));
    }

    @Test
    void probabilityOfPurchasesMatchesBtyd() {
        // R BTYD 2.4 reference manual, bgnbd.pmf with params (0.243, 4.414, 0.793, 2.426).
        assertThat(PRINTED.probabilityOfPurchases(10, 2)).isCloseTo(1.07869e-07, within(1e-11));
        assertThat(PRINTED.probabilityOfPurchases(0, 39)).isCloseTo(0.5737864, within(1e-7));
        double[] expected = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638, 0.0005517902,
            0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
        for (int n = 11; n <= 20; n++) {
            assertThat(PRINTED.probabilityOfPurchases(n, 30)).as("n=%d", n).isCloseTo(expected[n - 11], within(1e-10));
        }
    }

    @Test
    void probabilitiesSumToOneAndToTheExpectation() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 1000; n++) {
            double p = CDNOW.probabilityOfPurchases(n, 39);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(mean).isCloseTo(CDNOW.expectedPurchases(39), within(1e-6));
    }

    @Test
    void probabilityAliveIsOneWithoutRepeatsAndFallsWithInactivity() {
        assertThat(CDNOW.probabilityAlive(0, 0, 38)).isEqualTo(1.0);
        assertThat(CDNOW.probabilityAlive(5, 37, 38)).isGreaterThan(CDNOW.probabilityAlive(5, 10, 38));
        // By hand: 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
        double a = PRINTED.a() / (PRINTED.b() + 1) * Math.pow((PRINTED.alpha() + 38.86) / (PRINTED.alpha() + 30.43), 2.243);
        assertThat(PRINTED.probabilityAlive(2, 30.43, 38.86)).isCloseTo(1 / (1 + a), within(1e-14));
    }

    @Test
    void aEqualToOneIsTheLimitOfItsNeighbours() {
        BgNbd at = BgNbd.of(0.3, 4, 1.0, 2.5);
        BgNbd below = BgNbd.of(0.3, 4, 1.0 - 1e-4, 2.5);
        BgNbd above = BgNbd.of(0.3, 4, 1.0 + 1e-4, 2.5);
        assertThat(at.expectedPurchases(20)).isBetween(Math.min(below.expectedPurchases(20), above.expectedPurchases(20)),
                Math.max(below.expectedPurchases(20), above.expectedPurchases(20)));
        assertThat(at.conditionalExpectedPurchases(10, 3, 8, 12))
                .isCloseTo(below.conditionalExpectedPurchases(10, 3, 8, 12), within(1e-3));
    }

    @Test
    void smallShapesUseTheContiguousRelationAndStillSumToTheExpectation() {
        // a + b < 1 makes the third parameter of 2F1(r, b; a + b − 1; z) negative.
        BgNbd m = BgNbd.of(0.6, 3, 0.3, 0.4);
        double mean = 0;
        for (int n = 0; n < 400; n++) {
            mean += n * m.probabilityOfPurchases(n, 10);
        }
        assertThat(m.expectedPurchases(10)).isCloseTo(mean, within(1e-6));
        // E[Y(t) | x = 0, t_x = 0, T = 0] is E[X(t)] (a new customer).
        assertThat(m.conditionalExpectedPurchases(10, 0, 0, 0)).isCloseTo(m.expectedPurchases(10), within(1e-9));
        BgNbd edge = BgNbd.of(0.6, 3, 0.3, 0.7);
        assertThat(edge.expectedPurchases(10)).isCloseTo(BgNbd.of(0.6, 3, 0.3 + 1e-4, 0.7).expectedPurchases(10),
                within(1e-3));
    }

    @Test
    void refusesDataThatCannotIdentifyTheModel() {
        Money zero = Money.of("0", "USD");
        List<CustomerRfm> noRepeaters = List.of(CustomerRfm.of("a", 0, 0, 10, zero), CustomerRfm.of("b", 0, 0, 12, zero));
        assertThatThrownBy(() -> BgNbd.fit(noRepeaters)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("none of the 2 customers made a repeat purchase");
        List<CustomerRfm> identical = Collections.nCopies(50, CustomerRfm.of("c", 3, 20, 30, Money.of("30", "USD")));
        assertThatThrownBy(() -> BgNbd.fit(identical)).isInstanceOf(ModelFitException.class);
        assertThatThrownBy(() -> BgNbd.fit(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers must not be empty");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> BgNbd.of(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("r must be finite and > 0: 0.0");
        assertThatThrownBy(() -> BgNbd.of(1, Double.NaN, 1, 1)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> CDNOW.probabilityAlive(-1, 0, 1)).hasMessage("x must be >= 0: -1");
        assertThatThrownBy(() -> CDNOW.probabilityAlive(1, 5, 4)).hasMessage("t_x (5.0) must be in [0, T (4.0)]");
        assertThatThrownBy(() -> CDNOW.probabilityAlive(0, 1, 4)).hasMessage("t_x (1.0) must be 0 when x is 0");
        assertThatThrownBy(() -> CDNOW.expectedPurchases(-1)).hasMessage("t must be finite and >= 0: -1.0");
        assertThatThrownBy(() -> CDNOW.probabilityOfPurchases(-1, 1)).hasMessage("n must be >= 0: -1");
        assertThatThrownBy(() -> BgNbd.fit(new int[] {1}, new double[] {1, 2}, new double[] {3}))
                .hasMessageContaining("must have the same length");
        assertThatThrownBy(() -> BgNbd.fit((List<CustomerRfm>) null)).isInstanceOf(NullPointerException.class);
    }
}
