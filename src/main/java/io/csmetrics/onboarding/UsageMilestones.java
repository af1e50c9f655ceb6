package io.csmetrics.onboarding;

import io.csmetrics.Accumulator;
import io.csmetrics.usage.UsageEvent;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Onboarding milestones derived from usage events: the first use of each configured key feature
 * marks its milestone (the documents' "first report created", "first integration connected").
 *
 * <p>The configuration maps a feature (as in {@link UsageEvent#feature()}) to the milestone it
 * marks. Each event of a configured feature lowers that account's milestone day to the event's day
 * in the given time zone; events without a feature, or of other features, are ignored. The result
 * is the first-use day per account and milestone, and the {@link OnboardingRecord}s built from it
 * for the accounts asked about.
 *
 * <p>Example: features {@code sso → "sso"} and {@code report → "first-report"}; events of A using
 * {@code report} on 03-09 and 03-05 and {@code sso} on 03-02: milestones sso 03-02, first-report
 * 03-05. A use before the contract start (a trial) counts on the contract start day, day 0.
 *
 * @implSpec This class is mutable and not thread-safe; see {@link Accumulator}.
 * @since 0.1.0
 */
public final class UsageMilestones implements Accumulator<UsageEvent, UsageMilestones> {

    private static final long serialVersionUID = 1L;

    private final TreeMap<String, String> milestoneOf;
    private final ZoneId zone;
    private final TreeMap<String, TreeMap<String, LocalDate>> firstUse = new TreeMap<>();

    private UsageMilestones(TreeMap<String, String> milestoneOf, ZoneId zone) {
        this.milestoneOf = milestoneOf;
        this.zone = zone;
    }

    /**
     * Returns an empty accumulator.
     *
     * @param milestoneByFeature each key feature and the milestone its first use marks, not empty;
     *     names not blank; copied
     * @param zone the zone that turns event instants into days, not null
     * @return the accumulator
     * @throws NullPointerException if an argument, a feature or a milestone is null
     * @throws IllegalArgumentException if the map is empty or a name is blank
     */
    public static UsageMilestones create(Map<String, String> milestoneByFeature, ZoneId zone) {
        Objects.requireNonNull(milestoneByFeature, "milestoneByFeature must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        if (milestoneByFeature.isEmpty()) {
            throw new IllegalArgumentException("milestoneByFeature must not be empty");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        milestoneByFeature.forEach((f, m) -> {
            Objects.requireNonNull(f, "milestoneByFeature must not contain a null feature");
            if (f.isBlank()) {
                throw new IllegalArgumentException("milestoneByFeature must not contain a blank feature: '" + f + "'");
            }
            copy.put(f, OnboardingDefinition.checkName(m, "milestoneByFeature"));
        });
        return new UsageMilestones(copy, zone);
    }

    /**
     * Returns a collector into an accumulator.
     *
     * @param milestoneByFeature each key feature and its milestone, as for {@link #create}
     * @param zone the zone, not null
     * @return the collector
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as for {@link #create}
     */
    public static Collector<UsageEvent, UsageMilestones, UsageMilestones> collector(
            Map<String, String> milestoneByFeature, ZoneId zone) {
        UsageMilestones template = create(milestoneByFeature, zone);
        return Accumulator.collector(() -> new UsageMilestones(template.milestoneOf, template.zone), a -> a);
    }

    /**
     * Adds an event; events without a configured feature change nothing.
     *
     * @param event the event, not null
     * @throws NullPointerException if {@code event} is null
     */
    @Override
    public void accept(UsageEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        String feature = event.feature().orElse(null);
        String milestone = feature == null ? null : milestoneOf.get(feature);
        if (milestone == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(event.timestamp(), zone);
        firstUse.computeIfAbsent(event.accountId(), k -> new TreeMap<>()).merge(milestone, day,
                (a, b) -> a.isBefore(b) ? a : b);
    }

    /**
     * Merges another accumulator with the same configuration and zone.
     *
     * @param other the other accumulator, not null, not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the configuration or zone differ; nothing is then changed
     */
    @Override
    public UsageMilestones combine(UsageMilestones other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!milestoneOf.equals(other.milestoneOf) || !zone.equals(other.zone)) {
            throw new IllegalArgumentException("cannot combine " + milestoneOf + " in " + zone + " with "
                    + other.milestoneOf + " in " + other.zone);
        }
        other.firstUse.forEach((a, m) -> {
            TreeMap<String, LocalDate> into = firstUse.computeIfAbsent(a, k -> new TreeMap<>());
            m.forEach((k, d) -> into.merge(k, d, (x, y) -> x.isBefore(y) ? x : y));
        });
        return this;
    }

    /**
     * Returns the first-use day of each milestone an account reached.
     *
     * @param accountId the account, not null
     * @return milestone → day, sorted, unmodifiable; empty if it used no key feature
     * @throws NullPointerException if {@code accountId} is null
     */
    public SortedMap<String, LocalDate> milestones(String accountId) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        return Collections.unmodifiableSortedMap(new TreeMap<>(firstUse.getOrDefault(accountId, new TreeMap<>())));
    }

    /**
     * Builds onboarding records for the given accounts; accounts with events but not asked about are
     * left out. A milestone first reached before an account's contract start counts on the start day.
     *
     * @param contractStarts each account's contract start, not null
     * @param attendedSeminar the accounts that attended the onboarding seminar, not null
     * @return one record per account, in account order, unmodifiable
     * @throws NullPointerException if an argument, an account or a day is null
     * @throws IllegalArgumentException if an account id is blank
     */
    public List<OnboardingRecord> records(Map<String, LocalDate> contractStarts, Set<String> attendedSeminar) {
        Objects.requireNonNull(contractStarts, "contractStarts must not be null");
        Objects.requireNonNull(attendedSeminar, "attendedSeminar must not be null");
        List<OnboardingRecord> out = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : new TreeMap<>(contractStarts).entrySet()) {
            LocalDate start = Objects.requireNonNull(e.getValue(), "contract start of " + e.getKey()
                    + " must not be null");
            Map<String, LocalDate> reached = new HashMap<>();
            firstUse.getOrDefault(e.getKey(), new TreeMap<>())
                    .forEach((m, d) -> reached.put(m, d.isBefore(start) ? start : d));
            out.add(OnboardingRecord.of(e.getKey(), start, reached, attendedSeminar.contains(e.getKey())));
        }
        return List.copyOf(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (milestoneOf == null || milestoneOf.isEmpty() || zone == null || firstUse == null) {
            throw new InvalidObjectException("UsageMilestones: missing configuration or state");
        }
        for (TreeMap<String, LocalDate> m : firstUse.values()) {
            if (m == null || !milestoneOf.values().containsAll(m.keySet()) || m.containsValue(null)) {
                throw new InvalidObjectException("UsageMilestones: milestones not in the configuration " + milestoneOf);
            }
        }
    }

    @Override
    public String toString() {
        return "UsageMilestones{features=" + milestoneOf + ", zone=" + zone + ", accounts=" + firstUse.size() + "}";
    }
}
