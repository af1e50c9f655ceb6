package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.UndefinedMetricException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ShiftedBetaGeometricTest {

    /**
     * Fader &amp; Hardie (2007), "How to project customer retention", J. Interactive Marketing 21(1),
     * Table 1: customers of a cohort of 1000 still active after each of 12 years, "regular" and
     * "high end" segments. The paper fits years 0–7 and reports α = 0.704, β = 1.182 (regular) and
     * α = 0.668, β = 3.806 (high end); an independent maximum-likelihood fit gives 0.7041, 1.1820 and
     * 0.6681, 3.8061. (The high-end percentages 100, 86.9, 74.3, 65.3, … also appear in the example
     * of the R package foretell, which implements this model.)
     */
    static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173};
    static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394};
    static final int FITTED_YEARS = 7;

    static Stream<Arguments> paperFits() {
        return Stream.of(
                Arguments.of("regular", REGULAR, 0.704, 1.182, 0.7041, 1.1820),
                Arguments.of("high end", HIGH_END, 0.668, 3.806, 0.6681, 3.8061));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paperFits")
    void reproducesThePapersFits(String segment, long[] alive, double paperAlpha, double paperBeta, double mleAlpha,
            double mleBeta) {
        long[] years07 = java.util.Arrays.copyOf(alive, FITTED_YEARS + 1);
        SbgFit fit = ShiftedBetaGeometric.fit(years07);
        assertThat(fit.alpha()).as("alpha, paper's 3 decimals").isCloseTo(paperAlpha, within(0.0005));
        assertThat(fit.beta()).as("beta, paper's 3 decimals").isCloseTo(paperBeta, within(0.0005));
        assertThat(fit.alpha()).as("alpha, independent MLE").isCloseTo(mleAlpha, within(0.00005));
        assertThat(fit.beta()).as("beta, independent MLE").isCloseTo(mleBeta, within(0.00005));
        assertThat(fit.periods()).isEqualTo(FITTED_YEARS);
        // The reported log-likelihood is the independent closed form at the estimate, and the estimate
        // is a maximum: every neighbour is lower.
        double ll = closedFormLogLikelihood(fit.alpha(), fit.beta(), years07);
        assertThat(fit.logLikelihood()).isCloseTo(ll, within(1e-8));
        for (double[] step : new double[][] {{1e-3, 0}, {-1e-3, 0}, {0, 1e-3}, {0, -1e-3}}) {
            assertThat(closedFormLogLikelihood(fit.alpha() + step[0], fit.beta() + step[1], years07)).isLessThan(ll);
        }
        // Fitted vs observed, and the projection of years 8..12 the paper validates against:
        // within 5 % of the held-out actuals (the largest gap is 4.1 %, high end, year 12: 410 vs 394).
        assertThat(fit.observed()).hasSize(8).startsWith(1000L);
        assertThat(fit.fitted().get(0)).isEqualTo(1000.0);
        for (int t = 1; t <= FITTED_YEARS; t++) {
            assertThat(fit.fitted().get(t)).isCloseTo(1000 * survivalByBeta(fit.alpha(), fit.beta(), t), within(1e-9));
        }
        double[] projected = fit.model().projectSurvival(12);
        for (int t = 8; t <= 12; t++) {
            assertThat(1000 * projected[t]).isCloseTo(alive[t], within(alive[t] * 0.05));
        }
        assertThat(fit.toString()).startsWith(String.format(java.util.Locale.ROOT, "SbgFit{alpha=%.4f, beta=%.4f", mleAlpha,
                mleBeta));
    }

    /** LL = Σ n_t ln[B(α+1, β+t−1)/B(α,β)] + alive_T ln[B(α, β+T)/B(α,β)] (Fader & Hardie 2007, eq. 5). */
    static double closedFormLogLikelihood(double a, double b, long[] alive) {
        double lb = Beta.logBeta(a, b);
        double ll = 0;
        for (int t = 1; t < alive.length; t++) {
            ll += (alive[t - 1] - alive[t]) * (Beta.logBeta(a + 1, b + t - 1) - lb);
        }
        int last = alive.length - 1;
        return ll + alive[last] * (Beta.logBeta(a, b + last) - lb);
    }

    static double survivalByBeta(double a, double b, int t) {
        return Math.exp(Beta.logBeta(a, b + t) - Beta.logBeta(a, b));
    }

    static final ShiftedBetaGeometric REGULAR_MODEL = ShiftedBetaGeometric.of(0.704, 1.182);

    @Test
    void survivalRetentionAndChurnProbabilities() {
        ShiftedBetaGeometric m = REGULAR_MODEL;
        assertThat(m.survival(0)).isEqualTo(1);
        for (int t = 1; t <= 30; t++) {
            assertThat(m.survival(t)).isCloseTo(survivalByBeta(0.704, 1.182, t), within(1e-12));
            assertThat(m.retentionRate(t)).isCloseTo((1.182 + t - 1) / (0.704 + 1.182 + t - 1), within(1e-15));
            assertThat(m.churnProbability(t)).isCloseTo(m.survival(t - 1) - m.survival(t), within(1e-12));
        }
        // Past the recursion limit S(t) comes from the beta function directly.
        assertThat(m.survival(5000)).isCloseTo(survivalByBeta(0.704, 1.182, 5000), within(1e-12));
        assertThat(m.survival(2001) / m.survival(2000)).isCloseTo(m.retentionRate(2001), within(1e-9));
        // The class Javadoc's example: r_1 = 1.182/1.886 = 0.627; r_12 = 12.182/12.886 = 0.945.
        assertThat(m.retentionRate(1)).isCloseTo(0.6267, within(0.0001));
        assertThat(m.retentionRate(12)).isCloseTo(0.9454, within(0.0001));
        assertThat(m.meanChurnProbability()).isCloseTo(0.704 / 1.886, within(1e-15));
        assertThat(m.toString()).isEqualTo("ShiftedBetaGeometric{alpha=0.7040, beta=1.1820}");
        assertThat(AccumulatorChecks.roundTrip(m)).isEqualTo(m).hasSameHashCodeAs(m);
        assertThat(ShiftedBetaGeometric.of(0.704, 1.2)).isNotEqualTo(m);
    }

    /**
     * DERL (Fader & Hardie 2010, Marketing Science 29(1), eq. 6) in closed form against an independent
     * numeric summation of its definition, Σ_{k ≥ 0} S(n+1+k)/S(n) · (1+d)^−k, with S from the beta
     * function, summed until the terms are below 10⁻¹⁸ of the sum.
     */
    @ParameterizedTest
    @CsvSource({
        "0.704, 1.182, 0.10, 0",
        "0.704, 1.182, 0.10, 4",
        "0.704, 1.182, 0.01, 10",
        "0.668, 3.806, 0.10, 0",
        "0.668, 3.806, 0.05, 7",
        "2.5,   0.3,   0.20, 2",
        "40,    60,    0.02, 25"})
    void derlMatchesNumericSummation(double a, double b, double d, int n) {
        ShiftedBetaGeometric m = ShiftedBetaGeometric.of(a, b);
        double sum = 0;
        double logSn = Beta.logBeta(a, b + n);
        for (int k = 0; k < 10_000_000; k++) {
            double term = Math.exp(Beta.logBeta(a, b + n + 1 + k) - logSn - k * Math.log1p(d));
            sum += term;
            if (term < 1e-18 * sum) {
                break;
            }
        }
        assertThat(m.discountedExpectedResidualLifetime(d, n)).isCloseTo(sum, within(sum * 1e-9));
        // DEL counts the first payment now: DEL = 1 + DERL(d, 0)/(1 + d).
        assertThat(m.discountedExpectedLifetime(d))
                .isCloseTo(1 + m.discountedExpectedResidualLifetime(d, 0) / (1 + d), within(1e-9));
    }

    @Test
    void expectedLifetimeAndZeroDiscount() {
        ShiftedBetaGeometric m = ShiftedBetaGeometric.of(2.5, 3);
        // E[T] = (α + β − 1)/(α − 1) = 4.5/1.5 = 3; Gauss's theorem gives the same at d = 0.
        assertThat(m.expectedLifetime()).isCloseTo(3, within(1e-12));
        assertThat(m.discountedExpectedLifetime(0)).isCloseTo(3, within(1e-9));
        // DERL at d = 0: (β + n)/(α − 1) = (3 + 2)/1.5.
        assertThat(m.discountedExpectedResidualLifetime(0, 2)).isCloseTo(5 / 1.5, within(1e-9));
        assertThatThrownBy(REGULAR_MODEL::expectedLifetime).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("infinite for alpha <= 1");
        assertThatThrownBy(() -> REGULAR_MODEL.discountedExpectedLifetime(0)).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("diverges");
    }

    @Test
    void ltvFromTheModel() {
        Money price = Money.of("100", "USD");
        double del = REGULAR_MODEL.discountedExpectedLifetime(0.1);
        assertThat(REGULAR_MODEL.ltv(price, 0.1).amount().doubleValue()).isCloseTo(100 * del, within(1e-9));
        assertThat(del).isCloseTo(3.69, within(0.01));
        assertThat(REGULAR_MODEL.ltv(price, 0.1).currency()).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void fitFromACohort() {
        // A cohort of 10 acquired in January: alive 10, 6, 4, 3 over four months.
        List<MrrHistory> histories = new ArrayList<>();
        int[] monthsPaid = {1, 1, 1, 1, 2, 2, 3, 4, 4, 4};
        for (int i = 0; i < monthsPaid.length; i++) {
            long[] units = new long[monthsPaid[i]];
            java.util.Arrays.fill(units, 1000);
            histories.add(MrrHistory.of("acc" + i, Currency.getInstance("USD"), YearMonth.of(2024, 1), units));
        }
        Cohort<String> cohort = Cohort.of("jan", histories, YearMonth.of(2024, 4));
        SbgFit fit = ShiftedBetaGeometric.fit(cohort);
        assertThat(fit.observed()).containsExactly(10L, 6L, 4L, 3L);
        assertThat(fit).isEqualTo(ShiftedBetaGeometric.fit(10, 6, 4, 3));
    }

    @Test
    void badSeries() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(1000, 631, 700)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alive[2] (700) exceeds alive[1] (631): a survival series never increases");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alive[0] (customers at the start) must be positive: 0");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two periods (0 and 1): length 1");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(10, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alive[1] must not be negative: -1");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit((long[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("alive must not be null");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit((Cohort<?>) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("cohort must not be null");
    }

    @Test
    void fitsWithoutAnEstimateSaySo() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(100, 100, 100)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("no customer churned in the 2 periods");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(100, 0, 0)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("every customer churned in period 1");
        // Exactly geometric data (a constant 50 % churn) show no heterogeneity: α and β run off together.
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(1_000_000, 500_000, 250_000, 125_000, 62_500, 31_250))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("diverged");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(1000, 600, 360, 216)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("constant-churn (geometric) model");
    }

    @Test
    void badParametersAndDiscountRates() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be finite and positive: 0.0");
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta must be finite and positive: NaN");
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REGULAR_MODEL.discountedExpectedLifetime(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("discountRate must be above -1: -1.0");
        assertThatThrownBy(() -> REGULAR_MODEL.discountedExpectedResidualLifetime(-2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discountRate must be above -1");
        assertThatThrownBy(() -> REGULAR_MODEL.discountedExpectedLifetime(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REGULAR_MODEL.discountedExpectedLifetime(-0.5)).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("negative discountRate");
        assertThatThrownBy(() -> REGULAR_MODEL.discountedExpectedResidualLifetime(0.1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewals must not be negative: -1");
        assertThatThrownBy(() -> REGULAR_MODEL.survival(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period must be at least 0: -1");
        assertThatThrownBy(() -> REGULAR_MODEL.retentionRate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period must be at least 1: 0");
        assertThatThrownBy(() -> REGULAR_MODEL.churnProbability(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REGULAR_MODEL.projectSurvival(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REGULAR_MODEL.ltv(null, 0.1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("pricePerPeriod must not be null");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, Double.NaN, List.of(1L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logLikelihood must be finite");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, -1, List.of(1L, 2L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    }

    @Property
    void survivalIsNonIncreasing(@ForAll @DoubleRange(min = 0.01, max = 100) double alpha,
            @ForAll @DoubleRange(min = 0.01, max = 100) double beta, @ForAll @IntRange(min = 0, max = 3000) int t) {
        ShiftedBetaGeometric m = ShiftedBetaGeometric.of(alpha, beta);
        assertThat(m.survival(t + 1)).isLessThanOrEqualTo(m.survival(t)).isBetween(0.0, 1.0);
        assertThat(m.survival(t)).isLessThanOrEqualTo(1.0);
    }
}
