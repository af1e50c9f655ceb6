package io.csmetrics.cohort;

import io.csmetrics.UndefinedMetricException;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gauss hypergeometric function {@code 2F1(a, b; c; z)} for {@code a, b, c > 0} and
 * {@code 0 ≤ z ≤ 1}, as the shifted-beta-geometric DEL and DERL need it.
 *
 * <p>For {@code z < 1}: the series {@code Σ_k t_k} with {@code t_0 = 1} and
 * {@code t_{k+1} = t_k · (a+k)(b+k) / ((c+k)(1+k)) · z}, all terms positive. Convergence criterion:
 * write the term ratio as {@code z·f(k)} with {@code f(k) − 1 = (A k + B)/((c+k)(1+k))},
 * {@code A = a + b − c − 1}, {@code B = ab − c}; for every {@code j ≥ k},
 * {@code f(j) ≤ f̄_k = 1 + max(A,0)/(1+k) + max(B,0)/((c+k)(1+k))}, so once
 * {@code ρ = z f̄_k < 1} the remainder after {@code t_k} is at most {@code t_k ρ/(1 − ρ)}; the
 * summation stops when that bound is at most {@code 10⁻¹⁵} times the partial sum (a relative
 * truncation error below 10⁻¹⁵), or fails after {@value #MAX_TERMS} terms.
 *
 * <p>For {@code z = 1}: Gauss's theorem, {@code Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b))} when
 * {@code c > a + b}; otherwise the series diverges.
 */
final class Hypergeometric {

    static final long MAX_TERMS = 100_000_000L;
    private static final double EPSILON = 1e-15;

    private Hypergeometric() {
    }

    static double f21(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0) || !(z >= 0 && z <= 1)) {
            throw new IllegalArgumentException("2F1 needs a, b, c > 0 and 0 <= z <= 1: a=" + a + ", b=" + b + ", c=" + c
                    + ", z=" + z);
        }
        if (z == 1) {
            if (c - a - b <= 0) {
                throw new UndefinedMetricException("2F1(" + a + ", " + b + "; " + c + "; 1) diverges: c - a - b = "
                        + (c - a - b) + " is not positive");
            }
            return Math.exp(LogGamma.value(c) + LogGamma.value(c - a - b) - LogGamma.value(c - a) - LogGamma.value(c - b));
        }
        double bigA = Math.max(a + b - c - 1, 0);
        double bigB = Math.max(a * b - c, 0);
        double term = 1;
        double sum = 1;
        for (long k = 0; k < MAX_TERMS; k++) {
            double fBar = 1 + bigA / (1 + k) + bigB / ((c + k) * (1 + k));
            double rho = z * fBar;
            if (rho < 1 && term * rho / (1 - rho) <= EPSILON * sum) {
                return sum;
            }
            term *= (a + k) * (b + k) / ((c + k) * (1 + k)) * z;
            sum += term;
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge within "
                + MAX_TERMS + " terms (z is too close to 1)");
    }
}
