package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoNbdTest {

    static final ClvFit<ParetoNbd> CDNOW_FIT = ParetoNbd.fit(Cdnow.SUMMARY);
    static final ParetoNbd CDNOW = CDNOW_FIT.model();

    @Test
    void reproducesThePublishedCdnowFit() {
        // Fader, Hardie & Lee (2005), Marketing Science 24(2), p. 280 (Pareto/NBD on CDNOW):
        // r = 0.553, α = 10.578, s = 0.606, β = 11.669, LL = −9595.0.
        assertThat(CDNOW.r()).isCloseTo(0.553, within(0.0005));
        assertThat(CDNOW.alpha()).isCloseTo(10.578, within(0.0005));
        assertThat(CDNOW.s()).isCloseTo(0.606, within(0.0005));
        // The shipped summary rounds t_x and T to 0.01 week, and the likelihood is flat along the
        // ridge of s and β, so β lands 0.001 from the printed value (LL agrees to 0.05).
        assertThat(CDNOW.beta()).isCloseTo(11.669, within(0.002));
        assertThat(CDNOW_FIT.logLikelihood()).isCloseTo(-9595.0, within(0.05));
        assertThat(CDNOW_FIT.standardError("s")).isPositive();
    }

    @Test
    void conditionalExpectationMatchesTheBtydWalkthrough() {
        // R BTYD vignette "BTYD walkthrough", pnbd.ConditionalExpectedTransactions for a customer with
        // x = 26, t_x = 30.86, T = 31 over the next 52 weeks: 25.46.
        assertThat(CDNOW.conditionalExpectedPurchases(52, 26, 30.86, 31)).isCloseTo(25.46, within(0.005));
    }

    @Test
    void unconditionalExpectationMatchesBtyd() {
        // R BTYD reference manual, pnbd.Expectation with its example params (0.55, 10.56, 0.61, 11.64), t = 1..9.
        ParetoNbd btyd = ParetoNbd.of(0.55, 10.56, 0.61, 11.64);
        double[] expected = {0.05077821, 0.09916088, 0.14542507, 0.18979930, 0.23247466, 0.27361274, 0.31335159,
            0.35181024, 0.38909211};
        for (int t = 1; t <= 9; t++) {
            assertThat(btyd.expectedPurchases(t)).as("t=%d", t).isCloseTo(expected[t - 1], within(5e-9));
        }
    }

    @Test
    void likelihoodMatchesNumericalIntegrationOverTheDropoutTime() {
        // Independent check of the closed form: for given λ, μ the individual likelihood is
        // λ^x e^{−(λ+μ)T} + λ^x μ ∫_{t_x}^{T} e^{−(λ+μ)τ} dτ; integrate λ and μ over their gammas numerically.
        ParetoNbd m = ParetoNbd.of(0.8, 6, 1.3, 9);
        int x = 3;
        double tx = 12;
        double bigT = 20;
        double integral = 0;
        int grid = 1500;
        double lambdaMax = 6.0;
        double muMax = 2.0;
        double dl = lambdaMax / grid;
        double dm = muMax / grid;
        for (int i = 0; i < grid; i++) {
            double lambda = (i + 0.5) * dl;
            double gl = Math.exp(m.r() * Math.log(m.alpha()) + (m.r() - 1) * Math.log(lambda) - m.alpha() * lambda
                    - SpecialFunctions.logGamma(m.r()));
            for (int j = 0; j < grid; j++) {
                double mu = (j + 0.5) * dm;
                double gm = Math.exp(m.s() * Math.log(m.beta()) + (m.s() - 1) * Math.log(mu) - m.beta() * mu
                        - SpecialFunctions.logGamma(m.s()));
                double k = lambda + mu;
                double alive = Math.exp(-k * bigT);
                double died = mu / k * (Math.exp(-k * tx) - Math.exp(-k * bigT));
                integral += Math.pow(lambda, x) * (alive + died) * gl * gm * dl * dm;
            }
        }
        assertThat(m.logLikelihood(x, tx, bigT)).isCloseTo(Math.log(integral), within(2e-3));
    }

    @Test
    void bothHypergeometricRegimesAgreeAcrossAlphaEqualsBeta() {
        ParetoNbd below = ParetoNbd.of(0.6, 10 - 1e-7, 0.7, 10);
        ParetoNbd above = ParetoNbd.of(0.6, 10 + 1e-7, 0.7, 10);
        assertThat(below.logLikelihood(4, 15, 30)).isCloseTo(above.logLikelihood(4, 15, 30), within(1e-6));
        assertThat(below.probabilityAlive(4, 15, 30)).isCloseTo(above.probabilityAlive(4, 15, 30), within(1e-6));
        assertThat(below.probabilityOfPurchases(2, 30)).isCloseTo(above.probabilityOfPurchases(2, 30), within(1e-6));
    }

    @Test
    void probabilitiesSumToOneAndToTheExpectation() {
        for (ParetoNbd m : List.of(CDNOW, ParetoNbd.of(1.2, 3, 0.5, 20), ParetoNbd.of(0.4, 12, 2.5, 4))) {
            double total = 0;
            double mean = 0;
            for (int n = 0; n < 400; n++) {
                double p = m.probabilityOfPurchases(n, 26);
                total += p;
                mean += n * p;
            }
            assertThat(total).as("%s", m).isCloseTo(1.0, within(1e-6));
            assertThat(mean).as("%s", m).isCloseTo(m.expectedPurchases(26), within(1e-4));
        }
    }

    @Test
    void sEqualToOneIsTheLimitOfItsNeighbours() {
        ParetoNbd at = ParetoNbd.of(0.5, 10, 1.0, 12);
        ParetoNbd near = ParetoNbd.of(0.5, 10, 1.0 + 1e-9, 12);
        assertThat(at.expectedPurchases(39)).isCloseTo(near.expectedPurchases(39), within(1e-7));
        assertThat(at.conditionalExpectedPurchases(39, 2, 30, 38)).isCloseTo(near.conditionalExpectedPurchases(39, 2, 30, 38),
                within(1e-7));
    }

    @Test
    void probabilityAliveIsOneWhenTheLastPurchaseIsNow() {
        assertThat(CDNOW.probabilityAlive(3, 20, 20)).isEqualTo(1.0);
        assertThat(CDNOW.probabilityAlive(3, 5, 38)).isLessThan(CDNOW.probabilityAlive(3, 30, 38));
    }

    @Test
    void refusesDataThatCannotIdentifyTheModelAndBadInput() {
        Money zero = Money.of("0", "USD");
        assertThatThrownBy(() -> ParetoNbd.fit(List.of(CustomerRfm.of("a", 0, 0, 5, zero))))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("Pareto/NBD");
        assertThatThrownBy(() -> ParetoNbd.of(1, 1, -1, 1)).hasMessage("s must be finite and > 0: -1.0");
        assertThatThrownBy(() -> CDNOW.conditionalExpectedPurchases(Double.POSITIVE_INFINITY, 1, 1, 2))
                .hasMessageContaining("t must be finite");
    }
}
