package io.csmetrics.clv;

import static io.csmetrics.clv.SpecialFunctions.logBeta;
import static io.csmetrics.clv.SpecialFunctions.logGamma;

import io.csmetrics.ModelFitException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The BG/NBD ("beta-geometric / negative binomial distribution") model of repeat purchasing
 * (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)).
 *
 * <p>While active, a customer buys as a Poisson process with rate {@code λ ~ Gamma(r, α)}; after
 * every purchase she becomes inactive with probability {@code p ~ Beta(a, b)}. Times are in the
 * period unit of the data ({@code α} is a time scale: fitting the same data in days instead of weeks
 * multiplies {@code α} by 7 and leaves {@code r, a, b} unchanged). With
 * {@code δ = [x > 0]} and {@code A = a / (b + x − 1) · ((α + T)/(α + t_x))^(r+x)}:
 *
 * <ul>
 *   <li>{@code L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x)) · (1 + δ A)};</li>
 *   <li>{@code P(alive | x, t_x, T) = 1 / (1 + δ A)};</li>
 *   <li>{@code E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))]};</li>
 *   <li>{@code E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x)
 *       ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive)};</li>
 *   <li>{@code P(X(t) = n)} as in the paper's equation (8).</li>
 * </ul>
 *
 * <p>Worked example (CDNOW, weeks; Hardie's spreadsheet for the paper): with {@code r = 0.243},
 * {@code α = 4.414}, {@code a = 0.793}, {@code b = 2.426}, a customer with {@code x = 2},
 * {@code t_x = 30.43}, {@code T = 38.86} is expected to make 1.226 purchases in the next 39 weeks.
 *
 * <p>At exactly {@code a = 1} the expectations' factor {@code 1/(a − 1)} is a removable singularity,
 * and so is {@code a + b + x = 1} for the hypergeometric term; there they are evaluated as the mean of
 * the values at {@code a ± 10⁻⁶}. When {@code a + b + x < 1} the hypergeometric function's third
 * parameter is negative and it is evaluated through Gauss's contiguous relation.
 *
 * @param r the shape of the purchase-rate distribution, {@code > 0}
 * @param alpha the scale {@code α} of the purchase-rate distribution, in periods, {@code > 0}
 * @param a the first shape of the dropout-probability distribution, {@code > 0}
 * @param b the second shape of the dropout-probability distribution, {@code > 0}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record BgNbd(double r, double alpha, double a, double b) implements RepeatPurchaseModel {

    static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public BgNbd {
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("a", a);
        Checks.positive("b", b);
    }

    /**
     * Creates the model from its parameters.
     *
     * @param r the shape {@code r}
     * @param alpha the scale {@code α}
     * @param a the shape {@code a}
     * @param b the shape {@code b}
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static BgNbd of(double r, double alpha, double a, double b) {
        return new BgNbd(r, alpha, a, b);
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param customers the customers' summaries, not empty
     * @return the fit, with standard errors
     * @throws NullPointerException if {@code customers} or an element is null
     * @throws IllegalArgumentException if {@code customers} is empty
     * @throws ModelFitException if no customer made a repeat purchase, or the data cannot identify
     *     the model (e.g. every customer has the same history)
     */
    public static ClvFit<BgNbd> fit(Collection<CustomerRfm> customers) {
        return fit(RfmColumns.of(customers));
    }

    /**
     * Fits the model to columns of {@code x}, {@code t_x}, {@code T}, the bulk path.
     *
     * @param frequency {@code x} per customer
     * @param recency {@code t_x} per customer
     * @param age {@code T} per customer
     * @return the fit
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or a customer's
     *     values are invalid
     * @throws ModelFitException as {@link #fit(Collection)}
     */
    public static ClvFit<BgNbd> fit(int[] frequency, double[] recency, double[] age) {
        return fit(RfmColumns.of(frequency, recency, age));
    }

    private static ClvFit<BgNbd> fit(RfmColumns data) {
        requireRepeaters(data, "BG/NBD");
        Optimizer.Result result = Optimizer.maximise(
                theta -> logLikelihood(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3]),
                        data),
                new double[4], "BG/NBD");
        double[] p = checkedParameters(result, "BG/NBD");
        return ClvFit.of(new BgNbd(p[0], p[1], p[2], p[3]), PARAMETERS, p, covariance(result, p), result.value(),
                data.size, result.evaluations());
    }

    static void requireRepeaters(RfmColumns data, String model) {
        if (data.size == 0) {
            throw new IllegalArgumentException("customers must not be empty");
        }
        if (data.repeaters == 0) {
            throw new ModelFitException(model + ": none of the " + data.size
                    + " customers made a repeat purchase, so the purchase and dropout processes cannot be told apart");
        }
        if (data.distinct() == 1) {
            // A mixture's likelihood of one repeated history is largest at a point mass: the mixing
            // parameters run off to infinity (slowly, for Pareto/NBD's series), so refuse up front.
            throw new ModelFitException(model + ": all " + data.size
                    + " customers have the same history, so the heterogeneity across customers cannot be identified");
        }
    }

    /** The parameters {@code exp(θ)}, refused when one ran off towards 0 or infinity. */
    static double[] checkedParameters(Optimizer.Result result, String model) {
        double[] theta = result.theta();
        double[] p = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            if (Math.abs(theta[i]) > 18) {
                throw new ModelFitException(model + ": parameter " + (i + 1) + " ran off to " + Math.exp(theta[i])
                        + "; the data show too little heterogeneity to identify the model");
            }
            p[i] = Math.exp(theta[i]);
        }
        return p;
    }

    /** The covariance of the natural parameters: {@code Cov(p) = D Cov(θ) D}, {@code D = diag(p)}. */
    static double[][] covariance(Optimizer.Result result, double[] p) {
        double[][] l = Matrices.cholesky(Matrices.negated(result.hessian()));
        double[][] cov = Matrices.inverse(l);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                cov[i][j] *= p[i] * p[j];
            }
        }
        return cov;
    }

    /** The total log-likelihood over the columns; terms in {@code x} alone are summed per distinct {@code x}. */
    static double logLikelihood(double r, double alpha, double a, double b, RfmColumns data) {
        double total = 0;
        double logGammaR = logGamma(r);
        double logBetaAB = logBeta(a, b);
        long[] counts = data.countByFrequency;
        for (int x = 0; x < counts.length; x++) {
            if (counts[x] > 0) {
                total += counts[x] * (logGamma(r + x) - logGammaR + logBeta(a, b + x) - logBetaAB);
            }
        }
        total += data.size * r * Math.log(alpha);
        int[] xs = data.x;
        double[] txs = data.tx;
        double[] ages = data.age;
        long[] weights = data.weight;
        int distinct = data.distinct();
        for (int i = 0; i < distinct; i++) {
            int x = xs[i];
            double logAlphaT = Math.log(alpha + ages[i]);
            double rx = r + x;
            double term = -rx * logAlphaT;
            if (x > 0) {
                term += Math.log1p(a / (b + x - 1) * Math.exp(rx * (logAlphaT - Math.log(alpha + txs[i]))));
            }
            total += weights[i] * term;
        }
        return total;
    }

    @Override
    public double logLikelihood(int x, double tx, double age) {
        Checks.checkHistory(x, tx, age);
        double rx = r + x;
        double logAlphaT = Math.log(alpha + age);
        double ll = logGamma(rx) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x) - logBeta(a, b)
                - rx * logAlphaT;
        if (x > 0) {
            // log(1 + e^e) without overflowing e^e when T is far beyond t_x
            double e = Math.log(a / (b + x - 1)) + rx * (logAlphaT - Math.log(alpha + tx));
            ll += e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
        }
        return ll;
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        Checks.checkHistory(x, tx, age);
        if (x == 0) {
            return 1.0;
        }
        double logA = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
        return 1.0 / (1.0 + Math.exp(logA));
    }

    @Override
    public double expectedPurchases(double t) {
        Checks.checkTime(t);
        if (t == 0) {
            return 0.0;
        }
        if (a == 1.0 || a + b == 1.0) {
            return (new BgNbd(r, alpha, a - 1e-6, b).expectedPurchases(t)
                    + new BgNbd(r, alpha, a + 1e-6, b).expectedPurchases(t)) / 2;
        }
        double z = t / (alpha + t);
        double f = SpecialFunctions.hypergeometric2F1(r, b, a + b - 1, z);
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * f);
    }

    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        Checks.checkTime(t);
        Checks.checkHistory(x, tx, age);
        if (t == 0) {
            return 0.0;
        }
        if (a == 1.0 || a + b + x == 1.0) {
            return (new BgNbd(r, alpha, a - 1e-6, b).conditionalExpectedPurchases(t, x, tx, age)
                    + new BgNbd(r, alpha, a + 1e-6, b).conditionalExpectedPurchases(t, x, tx, age)) / 2;
        }
        double c = a + b + x - 1;
        double z = t / (alpha + age + t);
        double f = SpecialFunctions.hypergeometric2F1(r + x, b + x, c, z);
        double bracket = 1 - Math.pow((alpha + age) / (alpha + age + t), r + x) * f;
        return c / (a - 1) * bracket * probabilityAlive(x, tx, age);
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
        double logBetaAB = logBeta(a, b);
        double logP = Math.log(alpha / (alpha + t));
        double logQ = Math.log(t / (alpha + t));
        double first = Math.exp(logBeta(a, b + n) - logBetaAB + logGamma(r + n) - logGamma(r) - logGamma(n + 1.0)
                + r * logP + n * logQ);
        if (n == 0) {
            return first;
        }
        double partial = 0;
        for (int j = 0; j < n; j++) {
            partial += Math.exp(logGamma(r + j) - logGamma(r) - logGamma(j + 1.0) + r * logP + j * logQ);
        }
        double second = Math.exp(logBeta(a + 1, b + n - 1) - logBetaAB) * (1 - partial);
        return Math.min(1.0, Math.max(0.0, first + second));
    }

    /**
     * Returns e.g. {@code "BgNbd{r=0.2426, alpha=4.4136, a=0.7929, b=2.4259}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BgNbd{r=%.4f, alpha=%.4f, a=%.4f, b=%.4f}", r, alpha, a, b);
    }
}
