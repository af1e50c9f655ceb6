package io.csmetrics.clv;

import io.csmetrics.ModelFitException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The Cox proportional-hazards model {@code h(t | z) = h₀(t) exp(βᵀz)}, fitted by Newton–Raphson on
 * the partial likelihood, with Efron's (default, as R's {@code coxph}) or Breslow's handling of tied
 * event times.
 *
 * <p>At each distinct event time with the set {@code D} of {@code d} tied events, risk set {@code R},
 * {@code S₀ = Σ_R e^{βᵀz}} and {@code S₀ᴰ = Σ_D e^{βᵀz}}, the Efron log partial likelihood adds
 * {@code Σ_D βᵀz − Σ_{k=0}^{d−1} ln(S₀ − (k/d) S₀ᴰ)}; Breslow's drops the {@code (k/d) S₀ᴰ} terms.
 * Standard errors come from the inverse of the observed information at the optimum; hazard ratios
 * {@code e^β} with Wald intervals {@code e^{β ± z_{1−α/2} se}} and Wald tests {@code z = β / se}.
 *
 * <p>Example (R {@code survival::aml}, one covariate "Nonmaintained"): R's
 * {@code coxph(Surv(time, status) ~ x, data = aml)} gives {@code β = 0.9155}, se 0.5119,
 * {@code z = 1.788}, {@code p = 0.0737}, hazard ratio 2.498.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.2.0
 */
public final class CoxModel {

    private CoxModel() {
    }

    /** How tied event times enter the partial likelihood. */
    public enum Ties {
        /** Efron (1977): the default of R's {@code coxph} and of {@code lifelines}. */
        EFRON,
        /** Breslow (1974): the default of SAS {@code PHREG} and Stata {@code stcox}. */
        BRESLOW
    }

    /**
     * One subject: follow-up time, whether the event was observed, and its covariates.
     *
     * @param time the follow-up time, finite and {@code ≥ 0}
     * @param event {@code true} if the event occurred at {@code time}, {@code false} if censored
     * @param covariates the covariate values, finite, same length for every subject
     */
    public record Subject(double time, boolean event, List<Double> covariates) implements Serializable {

        /**
         * Validates the subject.
         *
         * @throws NullPointerException if {@code covariates} or an element is null
         * @throws IllegalArgumentException if a number is not finite or {@code time} is negative
         */
        public Subject {
            if (!(time >= 0) || !Double.isFinite(time)) {
                throw new IllegalArgumentException("time must be finite and >= 0: " + time);
            }
            covariates = Checks.copy("covariates", covariates);
            for (Double c : covariates) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("covariates must be finite: " + covariates);
                }
            }
        }

        /**
         * Creates a subject.
         *
         * @param time the follow-up time
         * @param event whether the event occurred
         * @param covariates the covariate values
         * @return the subject
         * @throws IllegalArgumentException as the canonical constructor
         */
        public static Subject of(double time, boolean event, double... covariates) {
            Objects.requireNonNull(covariates, "covariates must not be null");
            return new Subject(time, event, Arrays.stream(covariates).boxed().toList());
        }
    }

    /**
     * The fitted model.
     *
     * @param names the covariates' names
     * @param coefficients {@code β}
     * @param standardErrors their standard errors
     * @param logLikelihood the maximised log partial likelihood
     * @param nullLogLikelihood the log partial likelihood at {@code β = 0}
     * @param subjects the number of subjects
     * @param events the number of events
     * @param ties the tie handling
     * @param iterations Newton–Raphson iterations
     */
    public record Fit(List<String> names, List<Double> coefficients, List<Double> standardErrors, double logLikelihood,
            double nullLogLikelihood, int subjects, int events, Ties ties, int iterations) implements Serializable {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if an argument or a list element is null
         * @throws IllegalArgumentException if the lists differ in length or a number is not finite
         */
        public Fit {
            names = Checks.copy("names", names);
            coefficients = Checks.copy("coefficients", coefficients);
            standardErrors = Checks.copy("standardErrors", standardErrors);
            Objects.requireNonNull(ties, "ties must not be null");
            if (coefficients.size() != names.size() || standardErrors.size() != names.size()) {
                throw new IllegalArgumentException("names (" + names.size() + "), coefficients (" + coefficients.size()
                        + ") and standardErrors (" + standardErrors.size() + ") must have the same length");
            }
            for (int i = 0; i < names.size(); i++) {
                Checks.finite("coefficients[" + i + "]", coefficients.get(i));
                Checks.finite("standardErrors[" + i + "]", standardErrors.get(i));
            }
            Checks.finite("logLikelihood", logLikelihood);
            Checks.finite("nullLogLikelihood", nullLogLikelihood);
        }

        /**
         * Returns the hazard ratio {@code e^β} of a covariate.
         *
         * @param i the covariate's index
         * @return the hazard ratio
         * @throws IndexOutOfBoundsException if {@code i} is out of range
         */
        public double hazardRatio(int i) {
            Checks.index("i", i, coefficients.size());
            return Math.exp(coefficients.get(i));
        }

        /**
         * Returns the Wald statistic {@code β / se}.
         *
         * @param i the covariate's index
         * @return {@code z}
         * @throws IndexOutOfBoundsException if {@code i} is out of range
         */
        public double z(int i) {
            Checks.index("i", i, coefficients.size());
            return coefficients.get(i) / standardErrors.get(i);
        }

        /**
         * Returns the two-sided Wald p-value {@code 2 Φ(−|z|)}.
         *
         * @param i the covariate's index
         * @return the p-value
         * @throws IndexOutOfBoundsException if {@code i} is out of range
         */
        public double pValue(int i) {
            return SpecialFunctions.normalTwoSidedP(z(i));
        }

        /**
         * Returns the Wald interval of the hazard ratio, {@code [e^{β − z se}, e^{β + z se}]}.
         *
         * @param i the covariate's index
         * @param level the confidence level, in {@code (0, 1)}, e.g. {@code 0.95}
         * @return the lower and upper limits
         * @throws IndexOutOfBoundsException if {@code i} is out of range
         * @throws IllegalArgumentException if {@code level} is outside {@code (0, 1)}
         */
        public double[] hazardRatioInterval(int i, double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1): " + level);
            }
            Checks.index("i", i, coefficients.size());
            double q = SpecialFunctions.normalQuantile(0.5 + level / 2);
            double b = coefficients.get(i);
            double se = standardErrors.get(i);
            return new double[] {Math.exp(b - q * se), Math.exp(b + q * se)};
        }

        /**
         * Returns the likelihood-ratio statistic {@code 2 (ℓ(β̂) − ℓ(0))}.
         *
         * @return the statistic, on {@code names().size()} degrees of freedom
         */
        public double likelihoodRatio() {
            return 2 * (logLikelihood - nullLogLikelihood);
        }

        /**
         * Returns e.g. {@code "CoxModel.Fit{Nonmaintained: coef=0.9155, HR=2.498, se=0.5119, z=1.788, p=0.0737; EFRON, n=23, events=18}"}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            StringJoiner j = new StringJoiner("; ", "CoxModel.Fit{", "}");
            for (int i = 0; i < names.size(); i++) {
                j.add(String.format(Locale.ROOT, "%s: coef=%.4f, HR=%.3f, se=%.4f, z=%.3f, p=%.4f", names.get(i),
                        coefficients.get(i), hazardRatio(i), standardErrors.get(i), z(i), pValue(i)));
            }
            j.add(ties + ", n=" + subjects + ", events=" + events);
            return j.toString();
        }
    }

    /**
     * Fits the model with Efron ties.
     *
     * @param names the covariates' names, one per covariate
     * @param subjects the subjects
     * @return the fit
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if there are no subjects, covariate counts differ from
     *     {@code names}, or no event occurred
     * @throws ModelFitException if the partial likelihood has no finite maximum (a covariate separates
     *     events perfectly, or covariates are collinear or constant)
     */
    public static Fit fit(List<String> names, List<Subject> subjects) {
        return fit(names, subjects, Ties.EFRON);
    }

    /**
     * Fits the model.
     *
     * @param names the covariates' names
     * @param subjects the subjects
     * @param ties the tie handling
     * @return the fit
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException as {@link #fit(List, List)}
     * @throws ModelFitException as {@link #fit(List, List)}
     */
    public static Fit fit(List<String> names, List<Subject> subjects, Ties ties) {
        Objects.requireNonNull(names, "names must not be null");
        Objects.requireNonNull(subjects, "subjects must not be null");
        Objects.requireNonNull(ties, "ties must not be null");
        List<String> covariateNames = Checks.copy("names", names);
        int p = covariateNames.size();
        if (p == 0) {
            throw new IllegalArgumentException("names must hold at least one covariate");
        }
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("subjects must not be empty");
        }
        int n = subjects.size();
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[][] z = new double[n][p];
        double[] mean = new double[p];
        double[] min = new double[p];
        double[] max = new double[p];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int events = 0;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Subject s = Objects.requireNonNull(subjects.get(i), "subjects must not contain null");
            if (s.covariates().size() != p) {
                throw new IllegalArgumentException("subject " + i + " has " + s.covariates().size()
                        + " covariates, names has " + p);
            }
            time[i] = s.time();
            event[i] = s.event();
            events += s.event() ? 1 : 0;
            for (int k = 0; k < p; k++) {
                z[i][k] = s.covariates().get(k);
                mean[k] += z[i][k] / n;
                min[k] = Math.min(min[k], z[i][k]);
                max[k] = Math.max(max[k], z[i][k]);
            }
            order[i] = i;
        }
        if (events == 0) {
            throw new IllegalArgumentException("no event occurred among the " + n + " subjects");
        }
        // Centring leaves β unchanged and keeps exp(βᵀz) in range.
        for (double[] row : z) {
            for (int k = 0; k < p; k++) {
                row[k] -= mean[k];
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -time[i]));
        int[] sorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        PartialLikelihood pl = new PartialLikelihood(time, event, z, sorted, ties);

        double[] beta = new double[p];
        double[] state = pl.evaluate(beta);
        double nullLl = pl.value;
        int iteration = 0;
        for (; iteration < 50; iteration++) {
            double[][] information = pl.information;
            double[][] l = Matrices.cholesky(information);
            if (l == null) {
                throw new ModelFitException("Cox: the information matrix is singular at " + Arrays.toString(beta)
                        + "; a covariate is constant or the covariates are collinear");
            }
            double[] step = Matrices.solve(l, state);
            double value = pl.value;
            double[] candidate = beta.clone();
            double t = 1;
            boolean accepted = false;
            for (int halving = 0; halving < 30; halving++, t /= 2) {
                for (int k = 0; k < p; k++) {
                    candidate[k] = beta[k] + t * step[k];
                }
                double[] g = pl.evaluate(candidate);
                if (pl.value >= value - 1e-12 && Double.isFinite(pl.value)) {
                    beta = candidate.clone();
                    state = g;
                    accepted = true;
                    break;
                }
            }
            if (!accepted) {
                pl.evaluate(beta);
                break;
            }
            double change = Math.abs(pl.value - value);
            if (change < 1e-12 * (1 + Math.abs(value))) {
                iteration++;
                break;
            }
        }
        for (int k = 0; k < p; k++) {
            // A hazard ratio above e^23 ≈ 10^10 across the covariate's observed range is not an
            // estimate but a likelihood still rising towards infinity (monotone likelihood).
            if (Math.abs(beta[k]) * (max[k] - min[k]) > 23) {
                throw new ModelFitException("Cox: the coefficient of " + covariateNames.get(k) + " runs off to "
                        + beta[k] + "; the covariate separates the events (monotone likelihood)");
            }
        }
        double[][] l = Matrices.cholesky(pl.information);
        if (l == null) {
            throw new ModelFitException("Cox: the information matrix is singular at the optimum "
                    + Arrays.toString(beta) + "; the covariates cannot be identified");
        }
        double[][] cov = Matrices.inverse(l);
        List<Double> coef = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            coef.add(beta[k]);
            se.add(Math.sqrt(cov[k][k]));
        }
        return new Fit(covariateNames, coef, se, pl.value, nullLl, n, events, ties, iteration);
    }

    /** The log partial likelihood, its gradient and its information matrix at one {@code β}. */
    private static final class PartialLikelihood {
        private final double[] time;
        private final boolean[] event;
        private final double[][] z;
        private final int[] descending;
        private final Ties ties;
        double value;
        double[][] information;

        PartialLikelihood(double[] time, boolean[] event, double[][] z, int[] descending, Ties ties) {
            this.time = time;
            this.event = event;
            this.z = z;
            this.descending = descending;
            this.ties = ties;
        }

        /** Sets {@code value} and {@code information}; returns the gradient. */
        double[] evaluate(double[] beta) {
            int p = beta.length;
            double[] gradient = new double[p];
            double[][] info = new double[p][p];
            double ll = 0;
            double s0 = 0;
            double[] s1 = new double[p];
            double[][] s2 = new double[p][p];
            int n = descending.length;
            int i = 0;
            while (i < n) {
                double t = time[descending[i]];
                double d0 = 0;
                double[] d1 = new double[p];
                double[][] d2 = new double[p][p];
                int d = 0;
                int j = i;
                for (; j < n && time[descending[j]] == t; j++) {
                    int s = descending[j];
                    double eta = 0;
                    for (int k = 0; k < p; k++) {
                        eta += beta[k] * z[s][k];
                    }
                    double risk = Math.exp(eta);
                    s0 += risk;
                    for (int a = 0; a < p; a++) {
                        s1[a] += risk * z[s][a];
                        for (int b = 0; b < p; b++) {
                            s2[a][b] += risk * z[s][a] * z[s][b];
                        }
                    }
                    if (event[s]) {
                        d++;
                        ll += eta;
                        d0 += risk;
                        for (int a = 0; a < p; a++) {
                            gradient[a] += z[s][a];
                            d1[a] += risk * z[s][a];
                            for (int b = 0; b < p; b++) {
                                d2[a][b] += risk * z[s][a] * z[s][b];
                            }
                        }
                    }
                }
                for (int k = 0; k < d; k++) {
                    double f = ties == Ties.EFRON ? (double) k / d : 0;
                    double den = s0 - f * d0;
                    ll -= Math.log(den);
                    double[] mean = new double[p];
                    for (int a = 0; a < p; a++) {
                        mean[a] = (s1[a] - f * d1[a]) / den;
                        gradient[a] -= mean[a];
                    }
                    for (int a = 0; a < p; a++) {
                        for (int b = 0; b < p; b++) {
                            info[a][b] += (s2[a][b] - f * d2[a][b]) / den - mean[a] * mean[b];
                        }
                    }
                }
                i = j;
            }
            value = ll;
            information = info;
            return gradient;
        }
    }
}
