package io.csmetrics.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The special functions and distributions the package needs, in one place so the numerical
 * library behind them can be swapped by editing this class only. The Gauss hypergeometric
 * function is evaluated here, by its own series.
 */
final class SpecialFunctions {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** Enough for {@code z} up to about 0.9999; beyond that a model is far outside its data. */
    private static final int MAX_SERIES_TERMS = 2_000_000;

    private SpecialFunctions() {
    }

    /** {@code ln Γ(x)} for {@code x > 0}. */
    static double logGamma(double x) {
        return LogGamma.value(x);
    }

    /** {@code ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)}. */
    static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** The digamma function {@code ψ(x) = d ln Γ(x) / dx}. */
    static double digamma(double x) {
        return Digamma.value(x);
    }

    /** {@code P(χ²_df > x)}, the upper tail of the chi-square distribution. */
    static double chiSquareSurvival(double x, int degreesOfFreedom) {
        if (x <= 0) {
            return 1.0;
        }
        return ChiSquaredDistribution.of(degreesOfFreedom).survivalProbability(x);
    }

    /** The standard normal quantile {@code Φ⁻¹(p)}. */
    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** {@code P(|Z| > |z|)} for a standard normal {@code Z}. */
    static double normalTwoSidedP(double z) {
        return 2.0 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /**
     * {@code ln ₂F₁(a, b; c; z)} for {@code 0 ≤ z < 1} and parameters for which every term of the
     * series is positive ({@code a, b, c > 0}), as every call in this package has. The terms
     * {@code t_{k+1} = t_k (a + k)(b + k) z / ((c + k)(k + 1))} are summed relative to the first, so
     * the value cannot overflow; near {@code z = 1} the series needs many terms, and a call that does
     * not converge within two million terms throws rather than returning a truncated sum.
     *
     * @throws ArithmeticException if the series does not converge
     */
    static double logHypergeometric2F1(double a, double b, double c, double z) {
        if (z == 0) {
            return 0.0;
        }
        if (!(z > 0 && z < 1) || !(a > 0 && b > 0 && c > 0)) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") outside the positive series regime");
        }
        double sum = 1.0;
        double term = 1.0;
        double scale = 0.0; // ln of the factor the running sum and term are divided by
        for (int k = 0; k < MAX_SERIES_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            // Past k = a + b + c the ratios approach z monotonically, so max(ratio, z) bounds every
            // later ratio and the tail is at most a geometric series in it.
            double bound = Math.max(ratio, z);
            if (k >= a + b + c && bound < 1 && term * bound / (1 - bound) < sum * 1e-16) {
                return scale + Math.log(sum);
            }
            if (sum > 1e250) {
                term /= sum;
                scale += Math.log(sum);
                sum = 1.0;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_SERIES_TERMS + " terms");
    }

    /**
     * {@code ₂F₁(a, b; c; z)} for {@code 0 ≤ z < 1}, {@code c > 0} and any real {@code a, b}: the
     * series summed directly (terms may change sign while {@code a + k} or {@code b + k} is
     * negative). For positive parameters prefer {@link #logHypergeometric2F1}, which cannot overflow.
     *
     * @throws ArithmeticException if the series does not converge
     */
    static double hypergeometric2F1(double a, double b, double c, double z) {
        if (a > 0 && b > 0 && c > 0) {
            return Math.exp(logHypergeometric2F1(a, b, c, z));
        }
        if (a > 0 && b > 0 && c > -1 && c < 0 && z >= 0 && z < 1) {
            // Gauss's contiguous relation in c, from the two positive-c neighbours c + 1 and c + 2:
            // c'(c'−1)(z−1) F(c'−1) + c'[c'−1 − (2c'−a−b−1) z] F(c') + (c'−a)(c'−b) z F(c'+1) = 0, c' = c + 1.
            double cp = c + 1;
            double f1 = Math.exp(logHypergeometric2F1(a, b, cp, z));
            double f2 = Math.exp(logHypergeometric2F1(a, b, cp + 1, z));
            return -(cp * (cp - 1 - (2 * cp - a - b - 1) * z) * f1 + (cp - a) * (cp - b) * z * f2)
                    / (cp * (cp - 1) * (z - 1));
        }
        if (!(z >= 0 && z < 1) || !(c > 0)) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") outside the series regime");
        }
        double sum = 1.0;
        double term = 1.0;
        for (int k = 0; k < MAX_SERIES_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            double bound = Math.max(Math.abs(ratio), z);
            if (term == 0 || k >= Math.abs(a) + Math.abs(b) + c && bound < 1
                    && Math.abs(term) * bound / (1 - bound) < Math.abs(sum) * 1e-16) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_SERIES_TERMS + " terms");
    }

    /** {@code ln(e^u − e^v)} for {@code u > v}. */
    static double logDiffExp(double u, double v) {
        return u + Math.log1p(-Math.exp(v - u));
    }

    /** {@code ln(e^u + e^v)}. */
    static double logSumExp(double u, double v) {
        double m = Math.max(u, v);
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
    }
}
