package io.csmetrics.clv;

import io.csmetrics.cohort.Lifetime;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The log-rank test that two or more survival curves are equal, and its weighted Fleming–Harrington
 * {@code G(ρ, γ)} family (Harrington &amp; Fleming 1982), as R's {@code survival::survdiff} computes it.
 *
 * <p>At each distinct event time {@code t_j}, with {@code n_j} at risk and {@code d_j} events in all,
 * {@code n_gj} and {@code d_gj} in group {@code g}, and weight {@code w_j}:
 * <ul>
 *   <li>observed {@code O_g = Σ w_j d_gj}, expected {@code E_g = Σ w_j d_j n_gj / n_j};</li>
 *   <li>{@code V_gh = Σ w_j² d_j (n_j − d_j)/(n_j − 1) · (n_gj/n_j) (δ_gh − n_hj/n_j)};</li>
 *   <li>{@code χ² = (O − E)ᵀ V⁻¹ (O − E)} over the first {@code G − 1} groups, on {@code G − 1} degrees of
 *       freedom;</li>
 *   <li>{@code w_j = 1} for the log-rank test; {@code w_j = Ŝ(t_j−)^ρ (1 − Ŝ(t_j−))^γ} for
 *       {@code G(ρ, γ)}, with {@code Ŝ} the pooled Kaplan–Meier estimate just before {@code t_j}
 *       ({@code ρ = 1, γ = 0} is the Peto–Peto–Prentice test; R's {@code survdiff(rho = ρ)} is
 *       {@code G(ρ, 0)}).</li>
 * </ul>
 *
 * <p>Example (R {@code survival::aml}, Maintained vs Nonmaintained): observed 7 and 11, expected
 * 10.69 and 7.31, {@code χ² = 3.396} on 1 degree of freedom, {@code p = 0.0653}.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.2.0
 */
public final class LogRank {

    private LogRank() {
    }

    /**
     * The test's result.
     *
     * @param groups the groups' names in input order
     * @param atRisk subjects per group
     * @param observed weighted observed events per group
     * @param expected weighted expected events per group
     * @param chiSquare the statistic
     * @param degreesOfFreedom {@code G − 1}
     * @param pValue {@code P(χ²_df > chiSquare)}
     * @param rho the weight exponent {@code ρ}
     * @param gamma the weight exponent {@code γ}
     */
    public record Result(List<String> groups, List<Long> atRisk, List<Double> observed, List<Double> expected,
            double chiSquare, int degreesOfFreedom, double pValue, double rho, double gamma) implements Serializable {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a list or an element is null
         * @throws IllegalArgumentException if a number is not finite or {@code rho}, {@code gamma} are negative
         */
        public Result {
            groups = Checks.copy("groups", groups);
            atRisk = Checks.copy("atRisk", atRisk);
            observed = Checks.copy("observed", observed);
            expected = Checks.copy("expected", expected);
            Checks.finite("chiSquare", chiSquare);
            Checks.finite("pValue", pValue);
            if (!(rho >= 0) || !Double.isFinite(rho) || !(gamma >= 0) || !Double.isFinite(gamma)) {
                throw new IllegalArgumentException("rho (" + rho + ") and gamma (" + gamma + ") must be finite and >= 0");
            }
        }

        /**
         * Returns e.g. {@code "LogRank{Chisq=3.396 on 1 df, p=0.06534, O=[7.0, 11.0], E=[10.69, 7.31]}"}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "LogRank{Chisq=%.3f on %d df, p=%.4g, groups=%s, O=%s, E=%s%s}", chiSquare,
                    degreesOfFreedom, pValue, groups, observed, expected,
                    rho == 0 && gamma == 0 ? "" : ", G(" + rho + ", " + gamma + ")");
        }
    }

    /**
     * Runs the (unweighted) log-rank test.
     *
     * @param groups the groups' lifetimes by name, in a stable order (e.g. a {@link LinkedHashMap}), at
     *     least two non-empty groups
     * @return the result
     * @throws NullPointerException if {@code groups}, a name or a list or element is null
     * @throws IllegalArgumentException if fewer than two groups, a group is empty, or no event occurred
     */
    public static Result test(Map<String, List<Lifetime>> groups) {
        return test(groups, 0, 0);
    }

    /**
     * Runs the Fleming–Harrington {@code G(ρ, γ)} weighted test.
     *
     * @param groups the groups' lifetimes by name, as {@link #test(Map)}
     * @param rho {@code ρ ≥ 0}
     * @param gamma {@code γ ≥ 0}
     * @return the result
     * @throws NullPointerException as {@link #test(Map)}
     * @throws IllegalArgumentException as {@link #test(Map)}, or if {@code ρ} or {@code γ} is negative
     *     or not finite
     */
    public static Result test(Map<String, List<Lifetime>> groups, double rho, double gamma) {
        Objects.requireNonNull(groups, "groups must not be null");
        if (!(rho >= 0) || !Double.isFinite(rho) || !(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("rho (" + rho + ") and gamma (" + gamma + ") must be finite and >= 0");
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException("groups must hold at least 2 groups: " + groups.size());
        }
        int g = groups.size();
        List<String> names = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        List<boolean[]> events = new ArrayList<>();
        TreeSet<Double> eventTimes = new TreeSet<>();
        for (Map.Entry<String, List<Lifetime>> e : groups.entrySet()) {
            Objects.requireNonNull(e.getKey(), "group names must not be null");
            List<Lifetime> list = Objects.requireNonNull(e.getValue(), "group " + e.getKey() + " must not be null");
            if (list.isEmpty()) {
                throw new IllegalArgumentException("group " + e.getKey() + " must not be empty");
            }
            double[] t = new double[list.size()];
            boolean[] d = new boolean[list.size()];
            for (int i = 0; i < t.length; i++) {
                Lifetime l = Objects.requireNonNull(list.get(i), "group " + e.getKey() + " must not contain null");
                t[i] = l.time();
                d[i] = l.churned();
                if (d[i]) {
                    eventTimes.add(t[i]);
                }
            }
            names.add(e.getKey());
            times.add(t);
            events.add(d);
        }
        if (eventTimes.isEmpty()) {
            throw new IllegalArgumentException("no event occurred in any group; the test has nothing to compare");
        }
        double[] observed = new double[g];
        double[] expected = new double[g];
        double[][] v = new double[g][g];
        double survival = 1.0;
        long[] sizes = new long[g];
        for (int k = 0; k < g; k++) {
            sizes[k] = times.get(k).length;
        }
        for (double t : eventTimes) {
            long[] n = new long[g];
            long[] d = new long[g];
            long nAll = 0;
            long dAll = 0;
            for (int k = 0; k < g; k++) {
                double[] tk = times.get(k);
                boolean[] ek = events.get(k);
                for (int i = 0; i < tk.length; i++) {
                    if (tk[i] >= t) {
                        n[k]++;
                        if (tk[i] == t && ek[i]) {
                            d[k]++;
                        }
                    }
                }
                nAll += n[k];
                dAll += d[k];
            }
            double w = Math.pow(survival, rho) * Math.pow(1 - survival, gamma);
            for (int k = 0; k < g; k++) {
                observed[k] += w * d[k];
                expected[k] += w * (double) dAll * n[k] / nAll;
            }
            if (nAll > 1) {
                double factor = w * w * dAll * (double) (nAll - dAll) / (nAll - 1);
                for (int a = 0; a < g; a++) {
                    double pa = (double) n[a] / nAll;
                    for (int b = 0; b < g; b++) {
                        double pb = (double) n[b] / nAll;
                        v[a][b] += factor * pa * ((a == b ? 1 : 0) - pb);
                    }
                }
            }
            survival *= 1 - (double) dAll / nAll;
        }
        int df = g - 1;
        double[][] reduced = new double[df][];
        double[] diff = new double[df];
        for (int a = 0; a < df; a++) {
            reduced[a] = Arrays.copyOf(v[a], df);
            diff[a] = observed[a] - expected[a];
        }
        double[][] l = Matrices.cholesky(reduced);
        if (l == null) {
            throw new IllegalArgumentException("the groups' variance matrix is singular (a group has nobody at risk at"
                    + " any event time); the test is undefined for these groups");
        }
        double[] solved = Matrices.solve(l, diff);
        double chi = 0;
        for (int a = 0; a < df; a++) {
            chi += diff[a] * solved[a];
        }
        List<Long> atRisk = new ArrayList<>();
        List<Double> obs = new ArrayList<>();
        List<Double> exp = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            atRisk.add(sizes[k]);
            obs.add(observed[k]);
            exp.add(expected[k]);
        }
        return new Result(names, atRisk, obs, exp, chi, df, SpecialFunctions.chiSquareSurvival(chi, df), rho, gamma);
    }
}
