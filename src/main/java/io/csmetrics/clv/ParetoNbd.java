package io.csmetrics.clv;

import static io.csmetrics.clv.SpecialFunctions.logBeta;
import static io.csmetrics.clv.SpecialFunctions.logDiffExp;
import static io.csmetrics.clv.SpecialFunctions.logGamma;
import static io.csmetrics.clv.SpecialFunctions.logHypergeometric2F1;
import static io.csmetrics.clv.SpecialFunctions.logSumExp;

import io.csmetrics.ModelFitException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The Pareto/NBD model of repeat purchasing (Schmittlein, Morrison &amp; Colombo 1987, Management
 * Science 33(1)), with the numerically stable likelihood of Fader &amp; Hardie (2005, "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions").
 *
 * <p>While active, a customer buys as a Poisson process with rate {@code λ ~ Gamma(r, α)}; her
 * lifetime is exponential with rate {@code μ ~ Gamma(s, β)}. With
 * {@code A₀} the difference of two Gauss hypergeometric terms evaluated at {@code t_x} and {@code T}
 * (written in terms of {@code α} when {@code α ≥ β} and of {@code β} otherwise, so that the
 * argument of {@code ₂F₁} is always in {@code [0, 1)}):
 *
 * <ul>
 *   <li>{@code L = Γ(r+x) α^r β^s / Γ(r) · [1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀]};</li>
 *   <li>{@code P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s A₀)};</li>
 *   <li>{@code E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]} ({@code rβ/α · ln(1 + t/β)} at
 *       {@code s = 1});</li>
 *   <li>{@code E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive)};</li>
 *   <li>{@code P(X(t) = n)} from Fader &amp; Hardie (2006, "Deriving an Expression for P(X(t) = x)
 *       Under the Pareto/NBD Model").</li>
 * </ul>
 *
 * <p>Worked example (CDNOW, weeks): the fit is {@code r = 0.553}, {@code α = 10.578},
 * {@code s = 0.606}, {@code β = 11.669}, log-likelihood −9595.0; R's BTYD vignette gives 25.46 expected
 * purchases in the next 52 weeks for a customer with {@code x = 26}, {@code t_x = 30.86}, {@code T = 31}.
 *
 * <p>Evaluation regimes: the hypergeometric series converge slowly as their argument approaches 1,
 * which happens only when {@code α} and {@code β} differ by orders of magnitude and {@code t_x} is
 * small against them; a series that needs more than two million terms throws
 * {@link ArithmeticException} rather than return an inaccurate value.
 *
 * @param r the shape of the purchase-rate distribution, {@code > 0}
 * @param alpha the scale {@code α} of the purchase-rate distribution, in periods, {@code > 0}
 * @param s the shape of the dropout-rate distribution, {@code > 0}
 * @param beta the scale {@code β} of the dropout-rate distribution, in periods, {@code > 0}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements RepeatPurchaseModel {

    static final List<String> PARAMETERS = List.of("r", "alpha", "s", "beta");

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public ParetoNbd {
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("s", s);
        Checks.positive("beta", beta);
    }

    /**
     * Creates the model from its parameters.
     *
     * @param r the shape {@code r}
     * @param alpha the scale {@code α}
     * @param s the shape {@code s}
     * @param beta the scale {@code β}
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static ParetoNbd of(double r, double alpha, double s, double beta) {
        return new ParetoNbd(r, alpha, s, beta);
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param customers the customers' summaries, not empty
     * @return the fit, with standard errors
     * @throws NullPointerException if {@code customers} or an element is null
     * @throws IllegalArgumentException if {@code customers} is empty
     * @throws ModelFitException if no customer made a repeat purchase or the data cannot identify the model
     *     (e.g. every customer has the same history)
     */
    public static ClvFit<ParetoNbd> fit(Collection<CustomerRfm> customers) {
        return fit(RfmColumns.of(customers));
    }

    /**
     * Fits the model to columns of {@code x}, {@code t_x}, {@code T}.
     *
     * @param frequency {@code x} per customer
     * @param recency {@code t_x} per customer
     * @param age {@code T} per customer
     * @return the fit
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold invalid values
     * @throws ModelFitException as {@link #fit(Collection)}
     */
    public static ClvFit<ParetoNbd> fit(int[] frequency, double[] recency, double[] age) {
        return fit(RfmColumns.of(frequency, recency, age));
    }

    private static ClvFit<ParetoNbd> fit(RfmColumns data) {
        BgNbd.requireRepeaters(data, "Pareto/NBD");
        Optimizer.Result result = Optimizer.maximise(theta -> {
            ParetoNbd m = new ParetoNbd(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3]));
            double total = 0;
            for (int i = 0; i < data.distinct(); i++) {
                total += data.weight[i] * m.logLikelihoodUnchecked(data.x[i], data.tx[i], data.age[i]);
            }
            return total;
        }, new double[4], "Pareto/NBD");
        double[] p = BgNbd.checkedParameters(result, "Pareto/NBD");
        return ClvFit.of(new ParetoNbd(p[0], p[1], p[2], p[3]), PARAMETERS, p, BgNbd.covariance(result, p),
                result.value(), data.size, result.evaluations());
    }

    /** {@code ln A₀}; {@code -∞} when {@code t_x = T}. */
    private double logA0(int x, double tx, double age) {
        double rsx = r + s + x;
        double logAt;
        double logAT;
        if (alpha >= beta) {
            logAt = logHypergeometric2F1(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + tx)) - rsx * Math.log(alpha + tx);
            logAT = logHypergeometric2F1(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + age)) - rsx * Math.log(alpha + age);
        } else {
            logAt = logHypergeometric2F1(rsx, r + x, rsx + 1, (beta - alpha) / (beta + tx)) - rsx * Math.log(beta + tx);
            logAT = logHypergeometric2F1(rsx, r + x, rsx + 1, (beta - alpha) / (beta + age)) - rsx * Math.log(beta + age);
        }
        return logAt > logAT ? logDiffExp(logAt, logAT) : Double.NEGATIVE_INFINITY;
    }

    private double logLikelihoodUnchecked(int x, double tx, double age) {
        double logC = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double logTerm1 = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double logTerm2 = Math.log(s / (r + s + x)) + logA0(x, tx, age);
        return logC + (logTerm2 == Double.NEGATIVE_INFINITY ? logTerm1 : logSumExp(logTerm1, logTerm2));
    }

    @Override
    public double logLikelihood(int x, double tx, double age) {
        Checks.checkHistory(x, tx, age);
        return logLikelihoodUnchecked(x, tx, age);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        Checks.checkHistory(x, tx, age);
        double logA0 = logA0(x, tx, age);
        if (logA0 == Double.NEGATIVE_INFINITY) {
            return 1.0;
        }
        double logRatio = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + age) + s * Math.log(beta + age) + logA0;
        return 1.0 / (1.0 + Math.exp(logRatio));
    }

    @Override
    public double expectedPurchases(double t) {
        Checks.checkTime(t);
        return r / alpha * horizonFactor(beta, t);
    }

    /** {@code β'/(s−1) · [1 − (β'/(β'+t))^(s−1)]}, or {@code β' ln(1 + t/β')} at {@code s = 1}. */
    private double horizonFactor(double scale, double t) {
        if (t == 0) {
            return 0.0;
        }
        double logRatio = Math.log1p(t / scale);
        if (Math.abs(s - 1) < 1e-12) {
            return scale * logRatio;
        }
        return scale * -Math.expm1(-(s - 1) * logRatio) / (s - 1);
    }

    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        Checks.checkTime(t);
        Checks.checkHistory(x, tx, age);
        return (r + x) / (alpha + age) * horizonFactor(beta + age, t) * probabilityAlive(x, tx, age);
    }

    @Override
    public double probabilityOfPurchases(int n, double t) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (n > MAX_PURCHASES) {
            throw new IllegalArgumentException("n must be at most " + MAX_PURCHASES + ": " + n);
        }
        Checks.checkTime(t);
        if (t == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double logFirst = logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * Math.log(alpha / (alpha + t))
                + n * Math.log(t / (alpha + t)) + s * Math.log(beta / (beta + t));
        double rs = r + s;
        double c = r + s + n + 1;
        double logB1;
        if (alpha >= beta) {
            logB1 = logHypergeometric2F1(rs, s + 1, c, (alpha - beta) / alpha) - rs * Math.log(alpha);
        } else {
            logB1 = logHypergeometric2F1(rs, r + n, c, (beta - alpha) / beta) - rs * Math.log(beta);
        }
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double logB2;
            if (alpha >= beta) {
                logB2 = logHypergeometric2F1(rs + i, s + 1, c, (alpha - beta) / (alpha + t)) - (rs + i) * Math.log(alpha + t);
            } else {
                logB2 = logHypergeometric2F1(rs + i, r + n, c, (beta - alpha) / (beta + t)) - (rs + i) * Math.log(beta + t);
            }
            sum += Math.exp(logGamma(rs + i) - logGamma(rs) - logGamma(i + 1.0) + i * Math.log(t) + logB2 - logB1);
        }
        double logScale = r * Math.log(alpha) + s * Math.log(beta) + logBeta(r + n, s + 1) - logBeta(r, s) + logB1;
        double p = Math.exp(logFirst) + Math.exp(logScale) * (1 - sum);
        return Math.min(1.0, Math.max(0.0, p));
    }

    /**
     * Returns e.g. {@code "ParetoNbd{r=0.5533, alpha=10.5776, s=0.6061, beta=11.6688}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ParetoNbd{r=%.4f, alpha=%.4f, s=%.4f, beta=%.4f}", r, alpha, s, beta);
    }
}
