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
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.Trigamma;
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
        assertThat(fit.toString()).startsWith(String.format(java.util.Locale.ROOT, "SbgFit{alpha=%.4f (SE", mleAlpha))
                .contains(String.format(java.util.Locale.ROOT, "beta=%.4f (SE", mleBeta));
    }

    /** LL = Σ n_t ln[B(α+1, β+t−1)/B(α,β)] + alive_T ln[B(α, β+T)/B(α,β)] (Fader & Hardie 2007, eq. 5). */
    static double closedFormLogLikelihood(double a, double b, long[] alive) {
        double lb = LogBeta.value(a, b);
        double ll = 0;
        for (int t = 1; t < alive.length; t++) {
            ll += (alive[t - 1] - alive[t]) * (LogBeta.value(a + 1, b + t - 1) - lb);
        }
        int last = alive.length - 1;
        return ll + alive[last] * (LogBeta.value(a, b + last) - lb);
    }

    static double survivalByBeta(double a, double b, int t) {
        return Math.exp(LogBeta.value(a, b + t) - LogBeta.value(a, b));
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
        double logSn = LogBeta.value(a, b + n);
        for (int k = 0; k < 10_000_000; k++) {
            double term = Math.exp(LogBeta.value(a, b + n + 1 + k) - logSn - k * Math.log1p(d));
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
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, Double.NaN, 0.1, 0.1, 0, List.of(1L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logLikelihood must be finite");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, -1, 0.1, 0.1, 0, List.of(1L, 2L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, -1, 0, 0.1, 0, List.of(1L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alphaStandardError must be finite and positive: 0.0");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, -1, 0.1, Double.POSITIVE_INFINITY, 0, List.of(1L),
                List.of(1.0), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("betaStandardError must be finite and positive: Infinity");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, -1, 0.1, 0.1, 0.02, List.of(1L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covariance (0.02) must be finite");
        assertThatThrownBy(() -> new SbgFit(REGULAR_MODEL, -1, 0.1, 0.1, Double.NaN, List.of(1L), List.of(1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covariance (NaN)");
        assertThatThrownBy(() -> REGULAR_MODEL.logLikelihood(1000, 1001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alive[1] (1001) exceeds alive[0] (1000)");
        assertThatThrownBy(() -> REGULAR_MODEL.logLikelihood((long[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("alive must not be null");
    }

    /**
     * The maximum-likelihood estimates of Fader &amp; Hardie (2007)'s two cohorts (years 0–7),
     * computed here independently of the library: Newton's method on the paper's closed form of the
     * log-likelihood (eq. 5, beta functions) with its gradient and Hessian from the digamma and
     * trigamma functions, iterated to machine precision from the paper's 3-decimal values.
     * The library's fit (simplex, then Newton on the product form) must agree to 1e-8 relative,
     * and its standard errors must be those of the same Hessian.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("paperFits")
    void fitIsTheMaximumLikelihoodEstimateTo1e8WithStandardErrors(String segment, long[] alive, double paperAlpha,
            double paperBeta) {
        long[] years07 = java.util.Arrays.copyOf(alive, FITTED_YEARS + 1);
        double[] mle = {paperAlpha, paperBeta};
        double[] d = closedFormDerivatives(mle[0], mle[1], years07);
        for (int i = 0; i < 50; i++) {
            double det = d[2] * d[4] - d[3] * d[3];
            mle[0] -= (d[4] * d[0] - d[3] * d[1]) / det;
            mle[1] -= (d[2] * d[1] - d[3] * d[0]) / det;
            d = closedFormDerivatives(mle[0], mle[1], years07);
        }
        assertThat(Math.abs(d[0]) + Math.abs(d[1])).as("gradient at the independent MLE").isLessThan(1e-9);
        SbgFit fit = ShiftedBetaGeometric.fit(years07);
        assertThat(fit.alpha()).as(segment + " alpha").isCloseTo(mle[0], within(mle[0] * 1e-8));
        assertThat(fit.beta()).as(segment + " beta").isCloseTo(mle[1], within(mle[1] * 1e-8));
        // The gradient of the closed form at the library's estimate vanishes too.
        double[] atFit = closedFormDerivatives(fit.alpha(), fit.beta(), years07);
        assertThat(Math.abs(atFit[0]) + Math.abs(atFit[1])).isLessThan(1e-5);
        double det = d[2] * d[4] - d[3] * d[3];
        assertThat(fit.alphaStandardError()).isCloseTo(Math.sqrt(-d[4] / det), within(Math.sqrt(-d[4] / det) * 1e-7));
        assertThat(fit.betaStandardError()).isCloseTo(Math.sqrt(-d[2] / det), within(Math.sqrt(-d[2] / det) * 1e-7));
        assertThat(fit.covariance()).isCloseTo(d[3] / det, within(Math.abs(d[3] / det) * 1e-7));
        // And a second-derivative check by central differences of the closed form, independent of
        // digamma/trigamma: the observed information's αα entry.
        double h = 1e-4;
        double ll0 = closedFormLogLikelihood(fit.alpha(), fit.beta(), years07);
        double haa = (closedFormLogLikelihood(fit.alpha() + h, fit.beta(), years07) - 2 * ll0
                + closedFormLogLikelihood(fit.alpha() - h, fit.beta(), years07)) / (h * h);
        assertThat(haa).isCloseTo(d[2], within(Math.abs(d[2]) * 1e-3));
        assertThat(fit.logLikelihoodAt(fit.alpha(), fit.beta())).isEqualTo(fit.logLikelihood());
        assertThat(fit.logLikelihoodAt(paperAlpha, paperBeta)).isLessThanOrEqualTo(fit.logLikelihood())
                .isCloseTo(closedFormLogLikelihood(paperAlpha, paperBeta, years07), within(1e-9));
    }

    /** {∂α, ∂β, ∂αα, ∂αβ, ∂ββ} of the closed-form log-likelihood, by digamma and trigamma. */
    static double[] closedFormDerivatives(double a, double b, long[] alive) {
        double[] d = new double[5];
        int last = alive.length - 1;
        for (int t = 1; t <= last; t++) {
            addLogBetaDerivatives(d, alive[t - 1] - alive[t], a + 1, b + t - 1);
        }
        addLogBetaDerivatives(d, alive[last], a, b + last);
        addLogBetaDerivatives(d, -alive[0], a, b);
        return d;
    }

    /** Adds w × the derivatives of ln B(x, y) = lnΓ(x) + lnΓ(y) − lnΓ(x + y) (x, y shifted α, β). */
    static void addLogBetaDerivatives(double[] d, double w, double x, double y) {
        double psiSum = Digamma.value(x + y);
        double triSum = Trigamma.value(x + y);
        d[0] += w * (Digamma.value(x) - psiSum);
        d[1] += w * (Digamma.value(y) - psiSum);
        d[2] += w * (Trigamma.value(x) - triSum);
        d[3] += w * -triSum;
        d[4] += w * (Trigamma.value(y) - triSum);
    }

    @Test
    void regularCohortFitInFull() {
        SbgFit fit = ShiftedBetaGeometric.fit(java.util.Arrays.copyOf(REGULAR, FITTED_YEARS + 1));
        assertThat(fit.toString()).isEqualTo("SbgFit{alpha=0.7041 (SE 0.0656), beta=1.1820 (SE 0.1525), LL=-1680.265, T=7}");
        assertThat(ShiftedBetaGeometric.of(1, 1).logLikelihood(java.util.Arrays.copyOf(REGULAR, FITTED_YEARS + 1)))
                .isCloseTo(-1741.730, within(0.0005));
        assertThat(fit.evaluations()).isPositive();
        assertThat(AccumulatorChecks.roundTrip(fit)).isEqualTo(fit);
    }

    /** One period: LL = N ln α + alive_1 ln β − alive_0 ln(α + β) depends on α/(α + β) only. */
    @Test
    void onePeriodDoesNotIdentifyTheModel() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(1000, 999)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("one period (1000 -> 999) does not identify alpha and beta")
                .hasMessageContaining("flat ridge");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(10, 6)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("observe at least two periods");
        // The ridge itself: any two points with the same mean churn score the same.
        assertThat(ShiftedBetaGeometric.of(0.001, 0.999).logLikelihood(1000, 999))
                .isCloseTo(ShiftedBetaGeometric.of(10, 9990).logLikelihood(1000, 999), within(1e-9));
    }

    /** Tiny parameters: α + β + 1 − 1 is 0 in doubles, which once made S(t) = 0/0 = NaN. */
    @Test
    void tinyParametersGiveFiniteProbabilities() {
        ShiftedBetaGeometric m = ShiftedBetaGeometric.of(1e-300, 1e-300);
        // r_1 = β/(α + β) = 1/2; after that r_t = (β + t − 1)/(α + β + t − 1) = 1 to double precision.
        assertThat(m.survival(5)).isEqualTo(0.5);
        assertThat(m.retentionRate(1)).isEqualTo(0.5);
        assertThat(m.churnProbability(1)).isEqualTo(0.5);
        assertThat(m.churnProbability(5)).isCloseTo(0.5 * 1e-300 / 4, within(1e-310));
        assertThat(m.projectSurvival(6)).containsOnly(1.0, 0.5);
        assertThat(m.survival(5000)).isCloseTo(0.5, within(1e-12));
        ShiftedBetaGeometric huge = ShiftedBetaGeometric.of(1e308, 1e308);
        assertThat(huge.retentionRate(1)).isEqualTo(0.5);
        assertThat(huge.survival(3)).isCloseTo(0.125, within(1e-15));
        assertThat(huge.survival(3000)).isBetween(0.0, 1.0);
        assertThat(huge.logLikelihood(10, 5, 2)).isFinite();
    }

    @Property(tries = 200)
    void logLikelihoodIsTheClosedForm(@ForAll @DoubleRange(min = 0.05, max = 50) double alpha,
            @ForAll @DoubleRange(min = 0.05, max = 50) double beta) {
        long[] years07 = java.util.Arrays.copyOf(HIGH_END, FITTED_YEARS + 1);
        double ll = ShiftedBetaGeometric.of(alpha, beta).logLikelihood(years07);
        assertThat(ll).isCloseTo(closedFormLogLikelihood(alpha, beta, years07), within(Math.abs(ll) * 1e-12))
                .isLessThanOrEqualTo(ShiftedBetaGeometric.fit(years07).logLikelihood() + 1e-9);
    }

    @Property
    void survivalIsNonIncreasing(@ForAll @DoubleRange(min = 0.01, max = 100) double alpha,
            @ForAll @DoubleRange(min = 0.01, max = 100) double beta, @ForAll @IntRange(min = 0, max = 3000) int t) {
        ShiftedBetaGeometric m = ShiftedBetaGeometric.of(alpha, beta);
        assertThat(m.survival(t + 1)).isLessThanOrEqualTo(m.survival(t)).isBetween(0.0, 1.0);
        assertThat(m.survival(t)).isLessThanOrEqualTo(1.0);
    }
}
