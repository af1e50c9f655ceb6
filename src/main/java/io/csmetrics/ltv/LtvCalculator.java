package io.csmetrics.ltv;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;

/**
 * Customer lifetime value (LTV) from a lifetime, from purchase frequency, from a churn rate or
 * from any {@link RetentionModel}; LTV net of acquisition and customer-success cost, LTV:CAC and
 * CAC payback.
 *
 * <p>Every basis computes {@code LTV = price × m × P}, with {@code m} the gross margin (a fraction
 * in [0, 1], default 1: revenue LTV) and {@code P} the expected number of payments (see
 * {@link LtvBasis} and {@link Ltv}):
 * <ul>
 * <li>{@link #fromLifetime(Money, BigDecimal)}: {@code P = L}, the average lifetime in months;
 * 100,000 JPY × 24 = 2,400,000 JPY (the CS documents the library is specified from).</li>
 * <li>{@link #fromPurchases(Money, BigDecimal, BigDecimal)}: {@code P = f × L}, purchases per
 * unit time × lifetime in that unit.</li>
 * <li>{@link #fromChurnRate(Money, Ratio)}: {@code P = Σ_{t≥0} (1 − c)^t / (1 + d)^t =
 * (1 + d) / (c + d)}, with {@code c} the monthly churn rate and {@code d} the monthly discount
 * rate: a customer pays at the start of each month they are a customer, the first payment at
 * {@code t = 0} undiscounted, and survives each month with probability {@code 1 − c}, so the
 * lifetime is geometric with mean {@code 1/c} months. Undiscounted this is {@code ARPA × m / c}.
 * </li>
 * <li>{@link #fromRetentionModel(Money, RetentionModel)}: {@code P = Σ_{t≥0} S(t) / (1 + d)^t},
 * the same timing, truncated as described there.</li>
 * </ul>
 *
 * <p><b>Exactness.</b> Money stays exact: the closed forms are rational in their inputs and are
 * divided once, at the end. By default ({@link MathContext#UNLIMITED}) the division must
 * terminate, as in Joda-Money without a rounding mode: ARPA USD 100 at churn 1/60 is exactly
 * USD 6000, but at churn 3/100 the value {@code 10000/3} does not terminate and an
 * {@link ArithmeticException} says to choose a precision with {@link #withMathContext(MathContext)}
 * (then round to the currency with {@link Money#rounded(java.math.RoundingMode)} if wanted). The
 * retention-model sum is a {@code double} (statistical models work in {@code double}), taken at its
 * shortest decimal representation.
 *
 * <p><b>Zero churn.</b> Without discounting, a customer who never churns has no finite LTV:
 * {@link #fromChurnRate(Money, Ratio)} throws {@link UndefinedMetricException} (never infinity, and
 * no hidden cap: cap it yourself with a lifetime and {@link #fromLifetime(Money, BigDecimal)}).
 * With a positive discount rate the value is finite, {@code ARPA × m × (1 + d) / d}.
 *
 * <p>Example:
 * <pre>{@code
 * LtvCalculator ltv = LtvCalculator.standard();
 * ltv.fromLifetime(Money.of("100000", "JPY"), 24).value();                 // JPY 2400000
 * ltv.withGrossMargin(Ratio.of(80, 100))
 *    .fromChurnRate(Money.of("100", "USD"), Ratio.of(10, 600)).value();    // USD 4800
 * ltv.cacPaybackMonths(Money.of("1200", "USD"), Money.of("100", "USD"));   // 12 months
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class LtvCalculator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default horizon of {@link #fromRetentionModel(Money, RetentionModel)}: 1200 periods (100 years of months). */
    public static final int DEFAULT_HORIZON = 1200;

    /** The default relative tolerance of {@link #fromRetentionModel(Money, RetentionModel)}: 1e-12. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    /** How far a model's {@code S(0)} may be from 1, or {@code S(t)} rise above {@code S(t − 1)}, in double rounding. */
    private static final double SURVIVAL_SLACK = 1e-9;

    private static final LtvCalculator STANDARD = new LtvCalculator(Ratio.ONE, Ratio.ZERO, MathContext.UNLIMITED,
            DEFAULT_HORIZON, DEFAULT_TOLERANCE);

    private final Ratio grossMargin;
    private final Ratio discountRate;
    private final MathContext mathContext;
    private final int horizon;
    private final double tolerance;

    private LtvCalculator(Ratio grossMargin, Ratio discountRate, MathContext mathContext, int horizon,
            double tolerance) {
        this.grossMargin = grossMargin;
        this.discountRate = discountRate;
        this.mathContext = mathContext;
        this.horizon = horizon;
        this.tolerance = tolerance;
    }

    /**
     * Returns the calculator with gross margin 1 (revenue LTV), no discounting, exact division,
     * and the default horizon and tolerance for retention models.
     *
     * @return the standard calculator, not null
     */
    public static LtvCalculator standard() {
        return STANDARD;
    }

    /**
     * Returns a copy applying a gross margin {@code m}: LTV becomes gross-profit LTV (Skok's
     * "ARPA × gross margin % / churn").
     *
     * @param margin the gross margin, defined, in [0, 1], e.g. {@code Ratio.of(80, 100)}
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code margin} is null
     * @throws IllegalArgumentException if {@code margin} is undefined or outside [0, 1]
     */
    public LtvCalculator withGrossMargin(Ratio margin) {
        checkUnitInterval(margin, "grossMargin");
        return margin.equals(grossMargin) ? this : new LtvCalculator(margin, discountRate, mathContext, horizon, tolerance);
    }

    /**
     * Returns a copy discounting at {@code d} per period (per month for monthly prices); applies to
     * the {@link LtvBasis#CHURN_RATE} and {@link LtvBasis#RETENTION_MODEL} bases.
     *
     * @param rate the discount rate per period, defined, greater than −1, e.g. {@code Ratio.of(1, 100)}
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code rate} is null
     * @throws IllegalArgumentException if {@code rate} is undefined or not greater than −1
     */
    public LtvCalculator withMonthlyDiscountRate(Ratio rate) {
        Objects.requireNonNull(rate, "monthlyDiscountRate must not be null");
        if (!rate.isDefined() || rate.numerator().negate().compareTo(rate.denominator()) >= 0) {
            throw new IllegalArgumentException("monthlyDiscountRate must be greater than -1: " + rate);
        }
        return rate.equals(discountRate) ? this : new LtvCalculator(grossMargin, rate, mathContext, horizon, tolerance);
    }

    /**
     * Returns a copy dividing at a precision instead of exactly.
     *
     * @param context the precision and rounding of the final division; {@link MathContext#UNLIMITED}
     *     for exact (non-terminating quotients then throw)
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code context} is null
     */
    public LtvCalculator withMathContext(MathContext context) {
        Objects.requireNonNull(context, "mathContext must not be null");
        return context.equals(mathContext) ? this : new LtvCalculator(grossMargin, discountRate, context, horizon, tolerance);
    }

    /**
     * Returns a copy with another truncation of retention-model sums.
     *
     * @param maxPeriods the most periods summed, at least 1
     * @param relativeTolerance stop once a term is at most this fraction of the sum so far, in
     *     [0, 1); 0 sums to the horizon (or until {@code S(t) = 0})
     * @return the calculator; {@code this} if unchanged
     * @throws IllegalArgumentException if an argument is out of range
     */
    public LtvCalculator withTruncation(int maxPeriods, double relativeTolerance) {
        if (maxPeriods < 1) {
            throw new IllegalArgumentException("maxPeriods must be at least 1: " + maxPeriods);
        }
        if (!(relativeTolerance >= 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relativeTolerance must be in [0, 1): " + relativeTolerance);
        }
        return maxPeriods == horizon && relativeTolerance == tolerance ? this : new LtvCalculator(grossMargin, discountRate, mathContext, maxPeriods, relativeTolerance);
    }

    /**
     * Returns the gross margin applied.
     *
     * @return the margin, in [0, 1]
     */
    public Ratio grossMargin() {
        return grossMargin;
    }

    /**
     * Returns the discount rate per period.
     *
     * @return the rate, greater than −1
     */
    public Ratio monthlyDiscountRate() {
        return discountRate;
    }

    /**
     * Returns the precision of the final division.
     *
     * @return the math context; {@link MathContext#UNLIMITED} for exact
     */
    public MathContext mathContext() {
        return mathContext;
    }

    /**
     * LTV = average monthly price × average lifetime in months × gross margin.
     *
     * @param averageMonthlyPrice the average price per month, not negative, not null
     * @param averageLifetimeMonths the average lifetime in months, not negative, not null
     * @return the LTV, e.g. JPY 100,000 × 24 = JPY 2,400,000
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative, or the lifetime is outside the
     *     range of {@link io.csmetrics.Bounds} (40 integer digits, 100 decimal places)
     * @throws IllegalStateException if a discount rate is configured (this basis has no period
     *     structure to discount; use {@link #fromChurnRate(Money, Ratio)} or a retention model)
     * @throws ArithmeticException if the value does not terminate and the math context is unlimited
     */
    public Ltv fromLifetime(Money averageMonthlyPrice, BigDecimal averageLifetimeMonths) {
        checkPrice(averageMonthlyPrice, "averageMonthlyPrice");
        io.csmetrics.Bounds.checkDecimal(averageLifetimeMonths, "averageLifetimeMonths");
        checkNotNegative(averageLifetimeMonths, "averageLifetimeMonths");
        checkUndiscounted(LtvBasis.LIFETIME);
        Ratio payments = Ratio.of(averageLifetimeMonths, BigDecimal.ONE);
        return ltv(LtvBasis.LIFETIME, averageMonthlyPrice, payments,
                "lifetime " + averageLifetimeMonths.toPlainString() + " months");
    }

    /**
     * LTV = average monthly price × a whole number of months × gross margin.
     *
     * @param averageMonthlyPrice the average price per month, not negative, not null
     * @param averageLifetimeMonths the average lifetime in months, not negative
     * @return the LTV, e.g. JPY 100,000 × 24 = JPY 2,400,000
     * @throws NullPointerException if {@code averageMonthlyPrice} is null
     * @throws IllegalArgumentException if an argument is negative
     * @throws IllegalStateException if a discount rate is configured
     * @throws ArithmeticException if the value does not terminate and the math context is unlimited
     */
    public Ltv fromLifetime(Money averageMonthlyPrice, long averageLifetimeMonths) {
        return fromLifetime(averageMonthlyPrice, BigDecimal.valueOf(averageLifetimeMonths));
    }

    /**
     * LTV = average purchase value × purchase frequency × lifetime × gross margin.
     *
     * @param averagePurchaseValue the average value of one purchase, not negative, not null
     * @param purchaseFrequency purchases per unit of time (e.g. 4 a year), not negative, not null
     * @param lifetime the average lifetime in the same unit of time (e.g. 3 years), not negative,
     *     not null
     * @return the LTV, e.g. USD 50 × 4 a year × 3 years = USD 600
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative or outside the range of
     *     {@link io.csmetrics.Bounds}
     * @throws IllegalStateException if a discount rate is configured
     * @throws ArithmeticException if the value does not terminate and the math context is unlimited
     */
    public Ltv fromPurchases(Money averagePurchaseValue, BigDecimal purchaseFrequency, BigDecimal lifetime) {
        checkPrice(averagePurchaseValue, "averagePurchaseValue");
        io.csmetrics.Bounds.checkDecimal(purchaseFrequency, "purchaseFrequency");
        io.csmetrics.Bounds.checkDecimal(lifetime, "lifetime");
        checkNotNegative(purchaseFrequency, "purchaseFrequency");
        checkNotNegative(lifetime, "lifetime");
        checkUndiscounted(LtvBasis.PURCHASE_FREQUENCY);
        Ratio payments = Ratio.of(purchaseFrequency.multiply(lifetime), BigDecimal.ONE);
        return ltv(LtvBasis.PURCHASE_FREQUENCY, averagePurchaseValue, payments, "frequency "
                + purchaseFrequency.toPlainString() + " per unit time × lifetime " + lifetime.toPlainString());
    }

    /**
     * LTV = ARPA × gross margin × (1 + d) / (c + d); undiscounted ({@code d = 0}) ARPA × m / c.
     *
     * @param arpa the average revenue per account per month, not negative, not null
     * @param monthlyChurn the monthly customer churn rate {@code c}, in [0, 1], not null
     * @return the LTV, e.g. USD 100 at 10/600 a month is USD 6000 (60 months)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code arpa} is negative or {@code monthlyChurn} is
     *     outside [0, 1]
     * @throws UndefinedMetricException if {@code monthlyChurn} is undefined, or
     *     {@code c + d ≤ 0} (zero churn without discounting: the sum diverges)
     * @throws ArithmeticException if the value does not terminate and the math context is unlimited
     */
    public Ltv fromChurnRate(Money arpa, Ratio monthlyChurn) {
        checkPrice(arpa, "arpa");
        Objects.requireNonNull(monthlyChurn, "monthlyChurn must not be null");
        if (!monthlyChurn.isDefined()) {
            throw new UndefinedMetricException("monthlyChurn " + monthlyChurn + " is undefined (zero denominator)");
        }
        checkUnitInterval(monthlyChurn, "monthlyChurn");
        // c = a/b, d = e/f: (1 + d) / (c + d) = (f + e) b / (a f + e b), exact in BigDecimal.
        BigDecimal a = monthlyChurn.numerator();
        BigDecimal b = monthlyChurn.denominator();
        BigDecimal e = discountRate.numerator();
        BigDecimal f = discountRate.denominator();
        BigDecimal denominator = a.multiply(f).add(e.multiply(b));
        if (denominator.signum() <= 0) {
            throw new UndefinedMetricException("LTV is unbounded: monthly churn " + monthlyChurn
                    + " plus discount rate " + discountRate + " is not positive, so the expected payments diverge");
        }
        Ratio payments = Ratio.of(f.add(e).multiply(b), denominator);
        return ltv(LtvBasis.CHURN_RATE, arpa, payments, "monthly churn " + monthlyChurn);
    }

    /**
     * LTV = price × gross margin × {@code Σ_{t=0}^{T−1} S(t) / (1 + d)^t} over a retention model.
     *
     * <p>Timing: the customer pays {@code price} at the start of each period {@code t} they are a
     * customer, with probability {@code S(t)}; the first payment ({@code t = 0}, {@code S(0) = 1})
     * is undiscounted. For the geometric model {@code S(t) = (1 − c)^t} this equals
     * {@link #fromChurnRate(Money, Ratio)}.
     *
     * <p>Truncation: the sum stops after the first term {@code w_t = S(t) / (1 + d)^t} that is at
     * most {@code tolerance × Σ_{s≤t} w_s} (default 1e-12), or when {@code S(t) = 0}, or after
     * {@code T = horizon} terms (default 1200: 100 years of months), whichever comes first; see
     * {@link #withTruncation(int, double)}. For the geometric model the neglected tail is at most
     * {@code tolerance × (1 − c) / (c + d)} of the value. A heavy-tailed model (e.g. a
     * shifted-beta-geometric with {@code α ≤ 1} and no discounting) has no finite sum: its value is
     * the sum to the horizon, and {@link Ltv#detail()} says it was truncated there.
     *
     * @param pricePerPeriod the price per period of the model, not negative, not null
     * @param model the retention model, not null
     * @return the LTV; {@code expectedPayments} is the sum, at its shortest double representation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code pricePerPeriod} is negative, or the model breaks
     *     its contract ({@code S(0) ≠ 1}, {@code S(t)} outside [0, 1] or increasing)
     * @throws ArithmeticException if the value does not terminate and the math context is unlimited
     */
    public Ltv fromRetentionModel(Money pricePerPeriod, RetentionModel model) {
        checkPrice(pricePerPeriod, "pricePerPeriod");
        Objects.requireNonNull(model, "model must not be null");
        double discountFactor = 1 / (1 + discountRate.toDouble());
        double weight = 1;
        double sum = 0;
        double previous = 1;
        int t = 0;
        boolean converged = false;
        for (; t < horizon; t++) {
            double s = model.survival(t);
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("model.survival(" + t + ") must be in [0, 1]: " + s);
            }
            if (t == 0 && s < 1 - SURVIVAL_SLACK) {
                throw new IllegalArgumentException("model.survival(0) must be 1: " + s);
            }
            if (s > previous + SURVIVAL_SLACK) {
                throw new IllegalArgumentException("model.survival(" + t + ") must not exceed survival(" + (t - 1)
                        + "): " + s + " > " + previous);
            }
            previous = s;
            double term = s * weight;
            sum += term;
            weight *= discountFactor;
            if (s == 0 || term <= tolerance * sum) {
                converged = true;
                t++;
                break;
            }
        }
        String detail = String.format(Locale.ROOT, "model %s summed over %d periods (%s)", model, t,
                converged ? "converged, tolerance " + tolerance : "truncated at horizon " + horizon);
        return ltv(LtvBasis.RETENTION_MODEL, pricePerPeriod, Ratio.of(BigDecimal.valueOf(sum), BigDecimal.ONE), detail);
    }

    /**
     * Returns the expected lifetime in months at a constant monthly churn rate, {@code 1 / c}.
     *
     * @param monthlyChurn the monthly churn rate, in [0, 1], not null
     * @return {@code denominator / numerator} of the rate, e.g. 600/10 = 60 months; undefined
     *     (zero denominator) for zero churn
     * @throws NullPointerException if {@code monthlyChurn} is null
     * @throws UndefinedMetricException if {@code monthlyChurn} is undefined
     * @throws IllegalArgumentException if {@code monthlyChurn} is outside [0, 1]
     */
    public Ratio expectedLifetimeMonths(Ratio monthlyChurn) {
        Objects.requireNonNull(monthlyChurn, "monthlyChurn must not be null");
        if (!monthlyChurn.isDefined()) {
            throw new UndefinedMetricException("monthlyChurn " + monthlyChurn + " is undefined (zero denominator)");
        }
        checkUnitInterval(monthlyChurn, "monthlyChurn");
        return Ratio.of(monthlyChurn.denominator(), monthlyChurn.numerator());
    }

    /**
     * Returns LTV net of acquisition cost: {@code LTV − CAC}, and LTV:CAC.
     *
     * @param ltv the lifetime value, not null
     * @param cac the customer acquisition cost, not negative, the LTV's currency
     * @return the unit economics, with zero CS cost
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code cac} is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public UnitEconomics unitEconomics(Ltv ltv, Money cac) {
        Objects.requireNonNull(ltv, "ltv must not be null");
        return unitEconomics(ltv, cac, Money.zero(ltv.value().currency()));
    }

    /**
     * Returns the profit per account, {@code LTV − CAC − CS cost}, and LTV:CAC.
     *
     * @param ltv the lifetime value, not null
     * @param cac the customer acquisition cost, not negative, the LTV's currency
     * @param csCostPerAccount the customer-success cost of one account over its lifetime, not
     *     negative, the LTV's currency
     * @return the unit economics, e.g. JPY 2,400,000 − 600,000 − 300,000 = JPY 1,500,000
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code cac} or {@code csCostPerAccount} is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public UnitEconomics unitEconomics(Ltv ltv, Money cac, Money csCostPerAccount) {
        Objects.requireNonNull(ltv, "ltv must not be null");
        checkPrice(cac, "cac");
        checkPrice(csCostPerAccount, "csCostPerAccount");
        checkCurrency(ltv.value(), cac);
        checkCurrency(ltv.value(), csCostPerAccount);
        return new UnitEconomics(ltv, cac, csCostPerAccount, ltv.value().minus(cac).minus(csCostPerAccount),
                Ratio.of(ltv.value(), cac));
    }

    /**
     * Returns LTV:CAC, {@code LTV / CAC}.
     *
     * @param ltv the lifetime value, not null
     * @param cac the customer acquisition cost, not negative, the LTV's currency
     * @return the ratio, e.g. 2400000/600000 (4); undefined when CAC is zero
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code cac} is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Ratio ltvToCac(Ltv ltv, Money cac) {
        return unitEconomics(ltv, cac).ltvToCac();
    }

    /**
     * Returns the CAC payback period in months: {@code CAC / (ARPA × m)}, the months of gross
     * profit that repay the cost of winning the customer.
     *
     * @param cac the customer acquisition cost, not negative, not null
     * @param arpa the average revenue per account per month, not negative, same currency
     * @return the months, exact, e.g. USD 1,200 / (USD 100 × 80 %) = 15; undefined (zero
     *     denominator) when ARPA or the gross margin is zero
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Ratio cacPaybackMonths(Money cac, Money arpa) {
        checkPrice(cac, "cac");
        checkPrice(arpa, "arpa");
        checkCurrency(cac, arpa);
        return Ratio.of(cac.amount().multiply(grossMargin.denominator()),
                arpa.amount().multiply(grossMargin.numerator()));
    }

    private Ltv ltv(LtvBasis basis, Money price, Ratio payments, String detail) {
        BigDecimal numerator = price.amount().multiply(grossMargin.numerator()).multiply(payments.numerator());
        BigDecimal denominator = grossMargin.denominator().multiply(payments.denominator());
        BigDecimal value;
        try {
            value = numerator.divide(denominator, mathContext);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("LTV " + price.currency().getCurrencyCode() + " " + numerator.toPlainString()
                    + "/" + denominator.toPlainString() + " (" + basis + ", " + detail
                    + ") is not a terminating decimal; choose a precision with withMathContext(...)");
        }
        return new Ltv(basis, Money.of(value, price.currency()), price, grossMargin, discountRate, payments, detail);
    }

    private void checkUndiscounted(LtvBasis basis) {
        if (discountRate.numerator().signum() != 0) {
            throw new IllegalStateException("basis " + basis + " is undiscounted but monthlyDiscountRate is "
                    + discountRate + "; use fromChurnRate or fromRetentionModel to discount");
        }
    }

    private static void checkPrice(Money amount, String name) {
        Objects.requireNonNull(amount, name + " must not be null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
    }

    private static void checkNotNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
    }

    private static void checkCurrency(Money first, Money second) {
        if (!first.isSameCurrency(second)) {
            throw new CurrencyMismatchException(first.currency(), second.currency());
        }
    }

    private static void checkUnitInterval(Ratio rate, String name) {
        Objects.requireNonNull(rate, name + " must not be null");
        if (!rate.isDefined() || rate.numerator().signum() < 0 || rate.numerator().compareTo(rate.denominator()) > 0) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + rate);
        }
    }

    /**
     * Returns the configuration, e.g. {@code LtvCalculator{grossMargin=1/1, monthlyDiscountRate=0/1,
     * mathContext=UNLIMITED, horizon=1200, tolerance=1.0E-12}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "LtvCalculator{grossMargin=" + grossMargin + ", monthlyDiscountRate=" + discountRate + ", mathContext="
                + (mathContext.getPrecision() == 0 ? "UNLIMITED" : mathContext) + ", horizon=" + horizon
                + ", tolerance=" + tolerance + "}";
    }

    /**
     * Re-checks a deserialised LtvCalculator through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            LtvCalculator c = standard().withGrossMargin(grossMargin).withMathContext(mathContext)
                    .withTruncation(horizon, tolerance);
            return discountRate == null ? c : c.withMonthlyDiscountRate(discountRate);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid LtvCalculator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
