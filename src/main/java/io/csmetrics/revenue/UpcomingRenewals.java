package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The renewals coming up: open renewals due from a date to a number of days later (the usual 30,
 * 60 and 90-day views of a renewal pipeline), each with the account's health, so a CSM sees
 * which ARR is at stake soonest and how healthy it looks.
 *
 * <p>A renewal is in the window when it is {@link RenewalRecord.Status#OPEN open} and
 * {@code asOf ≤ dueDate ≤ asOf + days}. The list is ordered by due date, then ARR due (highest
 * first), then account id.
 *
 * <p>Example: as of 2025-01-01, open renewals due 2025-01-20 (USD 10,000), 2025-02-15 (USD 5,000)
 * and 2025-03-20 (USD 7,000): ARR due within 30 days USD 10,000, within 60 days USD 15,000,
 * within 90 days USD 22,000.
 *
 * @since 0.2.0
 */
public final class UpcomingRenewals {

    /**
     * One upcoming renewal with the days left and the account's health.
     *
     * @param renewal the renewal, open, not null
     * @param daysUntilDue days from the as-of date to the due date, not negative
     * @param health the account's health, if known, not null
     * @param <H> the type of health (e.g. {@code io.csmetrics.health.HealthScore})
     * @implSpec This record is immutable and thread-safe if {@code H} is.
     * @since 0.2.0
     */
    public record Entry<H>(RenewalRecord renewal, long daysUntilDue, Optional<H> health) implements Serializable {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if {@code daysUntilDue} is negative
         */
        public Entry {
            Objects.requireNonNull(renewal, "renewal must not be null");
            Objects.requireNonNull(health, "health must not be null");
            if (daysUntilDue < 0) {
                throw new IllegalArgumentException("daysUntilDue must not be negative: " + daysUntilDue);
            }
        }
    }

    private UpcomingRenewals() {
    }

    /**
     * Returns the open renewals due within {@code days} of {@code asOf}, with health.
     *
     * @param renewals the renewals, not null, no null element
     * @param asOf the date the list is drawn up, not null
     * @param days the window's length in days, e.g. 30, 60, 90; not negative
     * @param health the health of an account by id, not null; may return empty, must not return null
     * @param <H> the type of health
     * @return the entries, ordered, unmodifiable
     * @throws NullPointerException if an argument or element is null, or {@code health} returns null
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public static <H> List<Entry<H>> within(Collection<RenewalRecord> renewals, LocalDate asOf, int days,
            Function<String, Optional<H>> health) {
        Objects.requireNonNull(health, "health must not be null");
        List<Entry<H>> out = new ArrayList<>();
        for (RenewalRecord r : select(renewals, asOf, days)) {
            Optional<H> h = Objects.requireNonNull(health.apply(r.accountId()),
                    "health of " + r.accountId() + " must not be null");
            out.add(new Entry<>(r, ChronoUnit.DAYS.between(asOf, r.dueDate()), h));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the ARR of the open renewals due within {@code days} of {@code asOf}.
     *
     * @param renewals the renewals, not null, no null element
     * @param asOf the date, not null
     * @param days the window's length in days, not negative
     * @param currency the currency of the ARR, not null
     * @return the ARR due in the window; zero when none
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code days} is negative
     * @throws io.csmetrics.CurrencyMismatchException if a renewal is in another currency
     */
    public static Money arrDueWithin(Collection<RenewalRecord> renewals, LocalDate asOf, int days, Currency currency) {
        Money sum = Money.zero(currency);
        for (RenewalRecord r : select(renewals, asOf, days)) {
            sum = sum.plus(r.arrDue());
        }
        return sum;
    }

    private static List<RenewalRecord> select(Collection<RenewalRecord> renewals, LocalDate asOf, int days) {
        Objects.requireNonNull(renewals, "renewals must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        // the window ends at LocalDate.MAX when asOf + days is past it: no renewal can fall later
        LocalDate last = days > ChronoUnit.DAYS.between(asOf, LocalDate.MAX) ? LocalDate.MAX : asOf.plusDays(days);
        List<RenewalRecord> out = new ArrayList<>();
        for (RenewalRecord r : renewals) {
            Objects.requireNonNull(r, "renewals must not contain null");
            if (r.status() == RenewalRecord.Status.OPEN && !r.dueDate().isBefore(asOf) && !r.dueDate().isAfter(last)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(RenewalRecord::dueDate)
                .thenComparing(RenewalRecord::arrDue, Comparator.reverseOrder())
                .thenComparing(RenewalRecord::accountId));
        return out;
    }
}
