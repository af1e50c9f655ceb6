package io.csmetrics.clv;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The RFM summaries of a customer base at the end of a calibration period, with an optional holdout
 * period after it, as {@link RfmAccumulator} produces them.
 *
 * @param customers one summary per customer whose first purchase lies in the calibration period,
 *     sorted by identifier, unmodifiable
 * @param calibrationEnd the last day of the calibration period (inclusive)
 * @param holdoutEnd the last day of the holdout period (inclusive); equal to {@code calibrationEnd}
 *     when there is no holdout
 * @param unit the period unit of recency and age
 * @param customersFirstSeenInHoldout customers whose first purchase lies in the holdout period; they
 *     have no calibration history and are not summarised
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record RfmSummary(List<CustomerRfm> customers, LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit,
        long customersFirstSeenInHoldout) implements Serializable {

    /**
     * Validates the summary.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code holdoutEnd} is before {@code calibrationEnd} or the
     *     count is negative
     */
    public RfmSummary {
        customers = Checks.copy("customers", customers);
        Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        if (holdoutEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("holdoutEnd (" + holdoutEnd + ") must not be before calibrationEnd ("
                    + calibrationEnd + ")");
        }
        if (customersFirstSeenInHoldout < 0) {
            throw new IllegalArgumentException("customersFirstSeenInHoldout must be >= 0: " + customersFirstSeenInHoldout);
        }
    }

    /**
     * Returns the length of the holdout period in the summary's unit.
     *
     * @return {@code (holdoutEnd − calibrationEnd)} in {@code unit}; {@code 0} without a holdout
     */
    public double holdoutLength() {
        return unit.fromDays(ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd));
    }

    /**
     * Returns the number of customers with at least one repeat purchase in calibration.
     *
     * @return the repeat buyers
     */
    public long repeatBuyers() {
        return customers.stream().filter(c -> c.frequency() > 0).count();
    }

    /**
     * Returns e.g. {@code "RfmSummary{2357 customers, 946 repeat buyers, calibration to 1997-09-30, holdout 39.00 WEEKS}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RfmSummary{%d customers, %d repeat buyers, calibration to %s, holdout %.2f %s}",
                customers.size(), repeatBuyers(), calibrationEnd, holdoutLength(), unit);
    }
}
