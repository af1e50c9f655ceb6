package io.csmetrics.onboarding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account's onboarding facts: its contract start, the milestones it has reached with the date
 * of each, and whether it attended the required onboarding seminar.
 *
 * <p>Which milestones count, which marks first value and what the target is belong to an
 * {@link OnboardingDefinition}; this record only holds facts. A milestone is reached on its date
 * (days are whole calendar days, as in {@link LocalDate}); no milestone may precede the contract
 * start.
 *
 * <p>Example: an account whose contract started on 2024-03-01 and which reached {@code sso} on
 * 2024-03-02 and {@code import} on 2024-03-06 is onboarded (for required {@code {sso, import}}) in
 * {@code 5} days.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class OnboardingRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final LocalDate contractStart;
    private final SortedMap<String, LocalDate> milestones;
    private final boolean attendedSeminar;

    private OnboardingRecord(String accountId, LocalDate contractStart, SortedMap<String, LocalDate> milestones,
            boolean attendedSeminar) {
        this.accountId = accountId;
        this.contractStart = contractStart;
        this.milestones = milestones;
        this.attendedSeminar = attendedSeminar;
    }

    /**
     * Returns an account's onboarding record.
     *
     * @param accountId the account, not blank
     * @param contractStart the day the contract started (day 0), not null
     * @param milestones each reached milestone's name and the day it was reached; copied; names
     *     not blank, no date before {@code contractStart}
     * @param attendedSeminar whether the account attended the required onboarding seminar
     * @return the record
     * @throws NullPointerException if an argument, a milestone name or a date is null
     * @throws IllegalArgumentException if {@code accountId} or a milestone name is blank, or a
     *     milestone's date is before {@code contractStart}
     */
    public static OnboardingRecord of(String accountId, LocalDate contractStart, Map<String, LocalDate> milestones,
            boolean attendedSeminar) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(contractStart, "contractStart must not be null");
        Objects.requireNonNull(milestones, "milestones must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        SortedMap<String, LocalDate> copy = new TreeMap<>();
        for (Map.Entry<String, LocalDate> e : milestones.entrySet()) {
            String name = OnboardingDefinition.checkName(e.getKey(), "milestones");
            LocalDate date = Objects.requireNonNull(e.getValue(), "milestones date of '" + name + "' must not be null");
            if (date.isBefore(contractStart)) {
                throw new IllegalArgumentException("milestone '" + name + "' date (" + date
                        + ") must not be before contractStart (" + contractStart + ") (account " + accountId + ")");
            }
            copy.put(name, date);
        }
        return new OnboardingRecord(accountId, contractStart, Collections.unmodifiableSortedMap(copy),
                attendedSeminar);
    }

    /**
     * Returns the account.
     *
     * @return the account identifier
     */
    public String accountId() {
        return accountId;
    }

    /**
     * Returns the contract start.
     *
     * @return day 0 of onboarding
     */
    public LocalDate contractStart() {
        return contractStart;
    }

    /**
     * Returns the month of the contract start: the account's cohort.
     *
     * @return the contract month, e.g. {@code 2024-03} for a start on 2024-03-15
     */
    public YearMonth contractMonth() {
        return YearMonth.from(contractStart);
    }

    /**
     * Returns the reached milestones.
     *
     * @return each milestone and its date, sorted by name, unmodifiable
     */
    public SortedMap<String, LocalDate> milestones() {
        return milestones;
    }

    /**
     * Returns the date a milestone was reached.
     *
     * @param milestone the milestone name, not null
     * @return its date, or empty if the account has not reached it
     * @throws NullPointerException if {@code milestone} is null
     */
    public Optional<LocalDate> milestoneDate(String milestone) {
        Objects.requireNonNull(milestone, "milestone must not be null");
        return Optional.ofNullable(milestones.get(milestone));
    }

    /**
     * Tells whether the account attended the required onboarding seminar.
     *
     * @return true if it attended
     */
    public boolean attendedSeminar() {
        return attendedSeminar;
    }

    /**
     * Returns the day the account was onboarded: the latest date of the definition's required
     * milestones, if it has reached them all.
     *
     * @param definition the definition, not null
     * @return the onboarding day, or empty if a required milestone is missing
     * @throws NullPointerException if {@code definition} is null
     */
    public Optional<LocalDate> onboardedOn(OnboardingDefinition definition) {
        Objects.requireNonNull(definition, "definition must not be null");
        LocalDate last = contractStart;
        for (String m : definition.requiredMilestones()) {
            LocalDate d = milestones.get(m);
            if (d == null) {
                return Optional.empty();
            }
            last = d.isAfter(last) ? d : last;
        }
        return Optional.of(last);
    }

    /**
     * Returns the time to onboard: days from contract start to {@link #onboardedOn onboarding}.
     *
     * <p>Example: contract 2024-03-01, last required milestone 2024-03-06: {@code 5}.
     *
     * @param definition the definition, not null
     * @return the whole days, 0 or more, or empty if the account is not onboarded
     * @throws NullPointerException if {@code definition} is null
     */
    public OptionalLong daysToOnboard(OnboardingDefinition definition) {
        Optional<LocalDate> on = onboardedOn(definition);
        return on.isPresent() ? OptionalLong.of(ChronoUnit.DAYS.between(contractStart, on.get())) : OptionalLong.empty();
    }

    /**
     * Returns the time to value: days from contract start to the definition's value milestone.
     *
     * @param definition the definition, not null
     * @return the whole days, 0 or more, or empty if the value milestone is not reached
     * @throws NullPointerException if {@code definition} is null
     */
    public OptionalLong daysToValue(OnboardingDefinition definition) {
        Objects.requireNonNull(definition, "definition must not be null");
        LocalDate d = milestones.get(definition.valueMilestone());
        return d == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(contractStart, d));
    }

    LocalDate lastMilestoneDate() {
        LocalDate last = contractStart;
        for (LocalDate d : milestones.values()) {
            last = d.isAfter(last) ? d : last;
        }
        return last;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OnboardingRecord
                && ((OnboardingRecord) obj).accountId.equals(accountId)
                && ((OnboardingRecord) obj).contractStart.equals(contractStart)
                && ((OnboardingRecord) obj).milestones.equals(milestones)
                && ((OnboardingRecord) obj).attendedSeminar == attendedSeminar;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, contractStart, milestones, attendedSeminar);
    }

    /**
     * Returns a readable form, e.g.
     * {@code OnboardingRecord{acme, start=2024-03-01, milestones={import=2024-03-06}, seminar=true}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "OnboardingRecord{" + accountId + ", start=" + contractStart + ", milestones=" + milestones
                + ", seminar=" + attendedSeminar + "}";
    }

    /**
     * Re-checks a deserialised OnboardingRecord through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(accountId, contractStart, Objects.requireNonNull(milestones, "milestones must not be null"),
                    attendedSeminar);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid OnboardingRecord: " + e.getMessage())
                    .initCause(e);
        }
    }
}
