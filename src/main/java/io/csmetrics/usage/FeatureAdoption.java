package io.csmetrics.usage;

import io.csmetrics.Accumulator;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * Key-feature adoption from usage events: the share of accounts and of users that used a feature
 * in a period, and the accounts that did not (the seeds' red flag: a customer not using a key
 * feature).
 *
 * <p>An account (a user) has <em>adopted</em> a feature in the period if at least one of its
 * events in the period names that feature. The population is, by default, the accounts (users)
 * with any event in the period; the account-level methods also take the caller's full list of
 * accounts, so an account with no activity at all counts as a non-adopter instead of vanishing.
 *
 * <p>The accumulator is created for a period and a time zone; an event whose local date is outside
 * the period is rejected. Memory: one entry per distinct (user, feature) pair, not per event.
 *
 * <p>Example: accounts {@code a} (users u1 used {@code reports}, u2 did not) and {@code b} (u3, no
 * feature): account adoption of {@code reports} is {@code 1/2}, user adoption {@code 1/3}; the
 * accounts not using it are {@code [b]}.
 *
 * @implSpec This is a mutable accumulator, not thread-safe; a parallel stream gives each thread its
 *     own.
 * @since 0.1.0
 */
public final class FeatureAdoption implements Accumulator<UsageEvent, FeatureAdoption> {

    private static final long serialVersionUID = 1L;

    private final UsagePeriod period;
    private final ZoneId zone;
    /** account → user → features the user used (empty for users without feature events). */
    private final HashMap<String, HashMap<String, HashSet<String>>> features = new HashMap<>();

    private FeatureAdoption(UsagePeriod period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param period the days events may fall on, not null
     * @param zone the time zone that maps an event's instant to its local day, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static FeatureAdoption create(UsagePeriod period, ZoneId zone) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        return new FeatureAdoption(period, zone);
    }

    /**
     * Returns a collector to the filled accumulator, to query afterwards.
     *
     * @param period the days events may fall on, not null
     * @param zone the time zone of the days, not null
     * @return the collector; it throws as {@link #accept(UsageEvent)} does
     * @throws NullPointerException if an argument is null
     */
    public static Collector<UsageEvent, FeatureAdoption, FeatureAdoption> collector(UsagePeriod period, ZoneId zone) {
        create(period, zone);
        return Accumulator.collector(() -> create(period, zone), a -> a);
    }

    /**
     * Returns the period.
     *
     * @return the period
     */
    public UsagePeriod period() {
        return period;
    }

    /**
     * Records an event's user as active and, if it names one, as a user of its feature.
     *
     * @param event the event, not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if the event's local date is outside the period; the
     *     accumulator is then unchanged
     */
    @Override
    public void accept(UsageEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        ActiveUsers.dayIndex(event, period, zone);
        HashSet<String> used = features.computeIfAbsent(event.accountId(), k -> new HashMap<>())
                .computeIfAbsent(event.userId(), k -> new HashSet<>());
        if (event.featureOrNull() != null) {
            used.add(event.featureOrNull());
        }
    }

    /**
     * Merges another accumulator's users and features.
     *
     * @param other an accumulator with the same period and zone, not null
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the periods or zones differ; this accumulator is then
     *     unchanged
     */
    @Override
    public FeatureAdoption combine(FeatureAdoption other) {
        Objects.requireNonNull(other, "other must not be null");
        ActiveUsers.checkCompatible(period, zone, other.period, other.zone);
        for (Map.Entry<String, HashMap<String, HashSet<String>>> account : other.features.entrySet()) {
            HashMap<String, HashSet<String>> mine = features.computeIfAbsent(account.getKey(), k -> new HashMap<>());
            for (Map.Entry<String, HashSet<String>> user : account.getValue().entrySet()) {
                mine.computeIfAbsent(user.getKey(), k -> new HashSet<>()).addAll(user.getValue());
            }
        }
        return this;
    }

    /**
     * Returns the accounts with any event in the period.
     *
     * @return the account identifiers, sorted
     */
    public SortedSet<String> activeAccounts() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(features.keySet()));
    }

    /**
     * Returns the number of distinct users with any event in the period.
     *
     * @return the active users
     */
    public long activeUsers() {
        long n = 0;
        for (HashMap<String, HashSet<String>> users : features.values()) {
            n += users.size();
        }
        return n;
    }

    /**
     * Returns every feature named by an event in the period.
     *
     * @return the features, sorted
     */
    public SortedSet<String> features() {
        SortedSet<String> all = new TreeSet<>();
        for (HashMap<String, HashSet<String>> users : features.values()) {
            for (HashSet<String> used : users.values()) {
                all.addAll(used);
            }
        }
        return Collections.unmodifiableSortedSet(all);
    }

    private boolean accountUsed(String account, String feature) {
        HashMap<String, HashSet<String>> users = features.get(account);
        if (users != null) {
            for (HashSet<String> used : users.values()) {
                if (used.contains(feature)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String checkFeature(String feature) {
        return UsageEvent.checkId(feature, "feature");
    }

    private static Set<String> checkAccounts(Collection<String> accounts) {
        Objects.requireNonNull(accounts, "accounts must not be null");
        Set<String> set = new HashSet<>();
        for (String a : accounts) {
            set.add(Objects.requireNonNull(a, "accounts must not contain null"));
        }
        return set;
    }

    /**
     * Returns account adoption of a feature over the accounts active in the period.
     *
     * @param feature the feature, not blank
     * @return adopting accounts over active accounts; undefined rate when no account was active
     * @throws NullPointerException if {@code feature} is null
     * @throws IllegalArgumentException if {@code feature} is blank
     */
    public Adoption accountAdoption(String feature) {
        return accountAdoption(feature, features.keySet());
    }

    /**
     * Returns account adoption of a feature over a given population of accounts, e.g. all paying
     * customers; accounts without events count as non-adopters, adopters outside the population
     * are not counted.
     *
     * @param feature the feature, not blank
     * @param accounts the population, not null, no null element; duplicates count once
     * @return adopting accounts of the population over the population
     * @throws NullPointerException if an argument or an account is null
     * @throws IllegalArgumentException if {@code feature} is blank
     */
    public Adoption accountAdoption(String feature, Collection<String> accounts) {
        checkFeature(feature);
        Set<String> population = checkAccounts(accounts);
        long adopters = 0;
        for (String a : population) {
            if (accountUsed(a, feature)) {
                adopters++;
            }
        }
        return new Adoption(feature, adopters, population.size());
    }

    /**
     * Returns user adoption of a feature over the users active in the period.
     *
     * @param feature the feature, not blank
     * @return adopting users over active users; undefined rate when no user was active
     * @throws NullPointerException if {@code feature} is null
     * @throws IllegalArgumentException if {@code feature} is blank
     */
    public Adoption userAdoption(String feature) {
        checkFeature(feature);
        long adopters = 0;
        for (HashMap<String, HashSet<String>> users : features.values()) {
            for (HashSet<String> used : users.values()) {
                if (used.contains(feature)) {
                    adopters++;
                }
            }
        }
        return new Adoption(feature, adopters, activeUsers());
    }

    /**
     * Returns account adoption of every feature seen, over the accounts active in the period.
     *
     * @return feature to adoption, sorted by feature
     */
    public SortedMap<String, Adoption> accountAdoptionByFeature() {
        SortedMap<String, Adoption> result = new TreeMap<>();
        for (String f : features()) {
            result.put(f, accountAdoption(f));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the active accounts that did not use a feature in the period: the red flag.
     *
     * @param feature the key feature, not blank
     * @return the active accounts without an event naming it, sorted
     * @throws NullPointerException if {@code feature} is null
     * @throws IllegalArgumentException if {@code feature} is blank
     */
    public SortedSet<String> accountsNotUsing(String feature) {
        return accountsNotUsing(feature, features.keySet());
    }

    /**
     * Returns the accounts of a population that did not use a feature in the period, including
     * those with no events at all.
     *
     * @param feature the key feature, not blank
     * @param accounts the population, e.g. all paying customers, not null, no null element
     * @return the accounts of the population without an event naming it, sorted
     * @throws NullPointerException if an argument or an account is null
     * @throws IllegalArgumentException if {@code feature} is blank
     */
    public SortedSet<String> accountsNotUsing(String feature, Collection<String> accounts) {
        checkFeature(feature);
        SortedSet<String> result = new TreeSet<>();
        for (String a : checkAccounts(accounts)) {
            if (!accountUsed(a, feature)) {
                result.add(a);
            }
        }
        return Collections.unmodifiableSortedSet(result);
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
            java.util.Objects.requireNonNull(period, "period must not be null");
            java.util.Objects.requireNonNull(zone, "zone must not be null");
            java.util.Objects.requireNonNull(features, "features must not be null").forEach((f, accounts) -> java.util.Objects.requireNonNull(accounts, "accounts of " + f + " must not be null")
                    .forEach((a, users) -> java.util.Objects.requireNonNull(users, "users of " + a + " must not be null")));
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid FeatureAdoption: " + e.getMessage())
                    .initCause(e);
        }
    }
}
