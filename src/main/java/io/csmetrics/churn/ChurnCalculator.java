package io.csmetrics.churn;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Customer and revenue churn with named definitions: the denominator, the treatment of customers
 * who join and leave within a period, the revenue basis, what offsets net revenue churn, how a
 * monthly rate becomes an annual one, and the binomial confidence interval.
 *
 * <p>A calculator is a configuration; {@link #standard()} has the industry-standard defaults and
 * the {@code withX} methods return a copy with one choice changed:
 * <table class="striped">
 * <caption>Options and defaults</caption>
 * <thead><tr><th>option</th><th>default</th><th>variant</th></tr></thead>
 * <tbody>
 * <tr><td>{@link CustomerChurnBasis}</td><td>{@code START_OF_PERIOD}</td><td>{@code START_PLUS_NEW}</td></tr>
 * <tr><td>{@link WithinPeriodChurn}</td><td>{@code EXCLUDED}</td><td>{@code COUNTED}</td></tr>
 * <tr><td>{@link RevenueChurnBasis}</td><td>{@code START_OF_PERIOD}</td><td>{@code END_OF_PERIOD}
 * (the documents')</td></tr>
 * <tr><td>{@link NetRevenueChurnOffset}</td><td>{@code EXPANSION}</td><td>{@code EXPANSION_AND_REACTIVATION}</td></tr>
 * <tr><td>{@link Annualization}</td><td>{@code COMPOUND}</td><td>{@code SIMPLE} (the documents')</td></tr>
 * <tr><td>{@link IntervalMethod}</td><td>{@code WILSON}</td><td>{@code CLOPPER_PEARSON}</td></tr>
 * <tr><td>confidence level</td><td>0.95</td><td>any in (0, 1)</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Worked examples (the CS documents the library is specified from):
 * <pre>{@code
 * ChurnCalculator churn = ChurnCalculator.standard();
 * churn.customerChurn(600, 10).rate();                  // 10/600 = 1.666… %
 * churn.annualize(Ratio.of(10, 600));                   // 1 − (59/60)^12 = 18.26… %
 * churn.withAnnualization(Annualization.SIMPLE)
 *      .annualize(Ratio.of(10, 600));                   // 120/600 = 20 % exactly
 * RevenueMovements m = RevenueMovements.starting(Money.of("1500000", "JPY"))
 *         .withChurnedMrr(Money.of("300000", "JPY"));
 * churn.grossRevenueChurn(m).rate();                    // 300000/1500000 = 20 %
 * churn.withRevenueBasis(RevenueChurnBasis.END_OF_PERIOD)
 *      .grossRevenueChurn(m).rate();                    // 300000/1200000 = 25 %
 * }</pre>
 *
 * <p>Rates are exact {@link Ratio}s. A zero denominator (no customers at the start, no MRR) gives
 * an undefined ratio ({@code isDefined() == false}), never NaN, infinity or zero; operations that
 * need a value from it ({@link #annualize(Ratio)}, {@link #expectedLosses(long, Ratio, int)},
 * {@link #confidenceInterval(long, long)}) throw {@link UndefinedMetricException}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class ChurnCalculator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default confidence level of {@link #confidenceInterval(long, long)}: 0.95. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    private static final ChurnCalculator STANDARD = new ChurnCalculator(CustomerChurnBasis.START_OF_PERIOD,
            WithinPeriodChurn.EXCLUDED, RevenueChurnBasis.START_OF_PERIOD, NetRevenueChurnOffset.EXPANSION,
            Annualization.COMPOUND, IntervalMethod.WILSON, DEFAULT_CONFIDENCE_LEVEL);

    private final CustomerChurnBasis customerBasis;
    private final WithinPeriodChurn withinPeriod;
    private final RevenueChurnBasis revenueBasis;
    private final NetRevenueChurnOffset netOffset;
    private final Annualization annualization;
    private final IntervalMethod intervalMethod;
    private final double confidenceLevel;

    private ChurnCalculator(CustomerChurnBasis customerBasis, WithinPeriodChurn withinPeriod,
            RevenueChurnBasis revenueBasis, NetRevenueChurnOffset netOffset, Annualization annualization,
            IntervalMethod intervalMethod, double confidenceLevel) {
        this.customerBasis = customerBasis;
        this.withinPeriod = withinPeriod;
        this.revenueBasis = revenueBasis;
        this.netOffset = netOffset;
        this.annualization = annualization;
        this.intervalMethod = intervalMethod;
        this.confidenceLevel = confidenceLevel;
    }

    /**
     * Returns the calculator with the industry-standard definitions (see the class table).
     *
     * @return the standard calculator, not null
     */
    public static ChurnCalculator standard() {
        return STANDARD;
    }

    /**
     * Returns a copy with another customer churn denominator.
     *
     * @param basis the denominator, not null
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code basis} is null
     */
    public ChurnCalculator withCustomerBasis(CustomerChurnBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        return basis == customerBasis ? this : new ChurnCalculator(basis, withinPeriod, revenueBasis, netOffset,
                annualization, intervalMethod, confidenceLevel);
    }

    /**
     * Returns a copy with another rule for customers who join and leave within a period.
     *
     * @param rule the rule, not null
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code rule} is null
     */
    public ChurnCalculator withWithinPeriodChurn(WithinPeriodChurn rule) {
        Objects.requireNonNull(rule, "rule must not be null");
        return rule == withinPeriod ? this : new ChurnCalculator(customerBasis, rule, revenueBasis, netOffset,
                annualization, intervalMethod, confidenceLevel);
    }

    /**
     * Returns a copy with another revenue churn denominator.
     *
     * @param basis the denominator, not null
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code basis} is null
     */
    public ChurnCalculator withRevenueBasis(RevenueChurnBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        return basis == revenueBasis ? this : new ChurnCalculator(customerBasis, withinPeriod, basis, netOffset,
                annualization, intervalMethod, confidenceLevel);
    }

    /**
     * Returns a copy with another offset for net revenue churn.
     *
     * @param offset what offsets the lost MRR, not null
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code offset} is null
     */
    public ChurnCalculator withNetOffset(NetRevenueChurnOffset offset) {
        Objects.requireNonNull(offset, "offset must not be null");
        return offset == netOffset ? this : new ChurnCalculator(customerBasis, withinPeriod, revenueBasis, offset,
                annualization, intervalMethod, confidenceLevel);
    }

    /**
     * Returns a copy with another conversion of per-period rates to cumulative ones.
     *
     * @param method the conversion, not null
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code method} is null
     */
    public ChurnCalculator withAnnualization(Annualization method) {
        Objects.requireNonNull(method, "method must not be null");
        return method == annualization ? this : new ChurnCalculator(customerBasis, withinPeriod, revenueBasis,
                netOffset, method, intervalMethod, confidenceLevel);
    }

    /**
     * Returns a copy with another confidence interval method.
     *
     * @param method the method, not null
     * @return the calculator; {@code this} if unchanged
     * @throws NullPointerException if {@code method} is null
     */
    public ChurnCalculator withIntervalMethod(IntervalMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        return method == intervalMethod ? this : new ChurnCalculator(customerBasis, withinPeriod, revenueBasis,
                netOffset, annualization, method, confidenceLevel);
    }

    /**
     * Returns a copy with another confidence level for intervals.
     *
     * @param level the nominal coverage, strictly between 0 and 1, e.g. 0.9
     * @return the calculator; {@code this} if unchanged
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public ChurnCalculator withConfidenceLevel(double level) {
        checkConfidenceLevel(level);
        return level == confidenceLevel ? this : new ChurnCalculator(customerBasis, withinPeriod, revenueBasis,
                netOffset, annualization, intervalMethod, level);
    }

    /**
     * Returns the customer churn denominator.
     *
     * @return the basis
     */
    public CustomerChurnBasis customerBasis() {
        return customerBasis;
    }

    /**
     * Returns the rule for customers who join and leave within a period.
     *
     * @return the rule
     */
    public WithinPeriodChurn withinPeriodChurn() {
        return withinPeriod;
    }

    /**
     * Returns the revenue churn denominator.
     *
     * @return the basis
     */
    public RevenueChurnBasis revenueBasis() {
        return revenueBasis;
    }

    /**
     * Returns what offsets lost MRR in net revenue churn.
     *
     * @return the offset
     */
    public NetRevenueChurnOffset netOffset() {
        return netOffset;
    }

    /**
     * Returns the conversion of per-period rates to cumulative ones.
     *
     * @return the annualization
     */
    public Annualization annualization() {
        return annualization;
    }

    /**
     * Returns the confidence interval method.
     *
     * @return the method
     */
    public IntervalMethod intervalMethod() {
        return intervalMethod;
    }

    /**
     * Returns the confidence level of intervals.
     *
     * @return the level, in (0, 1)
     */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /**
     * Returns the customer churn of a period: churned customers over customers at risk, as
     * configured (see {@link CustomerChurn} for the formula).
     *
     * @param counts the period's counts, not null
     * @return the churn with its inputs; its rate is undefined when the denominator is zero, e.g.
     *     {@code 10/600} for 10 churned of 600 starting customers
     * @throws NullPointerException if {@code counts} is null
     */
    public CustomerChurn customerChurn(CustomerCounts counts) {
        Objects.requireNonNull(counts, "counts must not be null");
        long churned = counts.churnedCustomers()
                + (withinPeriod == WithinPeriodChurn.COUNTED ? counts.churnedNewCustomers() : 0);
        long atRisk = counts.startingCustomers()
                + (customerBasis == CustomerChurnBasis.START_PLUS_NEW ? counts.newCustomers() : 0);
        return new CustomerChurn(counts, customerBasis, withinPeriod, Ratio.of(churned, atRisk));
    }

    /**
     * Returns the customer churn of a period without new customers: {@code churned / starting}.
     *
     * @param startingCustomers customers at the start, not negative
     * @param churnedCustomers of them, those lost in the period, 0 to {@code startingCustomers}
     * @return the churn, e.g. 10 of 100 is 10 %, 3 of 20 is 15 %; undefined rate for 0 of 0
     * @throws IllegalArgumentException if a count is negative or {@code churnedCustomers} exceeds
     *     {@code startingCustomers}
     */
    public CustomerChurn customerChurn(long startingCustomers, long churnedCustomers) {
        return customerChurn(CustomerCounts.of(startingCustomers, churnedCustomers));
    }

    /**
     * Returns the gross revenue churn of a period: {@code (churned + contraction) / base}, the base
     * being the start- or end-of-period MRR as configured.
     *
     * @param movements the period's MRR movements, not null
     * @return the churn with its inputs; e.g. JPY 300,000 lost of 1,500,000 is 20 % on the start
     *     basis, of 1,200,000 is 25 % on the end basis; undefined rate when the base is zero
     * @throws NullPointerException if {@code movements} is null
     */
    public RevenueChurn grossRevenueChurn(RevenueMovements movements) {
        Objects.requireNonNull(movements, "movements must not be null");
        Money lost = movements.churnedMrr().plus(movements.contractionMrr());
        return revenueChurn(RevenueChurn.Kind.GROSS, Optional.empty(), lost, movements);
    }

    /**
     * Returns the revenue churn of cancellations only: {@code churned / base}, the MRR of accounts
     * that stopped paying without the contraction of those that still pay — the documents' revenue
     * churn, named next to {@link #grossRevenueChurn(RevenueMovements) gross} (cancellations +
     * contraction, the standard of ChartMogul and Baremetrics).
     *
     * <p>Example (DESIGN.md, extended): start JPY 1,500,000; three 100,000 customers leave and one
     * contracts by 50,000: cancellations only 300,000 / 1,500,000 = 20 %, gross 350,000 /
     * 1,500,000 = 23.33 %.
     *
     * @param movements the period's MRR movements, not null
     * @return the churn with its inputs, kind {@link RevenueChurn.Kind#CANCELLATIONS_ONLY}; at most
     *     the gross churn; undefined rate when the base is zero
     * @throws NullPointerException if {@code movements} is null
     * @since 0.2.0
     */
    public RevenueChurn cancellationRevenueChurn(RevenueMovements movements) {
        Objects.requireNonNull(movements, "movements must not be null");
        return revenueChurn(RevenueChurn.Kind.CANCELLATIONS_ONLY, Optional.empty(), movements.churnedMrr(), movements);
    }

    /**
     * Returns the net revenue churn of a period: {@code (churned + contraction − expansion) / base},
     * also minus reactivation under {@link NetRevenueChurnOffset#EXPANSION_AND_REACTIVATION}; the
     * base is the start- or end-of-period MRR as configured.
     *
     * @param movements the period's MRR movements, not null
     * @return the churn with its inputs; negative when the offsets exceed the losses; undefined
     *     rate when the base is zero
     * @throws NullPointerException if {@code movements} is null
     */
    public RevenueChurn netRevenueChurn(RevenueMovements movements) {
        Objects.requireNonNull(movements, "movements must not be null");
        Money lost = movements.churnedMrr().plus(movements.contractionMrr()).minus(movements.expansionMrr());
        if (netOffset == NetRevenueChurnOffset.EXPANSION_AND_REACTIVATION) {
            lost = lost.minus(movements.reactivationMrr());
        }
        return revenueChurn(RevenueChurn.Kind.NET, Optional.of(netOffset), lost, movements);
    }

    private RevenueChurn revenueChurn(RevenueChurn.Kind kind, Optional<NetRevenueChurnOffset> offset, Money lost,
            RevenueMovements movements) {
        Money base = revenueBasis == RevenueChurnBasis.START_OF_PERIOD ? movements.startMrr() : movements.endMrr();
        return new RevenueChurn(kind, revenueBasis, offset, lost, base, Ratio.of(lost, base), movements);
    }

    /**
     * Returns the annual rate of a monthly rate by the configured {@link Annualization}:
     * {@code 1 − (1 − m)^12} (compound) or {@code m × 12} (simple), exactly.
     *
     * @param monthlyRate the monthly rate {@code m}, defined, at most 1, not null
     * @return the annual rate, e.g. 18.26… % compound and 20 % simple for 1/60
     * @throws NullPointerException if {@code monthlyRate} is null
     * @throws UndefinedMetricException if {@code monthlyRate} is undefined
     * @throws IllegalArgumentException if {@code monthlyRate} exceeds 1
     */
    public Ratio annualize(Ratio monthlyRate) {
        return annualization.annualize(monthlyRate);
    }

    /**
     * Returns the cumulative rate over {@code periods} periods by the configured
     * {@link Annualization} (see {@link Annualization#cumulative(Ratio, int)}).
     *
     * @param periodRate the rate per period, defined, at most 1, not null
     * @param periods the number of periods, 0 to {@link Annualization#MAX_PERIODS}
     * @return the exact cumulative rate
     * @throws NullPointerException if {@code periodRate} is null
     * @throws UndefinedMetricException if {@code periodRate} is undefined
     * @throws IllegalArgumentException if {@code periodRate} exceeds 1 or {@code periods} is out
     *     of range
     */
    public Ratio cumulative(Ratio periodRate, int periods) {
        return annualization.cumulative(periodRate, periods);
    }

    /**
     * Returns the expected number of customers lost over {@code periods} periods at a constant
     * per-period churn rate: {@code customers × cumulative(periodRate, periods)}.
     *
     * @param customers the customers at the start, not negative
     * @param periodRate the churn rate per period, defined, in 0..1, not null
     * @param periods the number of periods, 0 to {@link Annualization#MAX_PERIODS}
     * @return the expected loss, exact, e.g. 600 customers at 1/60 a month over 12 months lose
     *     about 109.59 compounded and 120 by simple multiplication
     * @throws NullPointerException if {@code periodRate} is null
     * @throws UndefinedMetricException if {@code periodRate} is undefined
     * @throws IllegalArgumentException if {@code customers} is negative, {@code periodRate} is
     *     negative or exceeds 1, or {@code periods} is out of range
     */
    public ExpectedLoss expectedLosses(long customers, Ratio periodRate, int periods) {
        CustomerCounts.checkNotNegative(customers, "customers");
        Annualization.checkRate(periodRate, "periodRate");
        if (periodRate.numerator().signum() < 0) {
            throw new IllegalArgumentException("periodRate must not be negative: " + periodRate);
        }
        Ratio cumulative = annualization.cumulative(periodRate, periods);
        Ratio accounts = Ratio.of(cumulative.numerator().multiply(BigDecimal.valueOf(customers)),
                cumulative.denominator());
        return new ExpectedLoss(customers, periodRate, periods, annualization, cumulative, accounts);
    }

    /**
     * Returns the binomial confidence interval of a customer churn rate, by the configured method
     * and level, treating the churned customers as successes out of the customers at risk.
     *
     * @param churn the churn, not null
     * @return the interval
     * @throws NullPointerException if {@code churn} is null
     * @throws UndefinedMetricException if no customers were at risk
     * @throws IllegalArgumentException if more customers churned than were at risk (possible with
     *     {@link WithinPeriodChurn#COUNTED} over {@link CustomerChurnBasis#START_OF_PERIOD}, which is
     *     not a binomial proportion)
     */
    public ChurnInterval confidenceInterval(CustomerChurn churn) {
        Objects.requireNonNull(churn, "churn must not be null");
        return confidenceInterval(churn.rate().numerator().longValueExact(),
                churn.rate().denominator().longValueExact());
    }

    /**
     * Returns the binomial confidence interval of {@code churned} of {@code atRisk} customers, by
     * the configured method ({@link IntervalMethod#WILSON} by default) and level (95 % by
     * default). The normal quantile {@code z} and the beta quantiles come from Commons Statistics.
     *
     * @param churned the churned customers, 0 to {@code atRisk}
     * @param atRisk the customers at risk, positive
     * @return the interval, e.g. {@code [0.2553, 0.3662]} for 81 of 263 by Wilson at 95 %
     * @throws UndefinedMetricException if {@code atRisk} is zero
     * @throws IllegalArgumentException if a count is negative or {@code churned} exceeds
     *     {@code atRisk}
     */
    public ChurnInterval confidenceInterval(long churned, long atRisk) {
        CustomerCounts.checkNotNegative(churned, "churned");
        CustomerCounts.checkNotNegative(atRisk, "atRisk");
        if (churned > atRisk) {
            throw new IllegalArgumentException("churned (" + churned + ") exceeds atRisk (" + atRisk + ")");
        }
        if (atRisk == 0) {
            throw new UndefinedMetricException("a churn interval of 0 customers at risk is undefined");
        }
        double alpha = 1 - confidenceLevel;
        double lower;
        double upper;
        if (intervalMethod == IntervalMethod.WILSON) {
            double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - alpha / 2);
            double n = atRisk;
            double p = churned / n;
            double z2 = z * z;
            double scale = 1 + z2 / n;
            double centre = (p + z2 / (2 * n)) / scale;
            double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / scale;
            lower = churned == 0 ? 0 : Math.max(0, centre - half);
            upper = churned == atRisk ? 1 : Math.min(1, centre + half);
        } else {
            lower = churned == 0 ? 0 : BetaDistribution.of(churned, atRisk - churned + 1)
                    .inverseCumulativeProbability(alpha / 2);
            upper = churned == atRisk ? 1 : BetaDistribution.of(churned + 1, atRisk - churned)
                    .inverseCumulativeProbability(1 - alpha / 2);
        }
        return new ChurnInterval(intervalMethod, confidenceLevel, churned, atRisk, lower, upper);
    }

    static void checkConfidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + level);
        }
    }

    /**
     * Returns the configuration, e.g. {@code ChurnCalculator{customerBasis=START_OF_PERIOD, ...}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ChurnCalculator{customerBasis=" + customerBasis + ", withinPeriod=" + withinPeriod + ", revenueBasis="
                + revenueBasis + ", netOffset=" + netOffset + ", annualization=" + annualization + ", intervalMethod="
                + intervalMethod + ", confidenceLevel=" + confidenceLevel + "}";
    }

    /**
     * Re-checks a deserialised ChurnCalculator through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return standard().withCustomerBasis(customerBasis).withWithinPeriodChurn(withinPeriod)
                    .withRevenueBasis(revenueBasis).withNetOffset(netOffset).withAnnualization(annualization)
                    .withIntervalMethod(intervalMethod).withConfidenceLevel(confidenceLevel);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid ChurnCalculator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
