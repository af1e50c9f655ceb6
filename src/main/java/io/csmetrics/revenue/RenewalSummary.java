package io.csmetrics.revenue;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The renewals due in a period, {@code from} (inclusive) to {@code to} (exclusive), and how they
 * went.
 *
 * <p>Symbols, over the renewals due in the period: {@code D = Σ arrDue} (the ARR up for renewal);
 * for the renewed ones, {@code R = Σ renewedArr} and {@code G = Σ min(renewedArr, arrDue)}. Then
 * <pre>
 *   gross renewal rate = G / D   (uplifts not counted: in [0, 1])
 *   net renewal rate   = R / D   (uplifts and downgrades at renewal counted)
 * </pre>
 * (the renewal-rate definitions of Gainsight and of SaaS finance practice: renewed ARR ÷ ARR up
 * for renewal). Open renewals stay in the denominator as not (yet) renewed, so the rates of a
 * period still in progress are rates "to date"; {@link #open()} says how many. A renewal is on
 * time when signed on or before its due date plus the grace days, late otherwise.
 *
 * <p>Worked example (USD, Q1 2025, grace 0): A due 12,000 renewed at 15,000 on time; B due 10,000
 * renewed at 8,000 fourteen days late; C due 8,000 lost. D = 30,000; R = 23,000; G = 12,000 +
 * 8,000 = 20,000. Gross 20,000 / 30,000 = 66.7 %; net 23,000 / 30,000 = 76.7 %; on time 1, late 1.
 *
 * @param from the first due date of the period, not null
 * @param to the end of the period, exclusive, after {@code from}, not null
 * @param graceDays days after the due date a renewal still counts as on time, not negative
 * @param due the number of renewals due
 * @param arrDue {@code D}
 * @param renewed the number renewed
 * @param renewedArr {@code R}
 * @param grossRenewedArr {@code G}
 * @param lost the number lost
 * @param open the number not decided yet
 * @param onTime the renewed ones signed by the due date plus grace
 * @param late the renewed ones signed after it
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record RenewalSummary(LocalDate from, LocalDate to, int graceDays, long due, Money arrDue, long renewed,
        Money renewedArr, Money grossRenewedArr, long lost, long open, long onTime, long late) implements Serializable {

    /**
     * Validates the summary.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period is empty, a count is negative or the counts
     *     do not add up ({@code renewed + lost + open = due}, {@code onTime + late = renewed}), or
     *     {@code grossRenewedArr} exceeds {@code renewedArr} or {@code arrDue}
     */
    public RenewalSummary {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(arrDue, "arrDue must not be null");
        Objects.requireNonNull(renewedArr, "renewedArr must not be null");
        Objects.requireNonNull(grossRenewedArr, "grossRenewedArr must not be null");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
        if (graceDays < 0 || due < 0 || renewed < 0 || lost < 0 || open < 0 || onTime < 0 || late < 0) {
            throw new IllegalArgumentException("graceDays and counts must not be negative: graceDays " + graceDays
                    + ", due " + due + ", renewed " + renewed + ", lost " + lost + ", open " + open + ", onTime " + onTime
                    + ", late " + late);
        }
        if (renewed + lost + open != due || onTime + late != renewed) {
            throw new IllegalArgumentException("counts do not add up: renewed " + renewed + " + lost " + lost + " + open "
                    + open + " must be due " + due + ", onTime " + onTime + " + late " + late + " must be renewed "
                    + renewed);
        }
        if (grossRenewedArr.isGreaterThan(renewedArr) || grossRenewedArr.isGreaterThan(arrDue)
                || grossRenewedArr.isNegative()) {
            throw new IllegalArgumentException("grossRenewedArr (" + grossRenewedArr + ") must be from 0 to renewedArr ("
                    + renewedArr + ") and arrDue (" + arrDue + ")");
        }
    }

    /**
     * Summarises the renewals due in {@code [from, to)}; renewals due outside are ignored.
     *
     * @param renewals the renewals, one currency, not null, no null element
     * @param from the first due date, not null
     * @param to the end, exclusive, after {@code from}, not null
     * @param graceDays days after the due date still on time, not negative
     * @param currency the currency of the ARR (for the zero sums of an empty period), not null
     * @return the summary
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from} or
     *     {@code graceDays} is negative
     * @throws io.csmetrics.CurrencyMismatchException if a renewal's ARR is in another currency
     */
    public static RenewalSummary of(Collection<RenewalRecord> renewals, LocalDate from, LocalDate to, int graceDays,
            java.util.Currency currency) {
        Objects.requireNonNull(renewals, "renewals must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must not be negative: " + graceDays);
        }
        Money d = Money.zero(currency);
        Money r = d;
        Money g = d;
        long due = 0;
        long renewed = 0;
        long lost = 0;
        long open = 0;
        long onTime = 0;
        for (RenewalRecord x : renewals) {
            Objects.requireNonNull(x, "renewals must not contain null");
            if (x.dueDate().isBefore(from) || !x.dueDate().isBefore(to)) {
                continue;
            }
            due++;
            d = d.plus(x.arrDue());
            switch (x.status()) {
                case RENEWED -> {
                    Money arr = x.renewedArr().orElseThrow();
                    renewed++;
                    r = r.plus(arr);
                    g = g.plus(arr.isLessThan(x.arrDue()) ? arr : x.arrDue());
                    if (!x.signedOn().orElseThrow().isAfter(x.dueDate().plusDays(graceDays))) {
                        onTime++;
                    }
                }
                case LOST -> lost++;
                case OPEN -> open++;
            }
        }
        return new RenewalSummary(from, to, graceDays, due, d, renewed, r, g, lost, open, onTime, renewed - onTime);
    }

    /**
     * Returns the gross renewal rate {@code G / D}.
     *
     * @return the rate in [0, 1]; undefined when nothing was due
     */
    public Ratio grossRenewalRate() {
        return Ratio.of(grossRenewedArr, arrDue);
    }

    /**
     * Returns the net renewal rate {@code R / D}.
     *
     * @return the rate, at least 0; undefined when nothing was due
     */
    public Ratio netRenewalRate() {
        return Ratio.of(renewedArr, arrDue);
    }

    /**
     * Returns the share of renewals signed on time, {@code onTime / renewed}.
     *
     * @return the rate in [0, 1]; undefined when nothing was renewed
     */
    public Ratio onTimeRate() {
        return Ratio.of(onTime, renewed);
    }
}
