package io.csmetrics.cohort;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import io.csmetrics.ltv.RetentionModel;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007, "How to
 * project customer retention", <i>Journal of Interactive Marketing</i> 21(1); Fader &amp; Hardie
 * 2010, "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity",
 * <i>Marketing Science</i> 29(1)).
 *
 * <p>Story: at the end of each period a customer renews or churns; customer {@code i} churns with
 * a constant probability {@code θ_i}, and {@code θ} varies across customers as a
 * {@code Beta(α, β)} distribution. The lifetime {@code T ≥ 1} (the period in which a customer
 * churns) then has, for {@code t = 1, 2, …}:
 * <ul>
 * <li>{@code P(T = t) = B(α + 1, β + t − 1) / B(α, β)}, computed as
 * {@code S(t − 1) · α / (α + β + t − 1)};</li>
 * <li>survival {@code S(t) = P(T > t) = B(α, β + t) / B(α, β) = Π_{i=1..t} r_i}, {@code S(0) = 1};</li>
 * <li>retention rate {@code r_t = S(t)/S(t − 1) = (β + t − 1) / (α + β + t − 1)}, rising with
 * {@code t} as the customers most likely to churn leave first;</li>
 * <li>expected lifetime {@code E[T] = Σ_{t ≥ 0} S(t) = (α + β − 1)/(α − 1)}, finite only for
 * {@code α > 1};</li>
 * <li>discounted expected lifetime at a discount rate {@code d} per period,
 * {@code DEL(d) = Σ_{t ≥ 0} S(t) / (1 + d)^t = 2F1(1, β; α + β; 1/(1 + d))}, the LTV of a new
 * customer paying 1 per period, first payment now;</li>
 * <li>discounted expected residual lifetime of a customer who has renewed {@code n} times,
 * evaluated just before the next renewal decision (Fader &amp; Hardie 2010, eq. 6),
 * {@code DERL(d, n) = Σ_{k ≥ 0} S(n + 1 + k)/S(n) / (1 + d)^k
 * = (β + n)/(α + β + n) · 2F1(1, β + n + 1; α + β + n + 1; 1/(1 + d))}.</li>
 * </ul>
 * {@code B} is the beta function and {@code 2F1} the Gauss hypergeometric function, summed as a
 * series with a stated truncation bound (relative error below 10⁻¹⁵).
 *
 * <p>Worked example, the paper's "regular" cohort: fitted on years 0–7 (1000, 631, 468, 382,
 * 326, 289, 262, 241 customers) the MLE is {@code α = 0.704}, {@code β = 1.182}; the retention
 * rate rises from {@code r_1 = 0.627} to {@code r_12 = 0.948}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class ShiftedBetaGeometric implements RetentionModel, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_EVALUATIONS = 20_000;
    private static final double DIVERGED_LOG = 25;
    /** ln(10⁵): when both α and β exceed it the beta mixing distribution has (numerically) no spread. */
    private static final double HOMOGENEOUS_LOG = 11.5;
    private static final int RECURSION_LIMIT = 2_000;
    private static final int MAX_NEWTON_STEPS = 100;
    /** Newton stops when a step moves both parameters by less than this, relatively. */
    private static final double NEWTON_TOLERANCE = 1e-14;

    private final double alpha;
    private final double beta;

    private ShiftedBetaGeometric(double alpha, double beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    /**
     * Returns the model with given parameters.
     *
     * @param alpha {@code α}, finite, positive
     * @param beta {@code β}, finite, positive
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static ShiftedBetaGeometric of(double alpha, double beta) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and positive: " + alpha);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and positive: " + beta);
        }
        return new ShiftedBetaGeometric(alpha, beta);
    }

    /**
     * Fits the model by maximum likelihood to a survival series: the customers of one cohort
     * still active at periods {@code 0, 1, …, T}.
     *
     * <p>Log-likelihood (Fader &amp; Hardie 2007, eq. 5): with {@code n_t = alive_{t−1} − alive_t}
     * customers churning in period {@code t},
     * {@code LL(α, β) = Σ_{t=1..T} n_t ln P(T = t) + alive_T ln S(T)}
     * {@code = N ln α + Σ_{t=1..T} [alive_t ln(β + t − 1) − alive_{t−1} ln(α + β + t − 1)]},
     * {@code N = alive_0 − alive_T} (see {@link #logLikelihood(long...)}). It is maximised in two
     * stages: a Nelder–Mead simplex over {@code (ln α, ln β)}, started at {@code α = β = 1} and
     * restarted once from its optimum, finds the basin; Newton's method on the analytic gradient
     * and Hessian in {@code (α, β)} then polishes the estimate until a step moves neither
     * parameter by more than 10⁻¹⁴ relatively, so the gradient there is zero to rounding. The
     * standard errors come from the observed information, the inverse of {@code −H} at the
     * estimate.
     *
     * <p>Example, Fader &amp; Hardie (2007), regular cohort, years 0–7 (1000, 631, 468, 382, 326,
     * 289, 262, 241): {@code α = 0.704}, {@code β = 1.182}, standard errors 0.066 and 0.153,
     * log-likelihood −1680.265.
     *
     * @param alive customers alive at periods {@code 0..T}: at least two values, the first
     *     positive, none negative, never increasing
     * @return the fit: parameters, log-likelihood, observed vs fitted
     * @throws NullPointerException if {@code alive} is null
     * @throws IllegalArgumentException if fewer than two periods are given, {@code alive[0]} is not
     *     positive, a value is negative, or the series increases
     * @throws ModelFitException if no maximum-likelihood estimate exists (nobody churned; everybody
     *     churned in period 1), the model is not identified (a single period: the likelihood
     *     depends on {@code α/(α + β)} only, a flat ridge), the likelihood is not concave at the
     *     optimum, or the optimiser does not converge or runs off to infinite
     *     parameters (both above 10⁵, or either beyond e²⁵: data without heterogeneity, whose
     *     churn rate does not fall over time), with the reason
     */
    public static SbgFit fit(long... alive) {
        checkSeries(alive);
        int periods = alive.length - 1;
        if (alive[periods] == alive[0]) {
            throw new ModelFitException("no customer churned in the " + periods + " periods: the likelihood grows"
                    + " without bound as beta goes to infinity, so there is no maximum-likelihood estimate");
        }
        if (alive[1] == 0) {
            throw new ModelFitException("every customer churned in period 1: the likelihood grows without bound as"
                    + " beta goes to 0, so there is no maximum-likelihood estimate");
        }
        if (periods == 1) {
            throw new ModelFitException("one period (" + alive[0] + " -> " + alive[1] + ") does not identify alpha and"
                    + " beta: the likelihood depends only on the mean churn alpha/(alpha + beta), a flat ridge with"
                    + " no single maximum; observe at least two periods");
        }
        long[] data = alive.clone();
        NelderMead.Result first = NelderMead.minimize(p -> -logLikelihood(Math.exp(p[0]), Math.exp(p[1]), data),
                new double[] {0, 0}, new double[] {0.5, 0.5}, 1e-13, 1e-13, MAX_EVALUATIONS);
        NelderMead.Result second = first.converged()
                ? NelderMead.minimize(p -> -logLikelihood(Math.exp(p[0]), Math.exp(p[1]), data), first.point(),
                        new double[] {0.05, 0.05}, 1e-13, 1e-13, MAX_EVALUATIONS)
                : first;
        int evaluations = first.evaluations() + (second == first ? 0 : second.evaluations());
        if (!second.converged()) {
            throw new ModelFitException("the optimiser did not converge within " + MAX_EVALUATIONS
                    + " evaluations of the log-likelihood");
        }
        double logAlpha = second.point()[0];
        double logBeta = second.point()[1];
        if (Math.abs(logAlpha) > DIVERGED_LOG || Math.abs(logBeta) > DIVERGED_LOG
                || Math.min(logAlpha, logBeta) > HOMOGENEOUS_LOG || !Double.isFinite(second.value())) {
            throw new ModelFitException("the estimate diverged (alpha = " + Math.exp(logAlpha) + ", beta = "
                    + Math.exp(logBeta) + "): the likelihood has no finite maximum; data whose churn rate does not"
                    + " fall over time show no heterogeneity and fit a constant-churn (geometric) model better");
        }
        double a = Math.exp(logAlpha);
        double b = Math.exp(logBeta);
        double ll = logLikelihood(a, b, data);
        evaluations++;
        double[] d = derivatives(a, b, data);
        for (int step = 1; ; step++) {
            double det = d[2] * d[4] - d[3] * d[3];
            if (!(d[2] < 0 && det > 0)) {
                throw new ModelFitException("the log-likelihood is not concave at the optimum (alpha = " + a
                        + ", beta = " + b + "): the data do not identify both parameters");
            }
            // Newton: (da, db) = −H⁻¹ g.
            double da = -(d[4] * d[0] - d[3] * d[1]) / det;
            double db = -(d[2] * d[1] - d[3] * d[0]) / det;
            double t = 1;
            double na = a + da;
            double nb = b + db;
            double nll = na > 0 && nb > 0 ? logLikelihood(na, nb, data) : Double.NEGATIVE_INFINITY;
            evaluations++;
            // Near the optimum LL moves by less than its rounding; only a clear decrease is refused.
            while (!(nll >= ll - 1e-15 * Math.abs(ll)) && t > 1e-10) {
                t /= 2;
                na = a + t * da;
                nb = b + t * db;
                nll = na > 0 && nb > 0 ? logLikelihood(na, nb, data) : Double.NEGATIVE_INFINITY;
                evaluations++;
            }
            boolean small = Math.abs(na - a) <= NEWTON_TOLERANCE * a && Math.abs(nb - b) <= NEWTON_TOLERANCE * b;
            if (nll >= ll - 1e-15 * Math.abs(ll)) {
                a = na;
                b = nb;
                ll = nll;
                d = derivatives(a, b, data);
            }
            if (small || t <= 1e-10) {
                break;
            }
            if (step == MAX_NEWTON_STEPS) {
                throw new ModelFitException("Newton's method did not settle within " + MAX_NEWTON_STEPS
                        + " steps at alpha = " + a + ", beta = " + b);
            }
        }
        double det = d[2] * d[4] - d[3] * d[3];
        if (!(d[2] < 0 && det > 0) || !Double.isFinite(ll)) {
            throw new ModelFitException("the log-likelihood is not concave at the estimate (alpha = " + a
                    + ", beta = " + b + "): the data do not identify both parameters");
        }
        // Observed information I = −H; Var = I⁻¹ = (1/det)·[[−H_ββ, H_αβ], [H_αβ, −H_αα]].
        double varAlpha = -d[4] / det;
        double varBeta = -d[2] / det;
        double covariance = d[3] / det;
        ShiftedBetaGeometric model = new ShiftedBetaGeometric(a, b);
        List<Long> observed = new ArrayList<>(data.length);
        List<Double> fitted = new ArrayList<>(data.length);
        for (int t = 0; t < data.length; t++) {
            observed.add(data[t]);
            fitted.add(data[0] * model.survival(t));
        }
        return new SbgFit(model, ll, Math.sqrt(varAlpha), Math.sqrt(varBeta), covariance,
                Collections.unmodifiableList(observed), Collections.unmodifiableList(fitted), evaluations);
    }

    private static void checkSeries(long[] alive) {
        Objects.requireNonNull(alive, "alive must not be null");
        if (alive.length < 2) {
            throw new IllegalArgumentException("alive must have at least two periods (0 and 1): length " + alive.length);
        }
        if (alive[0] <= 0) {
            throw new IllegalArgumentException("alive[0] (customers at the start) must be positive: " + alive[0]);
        }
        for (int t = 1; t < alive.length; t++) {
            if (alive[t] < 0) {
                throw new IllegalArgumentException("alive[" + t + "] must not be negative: " + alive[t]);
            }
            if (alive[t] > alive[t - 1]) {
                throw new IllegalArgumentException("alive[" + t + "] (" + alive[t] + ") exceeds alive[" + (t - 1) + "] ("
                        + alive[t - 1] + "): a survival series never increases");
            }
        }
    }

    /**
     * Fits the model to a cohort's survival series, {@link Cohort#survivalCounts()} (monthly
     * periods).
     *
     * @param cohort the cohort, not null
     * @return the fit
     * @throws NullPointerException if {@code cohort} is null
     * @throws IllegalArgumentException if the cohort is observed for fewer than two periods
     *     (months 0 and 1)
     * @throws ModelFitException as {@link #fit(long...)}
     */
    public static SbgFit fit(Cohort<?> cohort) {
        Objects.requireNonNull(cohort, "cohort must not be null");
        return fit(cohort.survivalCounts());
    }

    /**
     * Returns this model's log-likelihood of a survival series, the quantity {@link #fit(long...)}
     * maximises: {@code LL(α, β) = Σ_{t=1..T} n_t ln P(T = t) + alive_T ln S(T)}, which, since each
     * customer alive at {@code t − 1} churns at {@code t} with probability
     * {@code α/(α + β + t − 1)}, is
     * {@code N ln α + Σ_{t=1..T} [alive_t ln(β + t − 1) − alive_{t−1} ln(α + β + t − 1)]} with
     * {@code N = alive_0 − alive_T}. Compare models (or parameters) on the same data with it, e.g.
     * in a likelihood-ratio test.
     *
     * <p>Example: for the regular cohort's years 0–7 (see {@link #fit(long...)}) the fitted model
     * scores −1680.265, and {@code of(1, 1)} −1741.730.
     *
     * @param alive customers alive at periods {@code 0..T}, as for {@link #fit(long...)}
     * @return the log-likelihood, finite and at most 0
     * @throws NullPointerException if {@code alive} is null
     * @throws IllegalArgumentException if the series is invalid as for {@link #fit(long...)}
     */
    public double logLikelihood(long... alive) {
        checkSeries(alive);
        return logLikelihood(alpha, beta, alive);
    }

    static double logLikelihood(double a, double b, long[] alive) {
        double ll = (alive[0] - alive[alive.length - 1]) * Math.log(a);
        for (int t = 1; t < alive.length; t++) {
            if (alive[t] > 0) {
                ll += alive[t] * Math.log(b + (t - 1));
            }
            if (alive[t - 1] > 0) {
                ll -= alive[t - 1] * logOfSum(a, b + (t - 1));
            }
        }
        return ll;
    }

    /**
     * The analytic derivatives of {@link #logLikelihood(double, double, long[])}:
     * {@code {∂α, ∂β, ∂αα, ∂αβ, ∂ββ}}, with {@code s_t = α + β + t − 1},
     * {@code ∂α = N/α − Σ alive_{t−1}/s_t}, {@code ∂β = Σ alive_t/(β + t − 1) − Σ alive_{t−1}/s_t},
     * {@code ∂αα = −N/α² + Σ alive_{t−1}/s_t²}, {@code ∂αβ = Σ alive_{t−1}/s_t²},
     * {@code ∂ββ = −Σ alive_t/(β + t − 1)² + Σ alive_{t−1}/s_t²}.
     */
    static double[] derivatives(double a, double b, long[] alive) {
        double churned = alive[0] - alive[alive.length - 1];
        double atRisk1 = 0;
        double atRisk2 = 0;
        double survived1 = 0;
        double survived2 = 0;
        for (int t = 1; t < alive.length; t++) {
            double s = a + b + (t - 1);
            atRisk1 += alive[t - 1] / s;
            atRisk2 += alive[t - 1] / (s * s);
            double bt = b + (t - 1);
            survived1 += alive[t] / bt;
            survived2 += alive[t] / (bt * bt);
        }
        return new double[] {churned / a - atRisk1, survived1 - atRisk1, -churned / (a * a) + atRisk2, atRisk2,
            -survived2 + atRisk2};
    }

    /**
     * Returns {@code α}.
     *
     * @return the first beta-distribution parameter of the churn probabilities
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Returns {@code β}.
     *
     * @return the second beta-distribution parameter of the churn probabilities
     */
    public double beta() {
        return beta;
    }

    /**
     * Returns the mean churn probability across customers, {@code E[θ] = α/(α + β)}, which is also
     * {@code P(T = 1)}.
     *
     * @return the mean churn probability in {@code (0, 1)}
     */
    public double meanChurnProbability() {
        return alpha / (alpha + beta);
    }

    /**
     * Returns {@code S(t) = B(α, β + t)/B(α, β)}: the share of a cohort still active at period
     * {@code t}.
     *
     * @param period {@code t}, not negative
     * @return {@code S(t)} in {@code (0, 1]}; 1 at {@code t = 0}
     * @throws IllegalArgumentException if {@code period} is negative
     */
    @Override
    public double survival(int period) {
        checkPeriod(period, 0);
        if (period > RECURSION_LIMIT) {
            double s = Math.exp(LogBeta.value(alpha, beta + period) - LogBeta.value(alpha, beta));
            if (s >= 0 && s <= 1) {
                return s;
            }
            // Parameters so large (near Double.MAX_VALUE) that the log-beta difference loses all
            // precision: the product below is slow for such periods but exact to rounding.
        }
        double s = 1;
        for (int t = 1; t <= period && s > 0; t++) {
            s *= retention(t);
        }
        return s;
    }

    /**
     * Sends a deserialised model back through {@link #of(double, double)}, so a tampered stream cannot
     * make a model with non-finite or non-positive parameters.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if a parameter is not finite and positive
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(alpha, beta);
        } catch (IllegalArgumentException e) {
            throw new java.io.InvalidObjectException("invalid ShiftedBetaGeometric: " + e.getMessage());
        }
    }

    /** The longest horizon {@link #projectSurvival(int)} projects: a million periods. */
    public static final int MAX_HORIZON = 1_000_000;

    private static void checkPeriod(int period, int min) {
        if (period < min) {
            throw new IllegalArgumentException("period must be at least " + min + ": " + period);
        }
    }

    /**
     * Returns {@code P(T = t)}, the probability that a new customer churns in period {@code t}.
     *
     * @param period {@code t}, at least 1
     * @return the probability
     * @throws IllegalArgumentException if {@code period} is below 1
     */
    public double churnProbability(int period) {
        checkPeriod(period, 1);
        // α/(α + β + t − 1) as 1/(1 + (β + t − 1)/α): no overflow of α + β, no cancellation.
        return survival(period - 1) / (1 + (beta + (period - 1)) / alpha);
    }

    /**
     * Returns the retention rate of period {@code t}, {@code r_t = (β + t − 1)/(α + β + t − 1)}:
     * the share of the customers active at {@code t − 1} who renew at {@code t}.
     *
     * @param period {@code t}, at least 1
     * @return the rate in {@code (0, 1)}
     * @throws IllegalArgumentException if {@code period} is below 1
     */
    public double retentionRate(int period) {
        checkPeriod(period, 1);
        return retention(period);
    }

    /**
     * {@code r_t} as {@code 1/(1 + α/(β + t − 1))}: the period is added to {@code β} before
     * {@code α}, so a tiny {@code α} and {@code β} (10⁻³⁰⁰) are not lost in {@code α + β + 1 − 1 = 0}
     * (which gave 0/0), and {@code α + β} cannot overflow.
     */
    private double retention(int period) {
        return 1 / (1 + alpha / (beta + (period - 1)));
    }

    /** {@code ln(x + y)} for positive {@code x, y}, without overflow of the sum. */
    private static double logOfSum(double x, double y) {
        double sum = x + y;
        if (Double.isFinite(sum)) {
            return Math.log(sum);
        }
        double big = Math.max(x, y);
        return Math.log(big) + Math.log1p(Math.min(x, y) / big);
    }

    /**
     * Projects survival over a horizon.
     *
     * @param horizon the last period {@code H}, not negative
     * @return {@code S(0) … S(H)}, a new array of length {@code H + 1}
     * @throws IllegalArgumentException if {@code horizon} is negative or above {@value #MAX_HORIZON}
     *     (the projection is an array of {@code H + 1} values)
     */
    public double[] projectSurvival(int horizon) {
        checkPeriod(horizon, 0);
        if (horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be at most " + MAX_HORIZON + ": " + horizon);
        }
        double[] s = new double[horizon + 1];
        s[0] = 1;
        for (int t = 1; t <= horizon; t++) {
            s[t] = s[t - 1] * retentionRate(t);
        }
        return s;
    }

    /**
     * Returns the expected lifetime {@code E[T] = (α + β − 1)/(α − 1)} in periods (counting the
     * first), undiscounted.
     *
     * @return the expected lifetime
     * @throws UndefinedMetricException if {@code α ≤ 1}: the lifetime's mean is infinite (a
     *     heavy tail of customers who practically never churn); use
     *     {@link #discountedExpectedLifetime(double)} instead
     */
    public double expectedLifetime() {
        if (alpha <= 1) {
            throw new UndefinedMetricException("the expected lifetime is infinite for alpha <= 1 (alpha = " + alpha
                    + "); use a discounted lifetime");
        }
        return (alpha + beta - 1) / (alpha - 1);
    }

    /**
     * Returns the discounted expected lifetime of a new customer,
     * {@code DEL(d) = Σ_{t ≥ 0} S(t)/(1 + d)^t = 2F1(1, β; α + β; 1/(1 + d))}: the LTV of a
     * customer paying 1 per period, the first payment now. At {@code d = 0} it is
     * {@link #expectedLifetime()}.
     *
     * @param discountRate {@code d} per period, above −1; e.g. 0.1 for 10 % per year with annual
     *     periods
     * @return DEL in periods, at least 1
     * @throws IllegalArgumentException if {@code discountRate} is NaN or not above −1
     * @throws UndefinedMetricException if the sum diverges: {@code d < 0}, or {@code d = 0} with
     *     {@code α ≤ 1}
     * @throws ArithmeticException if {@code d} is so close to 0 (below about 10⁻⁶) that the series
     *     needs more than 10⁸ terms
     */
    public double discountedExpectedLifetime(double discountRate) {
        double z = discountFactor(discountRate);
        return Hypergeometric.f21(1, beta, alpha + beta, z);
    }

    /**
     * Returns the discounted expected residual lifetime of a customer who has renewed {@code n}
     * times, just before the next renewal decision (Fader &amp; Hardie 2010):
     * {@code DERL(d, n) = (β + n)/(α + β + n) · 2F1(1, β + n + 1; α + β + n + 1; 1/(1 + d))
     * = Σ_{k ≥ 0} (S(n + 1 + k)/S(n)) / (1 + d)^k}. Multiplied by the payment per period it is the
     * customer's expected residual lifetime value.
     *
     * @param discountRate {@code d} per period, above −1
     * @param renewals {@code n}, the renewals made so far, not negative
     * @return DERL in periods
     * @throws IllegalArgumentException if {@code discountRate} is NaN or not above −1, or
     *     {@code renewals} is negative
     * @throws UndefinedMetricException if the sum diverges: {@code d < 0}, or {@code d = 0} with
     *     {@code α ≤ 1}
     * @throws ArithmeticException if {@code d} is so close to 0 that the series needs more than
     *     10⁸ terms
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        double z = discountFactor(discountRate);
        if (renewals < 0) {
            throw new IllegalArgumentException("renewals must not be negative: " + renewals);
        }
        double n = renewals;
        return (beta + n) / (alpha + beta + n) * Hypergeometric.f21(1, beta + n + 1, alpha + beta + n + 1, z);
    }

    private static double discountFactor(double discountRate) {
        if (!(discountRate > -1)) {
            throw new IllegalArgumentException("discountRate must be above -1: " + discountRate);
        }
        if (discountRate < 0) {
            throw new UndefinedMetricException("a negative discountRate (" + discountRate
                    + ") makes the discounted lifetime diverge");
        }
        return 1 / (1 + discountRate);
    }

    /**
     * Returns the model-based lifetime value of a new customer, {@code price × DEL(d)}: the
     * expected discounted sum of the payments over its lifetime, the first payment now.
     * Equivalently {@code price × (1 + DERL(d, 0)/(1 + d))}: the first payment plus the
     * residual value, one period later, of a customer who has renewed 0 times.
     *
     * <p>Example: with the regular cohort's {@code α = 0.704, β = 1.182}, a price of 100 per year
     * and {@code d = 0.1}, the LTV is about 100 × 3.76.
     *
     * @param pricePerPeriod the payment per period, not null
     * @param discountRate {@code d} per period, above −1
     * @return the price times DEL, exact product of the price and DEL's decimal value, unrounded
     *     (round with {@link Money#rounded(java.math.RoundingMode)})
     * @throws NullPointerException if {@code pricePerPeriod} is null
     * @throws IllegalArgumentException if {@code discountRate} is NaN or not above −1
     * @throws UndefinedMetricException if the sum diverges (see {@link #discountedExpectedLifetime(double)})
     */
    public Money ltv(Money pricePerPeriod, double discountRate) {
        Objects.requireNonNull(pricePerPeriod, "pricePerPeriod must not be null");
        return pricePerPeriod.multipliedBy(BigDecimal.valueOf(discountedExpectedLifetime(discountRate)));
    }

    /**
     * Equality of the parameters.
     *
     * @param obj the object to compare
     * @return true if {@code α} and {@code β} are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ShiftedBetaGeometric && Double.compare(((ShiftedBetaGeometric) obj).alpha, alpha) == 0
                && Double.compare(((ShiftedBetaGeometric) obj).beta, beta) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(alpha) * 31 + Double.hashCode(beta);
    }

    /**
     * Returns e.g. {@code "ShiftedBetaGeometric{alpha=0.7041, beta=1.1820}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "ShiftedBetaGeometric{alpha=%.4f, beta=%.4f}", alpha, beta);
    }
}
