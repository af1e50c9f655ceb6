package io.csmetrics.cohort;

import io.csmetrics.ltv.RetentionModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Kaplan–Meier (product-limit) estimate of the survival curve {@code S(t)}, the probability
 * that an account's lifetime exceeds {@code t}, from lifetimes some of which are right-censored
 * (accounts still active).
 *
 * <p>Formulas (Kaplan &amp; Meier 1958; Greenwood 1926), at the distinct times
 * {@code t_1 < t_2 < …} at which a lifetime ends:
 * <ul>
 * <li>{@code n_i} = accounts at risk at {@code t_i} (lifetime ≥ {@code t_i}; an account censored
 * at {@code t_i} is still at risk there), {@code d_i} = churn events at {@code t_i},
 * {@code c_i} = censored at {@code t_i};</li>
 * <li>{@code S(t) = Π_{t_i ≤ t} (1 − d_i / n_i)}, a right-continuous step function, 1 before the
 * first event;</li>
 * <li>Greenwood: {@code Var S(t) = S(t)² σ²(t)}, {@code σ²(t) = Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i))};</li>
 * <li>confidence intervals by {@link ConfidenceType} (log-log by default);</li>
 * <li>median: the smallest {@code t} with {@code S(t) ≤ 0.5}; where {@code S} equals 0.5 exactly
 * over an interval, the midpoint of that interval (as R's {@code survival} package does); its
 * confidence limits are where the lower and upper bands first reach 0.5;</li>
 * <li>restricted mean up to a horizon {@code τ}: {@code ∫₀^τ S(t) dt}, the expected lifetime
 * counted up to {@code τ}, which exists even when the curve never reaches 0.</li>
 * </ul>
 * Beyond the last observed time {@code S} stays at its last value. Where {@code S(t) = 0} the
 * variance and the intervals are undefined (empty), as R reports {@code NA}.
 *
 * <p>Reference: R {@code summary(survfit(Surv(time, status) ~ 1, data = aml, subset = x == "Maintained"))}
 * gives at time 31: 5 at risk, 1 event, survival 0.491, std.err 0.1642, log 95% CI 0.2549–0.946;
 * median 31 with 95% CI 18–NA. This class reproduces those to 10⁻⁶ (see the tests).
 *
 * <p>As a {@link RetentionModel}, {@link #survival(int)} is {@code S(t)} at whole periods of
 * the lifetimes' unit.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class KaplanMeier implements RetentionModel, Serializable {

    private static final long serialVersionUID = 1L;
    private static final double HALF_TOLERANCE = 1e-12;

    /** The default confidence level, 95 %. */
    public static final double DEFAULT_LEVEL = 0.95;

    private final double[] times;
    private final long[] atRisk;
    private final long[] events;
    private final long[] censored;
    private final double[] survival;
    private final double[] greenwood;
    private final long accounts;

    private KaplanMeier(double[] times, long[] atRisk, long[] events, long[] censored, double[] survival,
            double[] greenwood, long accounts) {
        this.times = times;
        this.atRisk = atRisk;
        this.events = events;
        this.censored = censored;
        this.survival = survival;
        this.greenwood = greenwood;
        this.accounts = accounts;
    }

    /**
     * One distinct time of the curve.
     *
     * @param time the time {@code t_i}
     * @param atRisk {@code n_i}, accounts at risk just before {@code t_i}
     * @param events {@code d_i}, churn events at {@code t_i}
     * @param censored {@code c_i}, lifetimes censored at {@code t_i}
     * @param survival {@code S(t_i)}, after the events at {@code t_i}
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    public record Step(double time, long atRisk, long events, long censored, double survival) implements Serializable {

        /**
         * Checks the components (also when read back from a stream: records deserialise through here).
         *
         * @param time the time, finite and not negative
         * @param atRisk the accounts at risk, not negative
         * @param events the churn events, not negative
         * @param censored the censored lifetimes, not negative; {@code events + censored <= atRisk}
         * @param survival the survival, 0..1
         * @throws IllegalArgumentException if a component is out of its range, NaN or infinite
         */
        public Step {
            if (!(time >= 0 && time < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("time must be finite and not negative: " + time);
            }
            if (atRisk < 0 || events < 0 || censored < 0 || events > atRisk - censored) {
                throw new IllegalArgumentException("atRisk (" + atRisk + "), events (" + events + ") and censored ("
                        + censored + ") must not be negative, with events + censored <= atRisk");
            }
            if (!(survival >= 0 && survival <= 1)) {
                throw new IllegalArgumentException("survival must be in 0..1: " + survival);
            }
        }
    }

    /**
     * Estimates the curve.
     *
     * @param lifetimes the lifetimes, at least one, one time unit, not null
     * @return the estimate
     * @throws NullPointerException if {@code lifetimes} or an element is null
     * @throws IllegalArgumentException if {@code lifetimes} is empty
     */
    public static KaplanMeier fit(Collection<Lifetime> lifetimes) {
        Objects.requireNonNull(lifetimes, "lifetimes must not be null");
        if (lifetimes.isEmpty()) {
            throw new IllegalArgumentException("lifetimes must not be empty");
        }
        Lifetime[] sorted = lifetimes.toArray(new Lifetime[0]);
        for (Lifetime l : sorted) {
            Objects.requireNonNull(l, "lifetimes must not contain null");
        }
        Arrays.sort(sorted, (a, b) -> Double.compare(a.time(), b.time()));
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i].time() != sorted[i - 1].time()) {
                distinct++;
            }
        }
        double[] t = new double[distinct];
        long[] d = new long[distinct];
        long[] c = new long[distinct];
        for (int i = 0, j = -1; i < sorted.length; i++) {
            if (i == 0 || sorted[i].time() != sorted[i - 1].time()) {
                t[++j] = sorted[i].time();
            }
            if (sorted[i].churned()) {
                d[j]++;
            } else {
                c[j]++;
            }
        }
        return estimate(t, d, c, sorted.length);
    }

    /**
     * Estimates the curve from lifetimes counted by whole time: {@code churned[t]} lifetimes end in
     * churn at time {@code t} and {@code censored[t]} are censored at {@code t}, for
     * {@code t = 0 .. length − 1}. Equals {@link #fit(Collection)} of those lifetimes (in any
     * order) without an object per lifetime: the form for a million accounts whose lifetimes are
     * whole months, or for a published life table.
     *
     * <p>Example: {@code fitCounts(new long[] {0, 1, 0}, new long[] {0, 0, 2})} is the curve of one
     * churn at 1 and two lifetimes censored at 2: {@code S(1) = 2/3}.
     *
     * @param churned churn events per time, none negative, not null
     * @param censored censored lifetimes per time, none negative, as long as {@code churned}, not null
     * @return the estimate
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a count is negative, or there is no
     *     lifetime at all
     * @throws ArithmeticException if the total count overflows a {@code long}
     * @since 0.1.0
     */
    public static KaplanMeier fitCounts(long[] churned, long[] censored) {
        Objects.requireNonNull(churned, "churned must not be null");
        Objects.requireNonNull(censored, "censored must not be null");
        if (churned.length != censored.length) {
            throw new IllegalArgumentException("churned (length " + churned.length + ") and censored (length "
                    + censored.length + ") must have the same length");
        }
        int distinct = 0;
        long total = 0;
        for (int i = 0; i < churned.length; i++) {
            if (churned[i] < 0 || censored[i] < 0) {
                throw new IllegalArgumentException("counts must not be negative: churned[" + i + "] = " + churned[i]
                        + ", censored[" + i + "] = " + censored[i]);
            }
            long here = churned[i] + censored[i];
            if (here < 0 || total > Long.MAX_VALUE - here) {
                throw new ArithmeticException("the number of lifetimes up to time " + i + " overflows a long");
            }
            total += here;
            distinct += here > 0 ? 1 : 0;
        }
        if (total == 0) {
            throw new IllegalArgumentException("there must be at least one lifetime: every count is 0 (length "
                    + churned.length + ")");
        }
        double[] t = new double[distinct];
        long[] d = new long[distinct];
        long[] c = new long[distinct];
        for (int i = 0, j = 0; i < churned.length; i++) {
            if (churned[i] + censored[i] > 0) {
                t[j] = i;
                d[j] = churned[i];
                c[j++] = censored[i];
            }
        }
        return estimate(t, d, c, total);
    }

    /**
     * The product-limit and Greenwood sums over the distinct times {@code t} (ascending), with their
     * churn events {@code d} and censored lifetimes {@code c}, of {@code total} lifetimes.
     */
    private static KaplanMeier estimate(double[] t, long[] d, long[] c, long total) {
        int distinct = t.length;
        long[] n = new long[distinct];
        double[] s = new double[distinct];
        double[] g = new double[distinct];
        long risk = total;
        double surv = 1;
        double sum = 0;
        for (int j = 0; j < distinct; j++) {
            long ev = d[j];
            n[j] = risk;
            if (ev > 0) {
                surv *= 1 - (double) ev / risk;
                sum = ev == risk ? Double.POSITIVE_INFINITY : sum + (double) ev / ((double) risk * (risk - ev));
            }
            s[j] = ev == risk && ev > 0 ? 0 : surv;
            surv = s[j];
            g[j] = sum;
            risk -= ev + c[j];
        }
        return new KaplanMeier(t, n, d, c, s, g, total);
    }

    /**
     * Estimates the curve of a cohort's members, in months since acquisition (see
     * {@link Cohort#lifetimes()}).
     *
     * @param cohort the cohort, not null
     * @return the estimate
     * @throws NullPointerException if {@code cohort} is null
     */
    public static KaplanMeier of(Cohort<?> cohort) {
        Objects.requireNonNull(cohort, "cohort must not be null");
        return fit(cohort.lifetimes());
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
    }

    /**
     * Returns the curve's distinct times, with events and censoring.
     *
     * @return the steps in ascending time, unmodifiable
     */
    public List<Step> steps() {
        List<Step> list = new ArrayList<>(times.length);
        for (int i = 0; i < times.length; i++) {
            list.add(new Step(times[i], atRisk[i], events[i], censored[i], survival[i]));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns the number of lifetimes.
     *
     * @return the count, at least 1
     */
    public long accounts() {
        return accounts;
    }

    /**
     * Returns the number of churn events.
     *
     * @return the count
     */
    public long events() {
        long e = 0;
        for (long x : events) {
            e += x;
        }
        return e;
    }

    private int index(double t) {
        int i = Arrays.binarySearch(times, t);
        if (i >= 0) {
            return i;
        }
        return -i - 2;
    }

    /**
     * Returns {@code S(t)}.
     *
     * @param t the time, not NaN; before the first event (and for negative {@code t}) it is 1
     * @return the survival in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code t} is NaN
     */
    public double survival(double t) {
        checkTime(t);
        int i = index(t);
        return i < 0 ? 1 : survival[i];
    }

    /**
     * Returns {@code S(period)}, the {@link RetentionModel} view.
     *
     * @param period the period, not negative
     * @return {@code S(period)}; 1 at period 0 unless accounts churned at time 0
     * @throws IllegalArgumentException if {@code period} is negative
     */
    @Override
    public double survival(int period) {
        if (period < 0) {
            throw new IllegalArgumentException("period must not be negative: " + period);
        }
        return survival((double) period);
    }

    private static void checkTime(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must not be NaN");
        }
    }

    /**
     * Returns Greenwood's variance of {@code S(t)}, {@code S(t)² Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i))}.
     *
     * @param t the time, not NaN
     * @return the variance; 0 before the first event; empty where {@code S(t) = 0}
     * @throws IllegalArgumentException if {@code t} is NaN
     */
    public OptionalDouble greenwoodVariance(double t) {
        checkTime(t);
        int i = index(t);
        if (i < 0) {
            return OptionalDouble.of(0);
        }
        if (survival[i] == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(survival[i] * survival[i] * greenwood[i]);
    }

    /**
     * Returns the standard error of {@code S(t)}, the square root of
     * {@link #greenwoodVariance(double)} (R's {@code std.err} in {@code summary.survfit}).
     *
     * @param t the time, not NaN
     * @return the standard error; empty where {@code S(t) = 0}
     * @throws IllegalArgumentException if {@code t} is NaN
     */
    public OptionalDouble standardError(double t) {
        OptionalDouble v = greenwoodVariance(t);
        return v.isPresent() ? OptionalDouble.of(Math.sqrt(v.getAsDouble())) : v;
    }

    /**
     * Returns the default 95 % log-log confidence interval of {@code S(t)}.
     *
     * @param t the time, not NaN
     * @return the interval; empty where {@code S(t) = 0}
     * @throws IllegalArgumentException if {@code t} is NaN
     */
    public Optional<SurvivalInterval> confidenceInterval(double t) {
        return confidenceInterval(t, DEFAULT_LEVEL, ConfidenceType.LOG_LOG);
    }

    /**
     * Returns a pointwise confidence interval of {@code S(t)} (formulas in {@link ConfidenceType}).
     * Before the first event it is {@code [1, 1]}.
     *
     * @param t the time, not NaN
     * @param level the confidence level, in {@code (0, 1)}
     * @param type the transformation, not null
     * @return the interval; empty where {@code S(t) = 0}
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if {@code t} is NaN or {@code level} is not in {@code (0, 1)}
     */
    public Optional<SurvivalInterval> confidenceInterval(double t, double level, ConfidenceType type) {
        Objects.requireNonNull(type, "type must not be null");
        checkTime(t);
        checkLevel(level);
        int i = index(t);
        double[] band = band(i, z(level), type);
        return band == null ? Optional.empty() : Optional.of(new SurvivalInterval(band[0], band[1], level, type));
    }

    private static double z(double level) {
        return NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    private double[] band(int i, double z, ConfidenceType type) {
        if (i < 0) {
            return new double[] {1, 1};
        }
        double s = survival[i];
        if (s == 0) {
            return null;
        }
        double sigma = Math.sqrt(greenwood[i]);
        if (sigma == 0) {
            return new double[] {s, s};
        }
        switch (type) {
            case PLAIN:
                return new double[] {Math.max(0, s - z * s * sigma), Math.min(1, s + z * s * sigma)};
            case LOG:
                return new double[] {s * Math.exp(-z * sigma), Math.min(1, s * Math.exp(z * sigma))};
            default:
                double logS = Math.log(s);
                double se = sigma / -logS;
                return new double[] {Math.pow(s, Math.exp(z * se)), Math.pow(s, Math.exp(-z * se))};
        }
    }

    /**
     * Returns the median lifetime with its default 95 % log-log confidence interval.
     *
     * @return the median (see the class documentation)
     */
    public MedianLifetime median() {
        return median(DEFAULT_LEVEL, ConfidenceType.LOG_LOG);
    }

    /**
     * Returns the median lifetime with a confidence interval: the median of the curve, and the
     * times at which the lower and the upper confidence bands first reach 0.5. Where {@code S = 0}
     * the bands are undefined and do not count as reaching 0.5, so a limit is empty when its band
     * only reaches 0.5 where the curve drops to 0 (R reports {@code NA} there too: the aml
     * "Nonmaintained" group has median 23, 95% CI 8 to NA).
     *
     * @param level the confidence level, in {@code (0, 1)}
     * @param type the bands' transformation, not null
     * @return the median; parts are empty where the curve or band never reaches 0.5
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if {@code level} is not in {@code (0, 1)}
     */
    public MedianLifetime median(double level, ConfidenceType type) {
        Objects.requireNonNull(type, "type must not be null");
        checkLevel(level);
        double z = z(level);
        double[] lower = new double[times.length];
        double[] upper = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double[] b = band(i, z, type);
            // Where S = 0 the bands are undefined (NA in R) and never count as reaching 0.5.
            lower[i] = b == null ? 1 : b[0];
            upper[i] = b == null ? 1 : b[1];
        }
        return new MedianLifetime(halfCrossing(survival), halfCrossing(lower), halfCrossing(upper), level, type);
    }

    private OptionalDouble halfCrossing(double[] curve) {
        for (int i = 0; i < curve.length; i++) {
            if (curve[i] <= 0.5 + HALF_TOLERANCE) {
                if (Math.abs(curve[i] - 0.5) <= HALF_TOLERANCE) {
                    for (int j = i + 1; j < curve.length; j++) {
                        if (curve[j] < curve[i] - HALF_TOLERANCE) {
                            return OptionalDouble.of((times[i] + times[j]) / 2);
                        }
                    }
                }
                return OptionalDouble.of(times[i]);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Returns the restricted mean lifetime up to a horizon, {@code ∫₀^τ S(t) dt}: the area under
     * the step curve from 0 to {@code τ}. Example: {@code S = 1} until 2 and 0.5 from 2 on gives
     * 2 + 0.5 × 2 = 3 for {@code τ = 4}.
     *
     * @param horizon the horizon {@code τ}, finite, not negative
     * @return the restricted mean, in {@code [0, τ]}, in the lifetimes' unit
     * @throws IllegalArgumentException if {@code horizon} is negative, NaN or infinite
     */
    public double restrictedMean(double horizon) {
        if (!(horizon >= 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon must be finite and not negative: " + horizon);
        }
        double area = 0;
        double previousTime = 0;
        double previousSurvival = 1;
        for (int i = 0; i < times.length && times[i] < horizon; i++) {
            area += previousSurvival * (times[i] - Math.max(previousTime, 0));
            previousTime = Math.max(times[i], 0);
            previousSurvival = survival[i];
        }
        return area + previousSurvival * (horizon - previousTime);
    }

    /**
     * Equality of the estimated curves (times, counts and survival).
     *
     * @param obj the object to compare
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof KaplanMeier && Arrays.equals(((KaplanMeier) obj).times, times)
                && Arrays.equals(((KaplanMeier) obj).atRisk, atRisk) && Arrays.equals(((KaplanMeier) obj).events, events)
                && Arrays.equals(((KaplanMeier) obj).censored, censored);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(times) * 31 + Arrays.hashCode(events);
    }

    /**
     * Returns e.g. {@code "KaplanMeier{n=11, events=7, median=31 (95% CI 13 to NA, LOG_LOG)}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "KaplanMeier{n=" + accounts + ", events=" + events() + ", median=" + median() + "}";
    }

    /**
     * Re-checks a deserialised KaplanMeier through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            int m = Objects.requireNonNull(times, "times must not be null").length;
            if (m == 0 || Objects.requireNonNull(atRisk, "atRisk must not be null").length != m
                    || Objects.requireNonNull(events, "events must not be null").length != m
                    || Objects.requireNonNull(censored, "censored must not be null").length != m
                    || Objects.requireNonNull(survival, "survival must not be null").length != m
                    || Objects.requireNonNull(greenwood, "greenwood must not be null").length != m) {
                throw new IllegalArgumentException("the curve's arrays must have one equal, positive length");
            }
            if (atRisk[0] != accounts) {
                throw new IllegalArgumentException("atRisk[0] (" + atRisk[0] + ") must equal accounts (" + accounts + ")");
            }
            List<Step> steps = steps();
            for (int i = 1; i < m; i++) {
                if (!(times[i] > times[i - 1]) || atRisk[i] != atRisk[i - 1] - events[i - 1] - censored[i - 1]
                        || survival[i] > survival[i - 1] || !(greenwood[i] >= greenwood[i - 1])) {
                    throw new IllegalArgumentException("step " + i + " (" + steps.get(i)
                            + ") does not follow from the step before it");
                }
            }
            if (!(greenwood[0] >= 0)) {
                throw new IllegalArgumentException("greenwood[0] must not be negative: " + greenwood[0]);
            }
            return new KaplanMeier(times.clone(), atRisk.clone(), events.clone(), censored.clone(), survival.clone(),
                    greenwood.clone(), accounts);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid KaplanMeier: " + e.getMessage())
                    .initCause(e);
        }
    }
}
