package io.csmetrics.usage;

import io.csmetrics.Ratio;

/**
 * Seat utilisation of one account over a period: {@code activeUsers / licensedSeats}.
 *
 * <p>{@code activeUsers} is the number of distinct users of the account active in the period,
 * {@code licensedSeats} the seats the account pays for. The ratio is not capped: above 1 means
 * more people use the product than are licensed (an expansion signal or shared logins). An
 * account with zero seats has an undefined utilisation ({@link Ratio#isDefined()} false), never
 * zero or infinity.
 *
 * <p>Example: 12 active users on 20 seats: {@code 12/20} = 60 %.
 *
 * @param accountId the account, not blank
 * @param activeUsers distinct active users in the period, 0 or more
 * @param licensedSeats licensed seats, 0 or more
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record SeatUtilisation(String accountId, long activeUsers, long licensedSeats) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code accountId} is null
     * @throws IllegalArgumentException if {@code accountId} is blank or a count is negative
     */
    public SeatUtilisation {
        UsageEvent.checkId(accountId, "accountId");
        if (activeUsers < 0) {
            throw new IllegalArgumentException("activeUsers (valid values 0 or more) must not be negative: "
                    + activeUsers + " (account " + accountId + ")");
        }
        checkSeats(licensedSeats, accountId);
    }

    static long checkSeats(long seats, String accountId) {
        if (seats < 0) {
            throw new IllegalArgumentException("licensedSeats (valid values 0 or more) must not be negative: " + seats
                    + " (account " + accountId + ")");
        }
        return seats;
    }

    /**
     * Returns the utilisation, {@code activeUsers / licensedSeats}.
     *
     * @return the ratio, 0 or more (may exceed 1); undefined when the account has no seats
     */
    public Ratio ratio() {
        return Ratio.of(activeUsers, licensedSeats);
    }

    /**
     * Tells whether more users were active than seats are licensed.
     *
     * @return true if {@code activeUsers > licensedSeats}
     */
    public boolean isOverLicensed() {
        return activeUsers > licensedSeats;
    }

    /**
     * Returns a readable form, e.g. {@code SeatUtilisation{acme: 12/20 seats}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "SeatUtilisation{" + accountId + ": " + activeUsers + "/" + licensedSeats + " seats}";
    }
}
