package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;

class NpsComparisonTest {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final NpsResult EARLIER = NpsResult.of(40, 30, 30);
    private static final NpsResult LATER = NpsResult.of(55, 25, 20);

    @Test
    void adjustedWaldTestMatchesADecimalOracle() {
        // Lewis & Sauro, "How to Statistically Compare Two Net Promoter Scores" (MeasuringU): adjust each sample
        // (n + 3, promoters and detractors + 3/4), difference of adjusted NPS over sqrt(var1/n1' + var2/n2').
        NpsComparison c = NpsComparison.of(EARLIER, LATER);
        BigDecimal[] a = oracle(40, 30, 30);
        BigDecimal[] b = oracle(55, 25, 20);
        BigDecimal diff = b[0].subtract(a[0]);
        BigDecimal se = a[1].add(b[1]).sqrt(MC);
        double z = diff.divide(se, MC).doubleValue();
        assertThat(c.method()).isEqualTo(NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(c.difference()).isCloseTo(diff.movePointRight(2).doubleValue(), within(1e-9));
        assertThat(c.standardError()).isCloseTo(se.movePointRight(2).doubleValue(), within(1e-9));
        assertThat(c.z()).isCloseTo(z, within(1e-9));
        // p = 2(1 − Φ(|z|)) = erfc(|z|/√2), via a different commons-math function than the library uses.
        assertThat(c.pValue()).isCloseTo(Erfc.value(Math.abs(z) / Math.sqrt(2)), within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.0315, within(1e-4));
        assertThat(c.isSignificant(0.05)).isTrue();
        assertThat(c.isSignificant(0.01)).isFalse();
        assertThat(c.marginOfError(0.95)).isCloseTo(1.959963984540054 * c.standardError(), within(1e-9));
        assertThat(c).hasToString(
                "NpsComparison{ADJUSTED_WALD: 10.0 -> 35.0, difference=24.27, se=11.29, z=2.151, p=0.0315}");
    }

    /** Adjusted NPS and var/n' on the −1..1 scale. */
    private static BigDecimal[] oracle(long p, long passives, long d) {
        BigDecimal n = BigDecimal.valueOf(p + passives + d + 3);
        BigDecimal pp = BigDecimal.valueOf(p).add(new BigDecimal("0.75")).divide(n, MC);
        BigDecimal pd = BigDecimal.valueOf(d).add(new BigDecimal("0.75")).divide(n, MC);
        BigDecimal nps = pp.subtract(pd);
        return new BigDecimal[] {nps, pp.add(pd).subtract(nps.pow(2)).divide(n, MC)};
    }

    @Test
    void waldTestUsesTheObservedDifference() {
        NpsComparison c = NpsComparison.of(EARLIER, LATER, NpsIntervalMethod.WALD);
        assertThat(c.observedDifference()).isEqualTo(Ratio.of(3500 - 1000, 10000));
        assertThat(c.difference()).isCloseTo(25.0, within(1e-9));
        double se = Math.sqrt(EARLIER.standardError() * EARLIER.standardError()
                + LATER.standardError() * LATER.standardError());
        assertThat(c.standardError()).isCloseTo(se, within(1e-9));
        assertThat(c.z()).isCloseTo(25.0 / se, within(1e-9));
    }

    @Test
    void identicalSamplesHaveZAndDifferenceZero() {
        NpsComparison c = NpsComparison.of(EARLIER, EARLIER);
        assertThat(c.difference()).isZero();
        assertThat(c.z()).isZero();
        assertThat(c.pValue()).isEqualTo(1.0);
    }

    @Test
    void waldWithZeroStandardErrorIsUndefined() {
        NpsComparison c = NpsComparison.of(NpsResult.of(5, 0, 0), NpsResult.of(0, 0, 4), NpsIntervalMethod.WALD);
        assertThat(c.standardError()).isZero();
        assertThatThrownBy(c::z).isInstanceOf(UndefinedMetricException.class).hasMessageContaining("standard error");
        assertThatThrownBy(c::pValue).isInstanceOf(UndefinedMetricException.class);
        assertThat(c.toString()).contains("z=undefined");
        assertThat(NpsComparison.of(NpsResult.of(5, 0, 0), NpsResult.of(0, 0, 4)).z()).isNegative();
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> NpsComparison.of(NpsResult.empty(), LATER)).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("first sample has no responses");
        assertThatThrownBy(() -> NpsComparison.of(EARLIER, NpsResult.empty()))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("second sample");
        assertThatThrownBy(() -> NpsComparison.of(null, LATER)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("first must not be null");
        assertThatThrownBy(() -> NpsComparison.of(EARLIER, LATER, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("method must not be null");
        assertThatThrownBy(() -> NpsComparison.of(EARLIER, LATER).isSignificant(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha must be in (0, 1)");
    }
}
