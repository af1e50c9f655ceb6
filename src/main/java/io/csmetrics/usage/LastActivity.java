package io.csmetrics.usage;

import io.csmetrics.Accumulator;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Each account's last activity day: the last event without a feature (a login or page view) and
 * the last use of each feature, as days in a time zone — the inputs of an inactivity alert
 * ({@code health.InactivityAlert}).
 *
 * <p>Example: A logs in on 03-02 and uses {@code reports} on 03-05 and 03-01: last login 03-02, last
 * use of reports 03-05. An account never seen has no last login and no feature use.
 *
 * @implSpec This class is mutable and not thread-safe; see {@link Accumulator}.
 * @since 0.1.0
 */
public final class LastActivity implements Accumulator<UsageEvent, LastActivity> {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private final TreeMap<String, LocalDate> lastLogin = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, LocalDate>> lastUse = new TreeMap<>();

    private LastActivity(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Returns an empty accumulator.
     *
     * @param zone the zone that turns instants into days, not null
     * @return the accumulator
     * @throws NullPointerException if {@code zone} is null
     */
    public static LastActivity create(ZoneId zone) {
        return new LastActivity(Objects.requireNonNull(zone, "zone must not be null"));
    }

    /**
     * Returns a collector into an accumulator.
     *
     * @param zone the zone, not null
     * @return the collector
     * @throws NullPointerException if {@code zone} is null
     */
    public static Collector<UsageEvent, LastActivity, LastActivity> collector(ZoneId zone) {
        Objects.requireNonNull(zone, "zone must not be null");
        return Accumulator.collector(() -> create(zone), a -> a);
    }

    /**
     * Adds an event.
     *
     * @param event the event, not null
     * @throws NullPointerException if {@code event} is null
     */
    @Override
    public void accept(UsageEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        LocalDate day = LocalDate.ofInstant(event.timestamp(), zone);
        if (event.feature().isEmpty()) {
            lastLogin.merge(event.accountId(), day, LastActivity::later);
        } else {
            lastUse.computeIfAbsent(event.accountId(), k -> new TreeMap<>()).merge(event.feature().get(), day,
                    LastActivity::later);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Merges another accumulator in the same zone.
     *
     * @param other the other accumulator, not null, not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the zones differ; nothing is then changed
     */
    @Override
    public LastActivity combine(LastActivity other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!zone.equals(other.zone)) {
            throw new IllegalArgumentException("cannot combine zone " + zone + " with " + other.zone);
        }
        other.lastLogin.forEach((a, d) -> lastLogin.merge(a, d, LastActivity::later));
        other.lastUse.forEach((a, m) -> {
            TreeMap<String, LocalDate> into = lastUse.computeIfAbsent(a, k -> new TreeMap<>());
            m.forEach((f, d) -> into.merge(f, d, LastActivity::later));
        });
        return this;
    }

    /**
     * Returns an account's last login day (its last event without a feature).
     *
     * @param accountId the account, not null
     * @return the day, empty if none
     * @throws NullPointerException if {@code accountId} is null
     */
    public Optional<LocalDate> lastLogin(String accountId) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        return Optional.ofNullable(lastLogin.get(accountId));
    }

    /**
     * Returns the last use day of each feature an account used.
     *
     * @param accountId the account, not null
     * @return feature → day, sorted, unmodifiable; empty if none
     * @throws NullPointerException if {@code accountId} is null
     */
    public SortedMap<String, LocalDate> lastFeatureUse(String accountId) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        return Collections.unmodifiableSortedMap(new TreeMap<>(lastUse.getOrDefault(accountId, new TreeMap<>())));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (zone == null || lastLogin == null || lastUse == null || lastLogin.containsValue(null)) {
            throw new InvalidObjectException("LastActivity: missing zone or state");
        }
    }

    @Override
    public String toString() {
        return "LastActivity{zone=" + zone + ", accounts with logins=" + lastLogin.size() + "}";
    }
}
