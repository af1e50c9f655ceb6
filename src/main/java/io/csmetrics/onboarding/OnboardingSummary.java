package io.csmetrics.onboarding;

import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The onboarding metrics of a group of accounts (a cohort, a segment, all accounts) as of a date.
 *
 * <ul>
 *   <li>{@link #completionRate()} = {@code completed / accounts}: accounts that reached every
 *       required milestone by {@code asOf}, over all accounts.
 *   <li>{@link #timeToOnboard()}: days from contract start to the last required milestone, with
 *       accounts not yet onboarded censored at {@code asOf}.
 *   <li>{@link #shareOnboardedWithinTarget()}: the share onboarded within the definition's target
 *       (7 days by default), see {@link DaysDistribution#shareWithin(long)}.
 *   <li>{@link #seminarAttendanceRate()} = {@code attendedSeminar / accounts}.
 *   <li>{@link #timeToValue()}: days from contract start to the value milestone, censored alike.
 * </ul>
 *
 * <p>Example: 4 accounts as of 2024-03-31, onboarded in 3, 6 and 12 days and one, started
 * 2024-03-01, not yet onboarded; 3 attended the seminar: completion {@code 3/4}, within 7 days
 * {@code 2/4} (the censored account, observed 30 days, missed it), seminar attendance
 * {@code 3/4}.
 *
 * @param definition what onboarded means, not null
 * @param asOf the date the facts are as of, not null
 * @param accounts the number of accounts, 0 or more
 * @param completed accounts that reached every required milestone, 0 to {@code accounts}
 * @param attendedSeminar accounts that attended the required seminar, 0 to {@code accounts}
 * @param timeToOnboard the time-to-onboard distribution over the accounts, not null
 * @param timeToValue the time-to-value distribution over the accounts, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record OnboardingSummary(OnboardingDefinition definition, LocalDate asOf, long accounts, long completed,
        long attendedSeminar, DaysDistribution timeToOnboard, DaysDistribution timeToValue) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative or exceeds {@code accounts}, or a
     *     distribution's total differs from {@code accounts} or its count from {@code completed}
     */
    public OnboardingSummary {
        Objects.requireNonNull(definition, "definition must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(timeToOnboard, "timeToOnboard must not be null");
        Objects.requireNonNull(timeToValue, "timeToValue must not be null");
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts (valid values 0 or more) must not be negative: " + accounts);
        }
        checkPart(completed, "completed", accounts);
        checkPart(attendedSeminar, "attendedSeminar", accounts);
        if (timeToOnboard.total() != accounts || timeToOnboard.count() != completed) {
            throw new IllegalArgumentException("timeToOnboard (" + timeToOnboard + ") must cover accounts (" + accounts
                    + ") with count completed (" + completed + ")");
        }
        if (timeToValue.total() != accounts) {
            throw new IllegalArgumentException("timeToValue (" + timeToValue + ") must cover accounts (" + accounts + ")");
        }
    }

    private static void checkPart(long part, String name, long accounts) {
        if (part < 0 || part > accounts) {
            throw new IllegalArgumentException(name + " (" + part + ") must be between 0 and accounts (" + accounts + ")");
        }
    }

    /**
     * Returns the onboarding completion rate, {@code completed / accounts}.
     *
     * @return the rate in [0, 1]; undefined when there are no accounts
     */
    public Ratio completionRate() {
        return Ratio.of(completed, accounts);
    }

    /**
     * Returns the seminar attendance rate, {@code attendedSeminar / accounts}.
     *
     * @return the rate in [0, 1]; undefined when there are no accounts
     */
    public Ratio seminarAttendanceRate() {
        return Ratio.of(attendedSeminar, accounts);
    }

    /**
     * Returns the share onboarded within the definition's target,
     * {@code timeToOnboard().shareWithin(definition().targetDays())}.
     *
     * @return the rate in [0, 1]; undefined when no account's outcome is known yet
     */
    public Ratio shareOnboardedWithinTarget() {
        return timeToOnboard.shareWithin(definition.targetDays());
    }
}
