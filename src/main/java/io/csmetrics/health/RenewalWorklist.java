package io.csmetrics.health;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The upcoming-renewals worklist: the renewals due within a horizon, combined with each account's
 * health, in the order a CS team works them — lowest band first, then the soonest renewal, then the
 * largest ARR, then the account id.
 *
 * <p>Example (as of 2024-06-01, 90 days, red/yellow/green bands): A renews 2024-08-01, USD 50,000,
 * health 80 (green); B 2024-07-01, USD 10,000, 40 (red); C 2024-06-15, USD 20,000, 45 (red); D
 * 2024-12-01 (outside the horizon) → C, B, A; ARR due USD 80,000, of which red USD 30,000.
 *
 * @since 0.1.0
 */
public final class RenewalWorklist {

    /**
     * An account's next renewal: the day and the ARR due. A plain input, so the worklist does not
     * depend on where contracts are kept.
     *
     * @param accountId the account, not blank
     * @param renewalDate the renewal day, not null
     * @param arr the ARR up for renewal, not negative, not null
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    public record UpcomingRenewal(String accountId, LocalDate renewalDate, Money arr) implements Serializable {

        /**
         * Validates the renewal.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the account is blank or the ARR negative
         */
        public UpcomingRenewal {
            Objects.requireNonNull(accountId, "accountId must not be null");
            if (accountId.isBlank()) {
                throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
            }
            Objects.requireNonNull(renewalDate, "renewalDate must not be null");
            Objects.requireNonNull(arr, "arr must not be null");
            if (arr.isNegative()) {
                throw new IllegalArgumentException("arr of " + accountId + " must not be negative: " + arr);
            }
        }
    }

    /**
     * One line of the worklist.
     *
     * @param renewal the renewal, not null
     * @param score the account's health, not null
     * @param daysToRenewal days from {@code asOf} to the renewal, 0 or more
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    public record Entry(UpcomingRenewal renewal, HealthScore score, long daysToRenewal) {

        /**
         * Validates the line.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if {@code daysToRenewal} is negative
         */
        public Entry {
            Objects.requireNonNull(renewal, "renewal must not be null");
            Objects.requireNonNull(score, "score must not be null");
            if (daysToRenewal < 0) {
                throw new IllegalArgumentException("daysToRenewal must not be negative: " + daysToRenewal);
            }
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingInt(e -> e.score().band().from())
            .thenComparing(e -> e.renewal().renewalDate())
            .thenComparing(e -> e.renewal().arr(), Comparator.reverseOrder())
            .thenComparing(e -> e.renewal().accountId());

    private RenewalWorklist() {
    }

    /**
     * Builds the worklist of renewals due from {@code asOf} to {@code asOf + horizonDays}, both
     * included.
     *
     * @param renewals the accounts' next renewals, not null, one per account
     * @param scores each account's health by account id, not null; every renewal in the horizon
     *     needs one
     * @param asOf the day of the worklist, not null
     * @param horizonDays how far ahead to look, 0 or more
     * @return the ordered lines, unmodifiable
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the horizon is negative, an account repeats, or a
     *     renewal in the horizon has no score
     * @throws io.csmetrics.CurrencyMismatchException if the ARR mixes currencies
     */
    public static List<Entry> upcoming(List<UpcomingRenewal> renewals, Map<String, HealthScore> scores,
            LocalDate asOf, int horizonDays) {
        Objects.requireNonNull(renewals, "renewals must not be null");
        Objects.requireNonNull(scores, "scores must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must not be negative: " + horizonDays);
        }
        // the window ends at LocalDate.MAX when asOf + horizonDays is past it: no renewal can fall later
        LocalDate last = horizonDays > ChronoUnit.DAYS.between(asOf, LocalDate.MAX) ? LocalDate.MAX
                : asOf.plusDays(horizonDays);
        Set<String> seen = new HashSet<>();
        List<Entry> out = new ArrayList<>();
        Money first = null;
        for (UpcomingRenewal r : renewals) {
            Objects.requireNonNull(r, "renewals must not contain null");
            if (!seen.add(r.accountId())) {
                throw new IllegalArgumentException("account " + r.accountId() + " has more than one renewal");
            }
            if (first == null) {
                first = r.arr();
            } else if (!first.isSameCurrency(r.arr())) {
                throw new io.csmetrics.CurrencyMismatchException(first.currency(), r.arr().currency());
            }
        }
        for (UpcomingRenewal r : renewals) {
            if (r.renewalDate().isBefore(asOf) || r.renewalDate().isAfter(last)) {
                continue;
            }
            HealthScore s = scores.get(r.accountId());
            if (s == null) {
                throw new IllegalArgumentException("no health score for account " + r.accountId() + " renewing "
                        + r.renewalDate());
            }
            out.add(new Entry(r, s, ChronoUnit.DAYS.between(asOf, r.renewalDate())));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * Returns the ARR due on a worklist, optionally only of one band.
     *
     * @param entries the worklist, not null, not empty
     * @param band the band's name, or null for every line
     * @return Σ ARR of the lines (of that band)
     * @throws NullPointerException if {@code entries} is null
     * @throws IllegalArgumentException if {@code entries} is empty (the currency would be unknown)
     */
    public static Money arrDue(List<Entry> entries, String band) {
        Objects.requireNonNull(entries, "entries must not be null");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entries must not be empty");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new NullPointerException("entries[" + i + "] must not be null");
            }
        }
        Money sum = Money.zero(entries.get(0).renewal().arr().currency());
        for (Entry e : entries) {
            if (band == null || e.score().band().name().equals(band)) {
                sum = sum.plus(e.renewal().arr());
            }
        }
        return sum;
    }
}
