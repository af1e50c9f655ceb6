package io.csmetrics.onboarding;

import io.csmetrics.Accumulator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Accumulates accounts' {@link OnboardingRecord}s into an {@link OnboardingSummary}: completion
 * rate, time to onboard and to value with censoring, share within target, seminar attendance.
 *
 * <p>The accumulator is created for an {@link OnboardingDefinition} and an as-of date. Each
 * account counts once; an account not onboarded (or without first value) by the as-of date is
 * censored at {@code asOf − contractStart} days. Facts dated after the as-of date are outside the
 * period asked for and rejected, as is a second record of the same account.
 *
 * <p>Memory: the account identifiers (to reject duplicates) and one count per distinct number of
 * days; partial accumulators over disjoint accounts combine exactly, in any order.
 *
 * <p>Example:
 * <pre>{@code
 * OnboardingSummary s = records.stream()
 *     .collect(OnboardingStats.collector(definition, LocalDate.of(2024, 3, 31)));
 * s.shareOnboardedWithinTarget();   // e.g. 2/4
 * }</pre>
 *
 * @implSpec This is a mutable accumulator, not thread-safe; a parallel stream gives each thread its
 *     own.
 * @since 0.1.0
 */
public final class OnboardingStats implements Accumulator<OnboardingRecord, OnboardingStats> {

    private static final long serialVersionUID = 1L;

    private final OnboardingDefinition definition;
    private final LocalDate asOf;
    private final Set<String> accountIds = new HashSet<>();
    private long completed;
    private long attendedSeminar;
    private final DayHistogram onboarded = new DayHistogram();
    private final DayHistogram notOnboarded = new DayHistogram();
    private final DayHistogram valued = new DayHistogram();
    private final DayHistogram notValued = new DayHistogram();

    private OnboardingStats(OnboardingDefinition definition, LocalDate asOf) {
        this.definition = definition;
        this.asOf = asOf;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param definition what onboarded means, not null
     * @param asOf the date the facts are as of, not null; censoring is measured to it
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static OnboardingStats create(OnboardingDefinition definition, LocalDate asOf) {
        Objects.requireNonNull(definition, "definition must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return new OnboardingStats(definition, asOf);
    }

    /**
     * Returns a collector to an {@link OnboardingSummary}.
     *
     * @param definition what onboarded means, not null
     * @param asOf the as-of date, not null
     * @return the collector; it throws as {@link #accept(OnboardingRecord)} does
     * @throws NullPointerException if an argument is null
     */
    public static Collector<OnboardingRecord, OnboardingStats, OnboardingSummary> collector(
            OnboardingDefinition definition, LocalDate asOf) {
        create(definition, asOf);
        return Accumulator.collector(() -> create(definition, asOf), OnboardingStats::summary);
    }

    /**
     * Returns a collector to one {@link OnboardingSummary} per group, e.g. per segment.
     *
     * @param key the group of a record, not null; its results must not be null
     * @param definition what onboarded means, not null
     * @param asOf the as-of date, not null
     * @param <K> the group key type
     * @return the collector to a map from each group to its summary
     * @throws NullPointerException if an argument is null
     */
    public static <K> Collector<OnboardingRecord, ?, Map<K, OnboardingSummary>> groupingBy(
            Function<? super OnboardingRecord, ? extends K> key, OnboardingDefinition definition, LocalDate asOf) {
        Objects.requireNonNull(key, "key must not be null");
        return Collectors.groupingBy(key, collector(definition, asOf));
    }

    /**
     * Returns a collector to one {@link OnboardingSummary} per contract month (cohort).
     *
     * @param definition what onboarded means, not null
     * @param asOf the as-of date, not null
     * @return the collector to a map from contract month to summary, in month order
     * @throws NullPointerException if an argument is null
     */
    public static Collector<OnboardingRecord, ?, SortedMap<YearMonth, OnboardingSummary>> byContractMonth(
            OnboardingDefinition definition, LocalDate asOf) {
        return Collectors.groupingBy(OnboardingRecord::contractMonth, TreeMap::new, collector(definition, asOf));
    }

    /**
     * Adds one account.
     *
     * @param record the account's onboarding record, not null
     * @throws NullPointerException if {@code record} is null
     * @throws IllegalArgumentException if its contract start or a milestone is after the as-of
     *     date, or the account was already accepted; the accumulator is then unchanged
     */
    @Override
    public void accept(OnboardingRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        if (record.contractStart().isAfter(asOf)) {
            throw new IllegalArgumentException("contractStart (" + record.contractStart() + ") of account "
                    + record.accountId() + " is after asOf (" + asOf + ")");
        }
        LocalDate last = record.lastMilestoneDate();
        if (last.isAfter(asOf)) {
            throw new IllegalArgumentException("a milestone of account " + record.accountId() + " is dated " + last
                    + ", after asOf (" + asOf + ")");
        }
        if (!accountIds.add(record.accountId())) {
            throw new IllegalArgumentException("account " + record.accountId() + " was already accepted");
        }
        long observed = ChronoUnit.DAYS.between(record.contractStart(), asOf);
        OptionalLong toOnboard = record.daysToOnboard(definition);
        if (toOnboard.isPresent()) {
            completed++;
            onboarded.add(toOnboard.getAsLong());
        } else {
            notOnboarded.add(observed);
        }
        OptionalLong toValue = record.daysToValue(definition);
        if (toValue.isPresent()) {
            valued.add(toValue.getAsLong());
        } else {
            notValued.add(observed);
        }
        if (record.attendedSeminar()) {
            attendedSeminar++;
        }
    }

    /**
     * Merges another accumulator over other accounts.
     *
     * @param other an accumulator with the same definition and as-of date, not null
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the definitions or as-of dates differ, or an account is in
     *     both; this accumulator is then unchanged
     */
    @Override
    public OnboardingStats combine(OnboardingStats other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!other.definition.equals(definition) || !other.asOf.equals(asOf)) {
            throw new IllegalArgumentException("cannot combine " + other.definition + " as of " + other.asOf + " into "
                    + definition + " as of " + asOf);
        }
        Set<String> smaller = other.accountIds.size() < accountIds.size() ? other.accountIds : accountIds;
        Set<String> larger = smaller == accountIds ? other.accountIds : accountIds;
        for (String id : smaller) {
            if (larger.contains(id)) {
                throw new IllegalArgumentException("account " + id + " is in both accumulators");
            }
        }
        accountIds.addAll(other.accountIds);
        completed += other.completed;
        attendedSeminar += other.attendedSeminar;
        onboarded.addAll(other.onboarded);
        notOnboarded.addAll(other.notOnboarded);
        valued.addAll(other.valued);
        notValued.addAll(other.notValued);
        return this;
    }

    /**
     * Returns the metrics of the accounts accepted so far.
     *
     * @return the summary; with no accounts its rates are undefined and its distributions empty
     */
    public OnboardingSummary summary() {
        return new OnboardingSummary(definition, asOf, accountIds.size(), completed, attendedSeminar,
                DaysDistribution.from(onboarded, notOnboarded), DaysDistribution.from(valued, notValued));
    }

    /**
     * Re-checks a deserialised partial state, so a tampered stream (for example one shipped between
     * the nodes of a distributed engine) cannot produce an accumulator that {@code accept} and
     * {@code combine} could never reach.
     *
     * @param in the stream
     * @throws java.io.IOException if reading fails
     * @throws ClassNotFoundException if a class of the state is missing
     * @throws java.io.InvalidObjectException if the state breaks an invariant
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            java.util.Objects.requireNonNull(definition, "definition must not be null");
            java.util.Objects.requireNonNull(asOf, "asOf must not be null");
            long n = java.util.Objects.requireNonNull(accountIds, "accountIds must not be null").size();
            if (completed < 0 || completed > n || attendedSeminar < 0 || attendedSeminar > n) {
                throw new IllegalArgumentException("completed (" + completed + ") and attendedSeminar (" + attendedSeminar
                        + ") must be in 0.." + n + " (accounts)");
            }
            for (DayHistogram h : new DayHistogram[] {onboarded, notOnboarded, valued, notValued}) {
                java.util.Objects.requireNonNull(h, "a histogram must not be null").check();
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid OnboardingStats: " + e.getMessage())
                    .initCause(e);
        }
    }
}
