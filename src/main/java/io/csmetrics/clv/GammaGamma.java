package io.csmetrics.clv;

import static io.csmetrics.clv.SpecialFunctions.logGamma;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005b, "RFM and CLV",
 * Journal of Marketing Research 42(4); Fader &amp; Hardie, "The Gamma-Gamma Model of Monetary Value",
 * 2013): a customer's transaction values are {@code Gamma(p, ν)} around her own mean {@code p/ν},
 * and {@code ν ~ Gamma(q, γ)} across customers; spend is assumed independent of the purchase process.
 *
 * <p>With {@code x} repeat transactions averaging {@code z̄} (the first purchase is excluded):
 * <ul>
 *   <li>{@code f(z̄ | x) = Γ(px+q)/(Γ(px)Γ(q)) · γ^q z̄^(px−1) x^(px) / (γ + x z̄)^(px+q)};</li>
 *   <li>{@code E[M | x, z̄] = p(γ + x z̄)/(px + q − 1)}, a weighted mean of the population mean
 *       {@code pγ/(q − 1)} and the customer's own {@code z̄}; at {@code x = 0} it is the population
 *       mean.</li>
 * </ul>
 *
 * <p>Worked example (CDNOW, USD; Fader &amp; Hardie's spreadsheet for the note): {@code p = 6.25},
 * {@code q = 3.74}, {@code γ = 15.44}; a customer with {@code x = 2}, {@code z̄ = 22.35} has an
 * expected average spend of about 24.65, one with {@code x = 0} the population mean of about 35.2.
 *
 * @param p the shape of the transaction values, {@code > 0}
 * @param q the shape of the scale distribution, {@code > 0}
 * @param gamma the scale {@code γ} of the scale distribution, in currency units, {@code > 0}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record GammaGamma(double p, double q, double gamma) implements Serializable {

    static final List<String> PARAMETERS = List.of("p", "q", "gamma");

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public GammaGamma {
        Checks.positive("p", p);
        Checks.positive("q", q);
        Checks.positive("gamma", gamma);
    }

    /**
     * Creates the model from its parameters.
     *
     * @param p the shape {@code p}
     * @param q the shape {@code q}
     * @param gamma the scale {@code γ}
     * @return the model
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public static GammaGamma of(double p, double q, double gamma) {
        return new GammaGamma(p, q, gamma);
    }

    /**
     * Fits the model by maximum likelihood to the customers with at least one repeat purchase
     * (the others carry no spend information and are skipped).
     *
     * @param customers the customers' summaries
     * @return the fit; {@code customers()} counts the repeat buyers used
     * @throws NullPointerException if {@code customers} or an element is null
     * @throws ModelFitException if no customer made a repeat purchase, a repeat buyer's average spend
     *     is zero, or the data cannot identify the model (e.g. every average spend is the same)
     */
    public static ClvFit<GammaGamma> fit(Collection<CustomerRfm> customers) {
        Objects.requireNonNull(customers, "customers must not be null");
        List<Integer> xs = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (CustomerRfm c : customers) {
            Objects.requireNonNull(c, "customers must not contain null");
            if (c.frequency() > 0) {
                xs.add(c.frequency());
                means.add(c.averageRepeatSpendValue());
            }
        }
        int[] x = xs.stream().mapToInt(Integer::intValue).toArray();
        double[] m = means.stream().mapToDouble(Double::doubleValue).toArray();
        return fit(x, m);
    }

    /**
     * Fits the model to repeat buyers' frequencies and average repeat spends.
     *
     * @param frequency {@code x ≥ 1} per repeat buyer
     * @param averageSpend {@code z̄ > 0} per repeat buyer
     * @return the fit
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the arrays differ in length or hold invalid values
     * @throws ModelFitException if the arrays are empty or the data cannot identify the model
     */
    public static ClvFit<GammaGamma> fit(int[] frequency, double[] averageSpend) {
        Objects.requireNonNull(frequency, "frequency must not be null");
        Objects.requireNonNull(averageSpend, "averageSpend must not be null");
        if (frequency.length != averageSpend.length) {
            throw new IllegalArgumentException("frequency (" + frequency.length + ") and averageSpend ("
                    + averageSpend.length + ") must have the same length");
        }
        for (int i = 0; i < frequency.length; i++) {
            if (frequency[i] < 1) {
                throw new IllegalArgumentException("frequency[" + i + "] must be >= 1: " + frequency[i]);
            }
            if (!(averageSpend[i] >= 0) || !Double.isFinite(averageSpend[i])) {
                throw new IllegalArgumentException("averageSpend[" + i + "] must be finite and >= 0: " + averageSpend[i]);
            }
            if (averageSpend[i] == 0) {
                throw new ModelFitException("Gamma-Gamma: averageSpend[" + i
                        + "] is 0; the model needs positive spend (drop free transactions first)");
            }
        }
        if (frequency.length == 0) {
            throw new ModelFitException("Gamma-Gamma: no customer made a repeat purchase, so there is no spend to model");
        }
        int[] x = frequency.clone();
        double[] z = averageSpend.clone();
        Optimizer.Result result = Optimizer.maximise(theta -> {
            double p = Math.exp(theta[0]);
            double q = Math.exp(theta[1]);
            double g = Math.exp(theta[2]);
            double total = 0;
            double fixed = q * Math.log(g) - logGamma(q);
            for (int i = 0; i < x.length; i++) {
                total += logDensity(p, q, g, x[i], z[i]) + fixed;
            }
            return total;
        }, new double[3], "Gamma-Gamma");
        double[] params = BgNbd.checkedParameters(result, "Gamma-Gamma");
        return ClvFit.of(new GammaGamma(params[0], params[1], params[2]), PARAMETERS, params,
                BgNbd.covariance(result, params), result.value(), x.length, result.evaluations());
    }

    /** {@code ln f(z̄ | x)} without the terms {@code q ln γ − ln Γ(q)}, which do not depend on the customer. */
    private static double logDensity(double p, double q, double g, int x, double z) {
        double px = p * x;
        return logGamma(px + q) - logGamma(px) + (px - 1) * Math.log(z) + px * Math.log(x)
                - (px + q) * Math.log(g + x * z);
    }

    /**
     * Returns the log-likelihood of one repeat buyer's average spend.
     *
     * @param x repeat transactions, {@code ≥ 1}
     * @param averageSpend {@code z̄ > 0}
     * @return {@code ln f(z̄ | p, q, γ, x)}
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public double logLikelihood(int x, double averageSpend) {
        if (x < 1) {
            throw new IllegalArgumentException("x must be >= 1: " + x);
        }
        Checks.positive("averageSpend", averageSpend);
        return logDensity(p, q, gamma, x, averageSpend) + q * Math.log(gamma) - logGamma(q);
    }

    /**
     * Returns the population mean spend per transaction {@code E[Z] = pγ/(q − 1)}.
     *
     * @return the mean
     * @throws UndefinedMetricException if {@code q ≤ 1}: the mean is then infinite
     */
    public double meanSpend() {
        requireMean();
        return p * gamma / (q - 1);
    }

    /**
     * Returns {@code E[M | x, z̄] = p(γ + x z̄)/(px + q − 1)}.
     *
     * @param x repeat transactions, {@code ≥ 0}
     * @param averageSpend {@code z̄ ≥ 0}; ignored when {@code x = 0}
     * @return the expected average spend per transaction
     * @throws IllegalArgumentException if an argument is outside its range
     * @throws UndefinedMetricException if {@code q ≤ 1}
     */
    public double conditionalExpectedAverageSpend(int x, double averageSpend) {
        if (x < 0) {
            throw new IllegalArgumentException("x must be >= 0: " + x);
        }
        if (!(averageSpend >= 0) || !Double.isFinite(averageSpend)) {
            throw new IllegalArgumentException("averageSpend must be finite and >= 0: " + averageSpend);
        }
        requireMean();
        return p * (gamma + x * averageSpend) / (p * x + q - 1);
    }

    /**
     * Returns {@code E[M | x, z̄]} for a summarised customer, in her currency, rounded half-even to
     * the currency's minor unit (the value is a statistical estimate, computed in {@code double}).
     *
     * @param customer the customer
     * @return the expected average spend per transaction
     * @throws NullPointerException if {@code customer} is null
     * @throws UndefinedMetricException if {@code q ≤ 1}
     */
    public Money conditionalExpectedAverageSpend(CustomerRfm customer) {
        Objects.requireNonNull(customer, "customer must not be null");
        double z = customer.frequency() == 0 ? 0 : customer.averageRepeatSpendValue();
        return toMoney(conditionalExpectedAverageSpend(customer.frequency(), z), customer.repeatSpend());
    }

    static Money toMoney(double value, Money like) {
        int digits = Math.max(0, like.currency().getDefaultFractionDigits());
        return Money.of(BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN), like.currency());
    }

    private void requireMean() {
        if (q <= 1) {
            throw new UndefinedMetricException("the Gamma-Gamma mean spend is infinite when q <= 1: q = " + q);
        }
    }

    /**
     * Returns e.g. {@code "GammaGamma{p=6.2502, q=3.7444, gamma=15.4426}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GammaGamma{p=%.4f, q=%.4f, gamma=%.4f}", p, q, gamma);
    }
}
