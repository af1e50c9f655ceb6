package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.AccumulatorChecks;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KaplanMeierTest {

    static final double TOLERANCE = 1e-6;
    /** Φ⁻¹(0.975), the 95 % two-sided normal quantile. */
    static final double Z95 = 1.959963984540054;

    /**
     * R's {@code survival::aml} data set, group "Maintained" (Miller 1981, Survival Analysis, p. 49):
     * 9, 13, 13+, 18, 23, 28+, 31, 34, 45+, 48, 161+ weeks.
     */
    static final List<Lifetime> AML_MAINTAINED = List.of(Lifetime.churnedAt(9), Lifetime.churnedAt(13),
            Lifetime.censoredAt(13), Lifetime.churnedAt(18), Lifetime.churnedAt(23), Lifetime.censoredAt(28),
            Lifetime.churnedAt(31), Lifetime.churnedAt(34), Lifetime.censoredAt(45), Lifetime.churnedAt(48),
            Lifetime.censoredAt(161));

    static final KaplanMeier AML = KaplanMeier.fit(AML_MAINTAINED);

    /**
     * The product-limit estimate and Greenwood's sum derived by hand, at every event time:
     * S = Π (1 − d/n), σ² = Σ d / (n (n − d)).
     * <pre>
     * t   n  d  S                          σ²
     * 9   11 1  10/11                      1/110
     * 13  10 1  10/11·9/10  = 9/11          + 1/90
     * 18   8 1  9/11·7/8    = 63/88         + 1/56
     * 23   7 1  63/88·6/7   = 27/44         + 1/42
     * 31   5 1  27/44·4/5   = 27/55         + 1/20
     * 34   4 1  27/55·3/4   = 81/220        + 1/12
     * 48   2 1  81/220·1/2  = 81/440        + 1/2
     * </pre>
     * R 4.x {@code summary(survfit(Surv(time, status) ~ x, data = aml))}, x = Maintained, prints
     * (std.err is S·σ; CI is conf.type = "log", S·exp(±1.96 σ)):
     * <pre>
     * time n.risk n.event survival std.err lower 95% CI upper 95% CI
     *    9     11       1    0.909  0.0867       0.7541        1.000
     *   13     10       1    0.818  0.1163       0.6192        1.000
     *   18      8       1    0.716  0.1397       0.4884        1.000
     *   23      7       1    0.614  0.1526       0.3769        0.999
     *   31      5       1    0.491  0.1642       0.2549        0.946
     *   34      4       1    0.368  0.1627       0.1549        0.875
     *   48      2       1    0.184  0.1535       0.0359        0.944
     * </pre>
     * (as reproduced in the RPubs note "Using the AML data set, calculate the KM estimate",
     * rstudio-pubs-static 610133). The columns after "time, n, d" below are the exact S and σ²
     * and R's printed survival, std.err and log-CI limits.
     */
    @ParameterizedTest
    @CsvSource({
        "9,  11, 1, 10/11,  1/110, 0.909, 0.0867, 0.7541, 1.000",
        "13, 10, 1, 9/11,   1/90,  0.818, 0.1163, 0.6192, 1.000",
        "18,  8, 1, 63/88,  1/56,  0.716, 0.1397, 0.4884, 1.000",
        "23,  7, 1, 27/44,  1/42,  0.614, 0.1526, 0.3769, 0.999",
        "31,  5, 1, 27/55,  1/20,  0.491, 0.1642, 0.2549, 0.946",
        "34,  4, 1, 81/220, 1/12,  0.368, 0.1627, 0.1549, 0.875",
        "48,  2, 1, 81/440, 1/2,   0.184, 0.1535, 0.0359, 0.944"})
    void reproducesRSurvfitOnAml(double t, long n, long d, String s, String sigma2Increment, double rSurvival,
            double rStdErr, double rLower, double rUpper) {
        double exactS = fraction(s);
        double sigma2 = greenwoodUpTo(t);
        KaplanMeier.Step step = AML.steps().stream().filter(x -> x.time() == t).findFirst().orElseThrow();
        assertThat(step.atRisk()).isEqualTo(n);
        assertThat(step.events()).isEqualTo(d);
        assertThat(AML.survival(t)).isCloseTo(exactS, within(TOLERANCE));
        assertThat(AML.standardError(t).getAsDouble()).isCloseTo(exactS * Math.sqrt(sigma2), within(TOLERANCE));
        SurvivalInterval log = AML.confidenceInterval(t, 0.95, ConfidenceType.LOG).orElseThrow();
        assertThat(log.lower()).isCloseTo(exactS * Math.exp(-Z95 * Math.sqrt(sigma2)), within(TOLERANCE));
        assertThat(log.upper()).isCloseTo(Math.min(1, exactS * Math.exp(Z95 * Math.sqrt(sigma2))), within(TOLERANCE));
        // R's printed values, to the digits printed.
        assertThat(AML.survival(t)).isCloseTo(rSurvival, within(0.0005));
        assertThat(AML.standardError(t).getAsDouble()).isCloseTo(rStdErr, within(0.00005));
        assertThat(log.lower()).isCloseTo(rLower, within(0.00005));
        assertThat(log.upper()).isCloseTo(rUpper, within(0.0005));
        assertThat(fraction(sigma2Increment)).isPositive();
    }

    /** σ² at t from the table above: the increments up to t. */
    private static double greenwoodUpTo(double t) {
        double[][] rows = {{9, 1.0 / 110}, {13, 1.0 / 90}, {18, 1.0 / 56}, {23, 1.0 / 42}, {31, 1.0 / 20}, {34, 1.0 / 12},
            {48, 1.0 / 2}};
        double sum = 0;
        for (double[] r : rows) {
            if (r[0] <= t) {
                sum += r[1];
            }
        }
        return sum;
    }

    private static double fraction(String text) {
        String[] p = text.split("/");
        return Double.parseDouble(p[0]) / Double.parseDouble(p[1]);
    }

    @Test
    void amlMedianAndItsConfidenceLimits() {
        // R: print(survfit(Surv(time, status) ~ x, data = aml)): Maintained, n 11, events 7, median 31,
        // 0.95LCL 18, 0.95UCL NA (log CI: the lower band first reaches 0.5 at 18 (0.4884); the upper
        // band never does).
        MedianLifetime log = AML.median(0.95, ConfidenceType.LOG);
        assertThat(log.estimate()).hasValue(31);
        assertThat(log.lower()).hasValue(18);
        assertThat(log.upper()).isEmpty();
        assertThat(log.toString()).isEqualTo("31 (95% CI 18 to NA, LOG)");
        assertThat(AML.accounts()).isEqualTo(11);
        assertThat(AML.events()).isEqualTo(7);
        // Log-log: at 13, S = 9/11, σ = sqrt(1/110 + 1/90); the lower limit S^exp(1.96 σ/|ln S|) = 0.4727 ≤ 0.5.
        double s13 = 9.0 / 11;
        double sigma13 = Math.sqrt(1.0 / 110 + 1.0 / 90);
        assertThat(Math.pow(s13, Math.exp(Z95 * sigma13 / -Math.log(s13)))).isLessThan(0.5);
        MedianLifetime logLog = AML.median();
        assertThat(logLog.estimate()).hasValue(31);
        assertThat(logLog.lower()).hasValue(13);
        assertThat(logLog.upper()).isEmpty();
        assertThat(logLog.type()).isEqualTo(ConfidenceType.LOG_LOG);
    }

    /**
     * The aml "Nonmaintained" group: 5, 5, 8, 8, 12, 16+, 23, 27, 30+, 33, 43, 45. By hand:
     * S(5) = 10/12, S(8) = 10/12·8/10 = 2/3, S(12) = 2/3·7/8 = 7/12, S(23) = 7/12·5/6 = 35/72 ≤ 0.5,
     * and S(45) = 0 (the last at risk dies). R: print(survfit(Surv(time, status) ~ x, data = aml))
     * gives median 23, 0.95LCL 8, 0.95UCL NA for this group (log CI at 8: (2/3)·exp(−1.96σ), σ² =
     * 2/(12·10) + 2/(10·8), is 0.4468 ≤ 0.5).
     */
    @Test
    void amlNonmaintained() {
        KaplanMeier km = KaplanMeier.fit(List.of(Lifetime.churnedAt(5), Lifetime.churnedAt(5), Lifetime.churnedAt(8),
                Lifetime.churnedAt(8), Lifetime.churnedAt(12), Lifetime.censoredAt(16), Lifetime.churnedAt(23),
                Lifetime.churnedAt(27), Lifetime.censoredAt(30), Lifetime.churnedAt(33), Lifetime.churnedAt(43),
                Lifetime.churnedAt(45)));
        assertThat(km.survival(5)).isCloseTo(10.0 / 12, within(TOLERANCE));
        assertThat(km.survival(8)).isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(km.survival(23)).isCloseTo(35.0 / 72, within(TOLERANCE));
        double sigma8 = Math.sqrt(2.0 / 120 + 2.0 / 80);
        SurvivalInterval log8 = km.confidenceInterval(8, 0.95, ConfidenceType.LOG).orElseThrow();
        assertThat(log8.lower()).isCloseTo(2.0 / 3 * Math.exp(-Z95 * sigma8), within(TOLERANCE)).isCloseTo(0.4468,
                within(0.00005));
        MedianLifetime median = km.median(0.95, ConfidenceType.LOG);
        assertThat(median.estimate()).hasValue(23);
        assertThat(median.lower()).hasValue(8);
        assertThat(median.upper()).isEmpty();
        assertThat(km.survival(45)).isZero();
        assertThat(km.confidenceInterval(45)).isEmpty();
        assertThat(km.events()).isEqualTo(10);
    }

    @Test
    void logLogAndPlainIntervals() {
        double s = 27.0 / 55;
        double sigma = Math.sqrt(1.0 / 110 + 1.0 / 90 + 1.0 / 56 + 1.0 / 42 + 1.0 / 20);
        SurvivalInterval logLog = AML.confidenceInterval(31).orElseThrow();
        assertThat(logLog.lower()).isCloseTo(Math.pow(s, Math.exp(Z95 * sigma / -Math.log(s))), within(TOLERANCE));
        assertThat(logLog.upper()).isCloseTo(Math.pow(s, Math.exp(-Z95 * sigma / -Math.log(s))), within(TOLERANCE));
        SurvivalInterval plain = AML.confidenceInterval(31, 0.95, ConfidenceType.PLAIN).orElseThrow();
        assertThat(plain.lower()).isCloseTo(s - Z95 * s * sigma, within(TOLERANCE));
        assertThat(plain.upper()).isCloseTo(s + Z95 * s * sigma, within(TOLERANCE));
        // Before the first event the curve is certain.
        assertThat(AML.confidenceInterval(5)).contains(new SurvivalInterval(1, 1, 0.95, ConfidenceType.LOG_LOG));
        assertThat(AML.greenwoodVariance(5)).hasValue(0);
    }

    @Test
    void restrictedMean() {
        // ∫₀^τ S: 9·1 + 4·10/11 + 5·9/11 + 5·63/88 + 8·27/44 + 3·27/55 + 14·81/220 + (τ − 48)·81/440.
        double upTo48 = 9 + 4 * 10.0 / 11 + 5 * 9.0 / 11 + 5 * 63.0 / 88 + 8 * 27.0 / 44 + 3 * 27.0 / 55 + 14 * 81.0 / 220;
        assertThat(AML.restrictedMean(161)).isCloseTo(upTo48 + 113 * 81.0 / 440, within(TOLERANCE));
        assertThat(AML.restrictedMean(10)).isCloseTo(9 + 10.0 / 11, within(TOLERANCE));
        assertThat(AML.restrictedMean(0)).isZero();
    }

    @Test
    void curveThatReachesZeroAndExactHalf() {
        // 1, 2, 3+, 4: S(1) = 3/4, S(2) = 1/2 exactly until 4, where S = 0. Median: midpoint (2 + 4)/2 = 3.
        KaplanMeier km = KaplanMeier.fit(List.of(Lifetime.churnedAt(1), Lifetime.churnedAt(2), Lifetime.censoredAt(3),
                Lifetime.churnedAt(4)));
        assertThat(km.survival(2)).isEqualTo(0.5);
        assertThat(km.survival(4)).isZero();
        assertThat(km.median().estimate()).hasValue(3);
        assertThat(km.greenwoodVariance(4)).isEmpty();
        assertThat(km.standardError(4)).isEmpty();
        assertThat(km.confidenceInterval(4)).isEmpty();
        assertThat(km.survival(0)).isEqualTo(1);
        assertThat(km.toString()).startsWith("KaplanMeier{n=4, events=3, median=3");
        assertThat(AccumulatorChecks.roundTrip(km)).isEqualTo(km);
    }

    @Test
    void retentionModelView() {
        assertThat(AML.survival(0)).isEqualTo(1);
        assertThat(AML.survival(31)).isCloseTo(27.0 / 55, within(TOLERANCE));
        assertThatThrownBy(() -> AML.survival(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period must not be negative: -1");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> KaplanMeier.fit(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifetimes must not be empty");
        assertThatThrownBy(() -> KaplanMeier.fit(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lifetimes must not be null");
        List<Lifetime> withNull = new ArrayList<>(AML_MAINTAINED);
        withNull.add(null);
        assertThatThrownBy(() -> KaplanMeier.fit(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AML.confidenceInterval(10, 1.0, ConfidenceType.LOG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level must be in (0, 1): 1.0");
        assertThatThrownBy(() -> AML.confidenceInterval(10, 0.95, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type must not be null");
        assertThatThrownBy(() -> AML.survival(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t must not be NaN");
        assertThatThrownBy(() -> AML.restrictedMean(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon must be finite and not negative: -1.0");
        assertThatThrownBy(() -> AML.median(0, ConfidenceType.LOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level must be in (0, 1)");
        assertThatThrownBy(() -> new SurvivalInterval(0.6, 0.5, 0.95, ConfidenceType.LOG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= lower <= upper <= 1");
    }

    // ---- properties ----

    @Provide
    Arbitrary<List<Lifetime>> lifetimes() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(true, false))
                .as((t, e) -> new Lifetime(t, e)).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Lifetime>> uncensored() {
        return Arbitraries.integers().between(0, 30).map(Lifetime::churnedAt).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property
    void survivalIsNonIncreasingWithinZeroAndOne(@ForAll("lifetimes") List<Lifetime> lifetimes) {
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        double previous = 1;
        for (int t = 0; t <= 31; t++) {
            double s = km.survival(t);
            assertThat(s).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            km.confidenceInterval(t).ifPresent(ci -> assertThat(ci.lower()).isLessThanOrEqualTo(ci.upper()));
            previous = s;
        }
    }

    @Property
    void withoutCensoringItIsTheEmpiricalSurvival(@ForAll("uncensored") List<Lifetime> lifetimes) {
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        for (int t = 0; t <= 31; t++) {
            int time = t;
            long longer = lifetimes.stream().filter(l -> l.time() > time).count();
            assertThat(km.survival(t)).isCloseTo((double) longer / lifetimes.size(), within(1e-12));
        }
    }

    @Property
    void fitCountsEqualsFitOfTheLifetimes(@ForAll("lifetimes") List<Lifetime> lifetimes) {
        long[] churned = new long[31];
        long[] censored = new long[31];
        for (Lifetime l : lifetimes) {
            (l.churned() ? churned : censored)[(int) l.time()]++;
        }
        KaplanMeier counted = KaplanMeier.fitCounts(churned, censored);
        assertThat(counted).isEqualTo(KaplanMeier.fit(lifetimes));
        assertThat(counted.steps()).isEqualTo(KaplanMeier.fit(lifetimes).steps());
        assertThat(counted.accounts()).isEqualTo(lifetimes.size());
    }

    @Test
    void fitCountsOfTheJavadocExampleAndBadInput() {
        KaplanMeier km = KaplanMeier.fitCounts(new long[] {0, 1, 0}, new long[] {0, 0, 2});
        assertThat(km.survival(1)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(km).isEqualTo(KaplanMeier.fit(List.of(Lifetime.churnedAt(1), Lifetime.censoredAt(2),
                Lifetime.censoredAt(2))));
        assertThatThrownBy(() -> KaplanMeier.fitCounts(null, new long[1])).isInstanceOf(NullPointerException.class)
                .hasMessage("churned must not be null");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[1], null)).isInstanceOf(NullPointerException.class)
                .hasMessage("censored must not be null");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[1], new long[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("churned (length 1) and censored (length 2) must have the same length");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[] {1, -1}, new long[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must not be negative: churned[1] = -1, censored[1] = 0");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[] {0}, new long[] {-3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("censored[0] = -3");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[3], new long[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there must be at least one lifetime: every count is 0 (length 3)");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one lifetime");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[] {Long.MAX_VALUE, 1}, new long[] {0, 0}))
                .isInstanceOf(ArithmeticException.class).hasMessage("the number of lifetimes up to time 1 overflows a long");
        assertThatThrownBy(() -> KaplanMeier.fitCounts(new long[] {Long.MAX_VALUE}, new long[] {Long.MAX_VALUE}))
                .isInstanceOf(ArithmeticException.class).hasMessage("the number of lifetimes up to time 0 overflows a long");
    }
}
