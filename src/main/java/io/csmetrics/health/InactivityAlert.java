package io.csmetrics.health;

import io.csmetrics.usage.LastActivity;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The documents' "inactive for N days" alert: no login and no key-feature use in the last N days.
 *
 * <p>With the window of the last N days as of {@code asOf} being {@code asOf − N < date <= asOf},
 * the alert fires when the last login and every key feature's last use are all before the window
 * (or never happened). The result is an {@link AlertRule} bound to the account's last activity, so it
 * runs with the other rules through {@link AlertRule#evaluate}.
 *
 * <p>Example: {@code InactivityAlert.ofDays(30).rule(Optional.of(2024-05-01), Map.of("reports",
 * 2024-04-20))} as of 2024-06-15 fires "no login or key-feature use in the last 30 days (last login
 * 2024-05-01, last key-feature use 2024-04-20 (reports))"; as of 2024-05-30 it does not.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class InactivityAlert {

    /** The alert's rule name. */
    public static final String NAME = "inactive";

    private final int days;

    private InactivityAlert(int days) {
        this.days = days;
    }

    /**
     * Returns the alert for a window of {@code days} days.
     *
     * @param days the window, positive
     * @return the alert
     * @throws IllegalArgumentException if {@code days} is not positive
     */
    public static InactivityAlert ofDays(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        return new InactivityAlert(days);
    }

    /**
     * Returns the window.
     *
     * @return the days, positive
     */
    public int days() {
        return days;
    }

    /**
     * Returns the rule for one account's last activity; it checks the window as of the context's
     * {@link AlertContext#asOf()}.
     *
     * @param lastLogin the account's last login day, empty if it never logged in; not null
     * @param lastKeyFeatureUse each key feature's last use day, copied; features never used are
     *     absent; not null
     * @return the rule, named {@value #NAME}; it throws {@link IllegalArgumentException} if a day is
     *     after the context's {@code asOf}
     * @throws NullPointerException if an argument, a feature or a day is null
     */
    public AlertRule rule(Optional<LocalDate> lastLogin, Map<String, LocalDate> lastKeyFeatureUse) {
        Objects.requireNonNull(lastLogin, "lastLogin must not be null");
        Objects.requireNonNull(lastKeyFeatureUse, "lastKeyFeatureUse must not be null");
        TreeMap<String, LocalDate> uses = new TreeMap<>();
        lastKeyFeatureUse.forEach((f, d) -> uses.put(Objects.requireNonNull(f, "feature must not be null"),
                Objects.requireNonNull(d, "last use of '" + f + "' must not be null")));
        return ctx -> check(ctx.asOf(), lastLogin, uses);
    }

    /**
     * Returns the rule for one account from usage events: its last login is its last event without a
     * feature, and only the given key features' uses count (other features' uses are neither).
     *
     * @param activity the accounts' last activity, not null
     * @param accountId the account, not null
     * @param keyFeatures the key features, not null
     * @return the rule, named {@value #NAME}
     * @throws NullPointerException if an argument or a feature is null
     */
    public AlertRule rule(LastActivity activity, String accountId, Set<String> keyFeatures) {
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(keyFeatures, "keyFeatures must not be null");
        if (keyFeatures.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("keyFeatures must not contain null");
        }
        Map<String, LocalDate> uses = new TreeMap<>(activity.lastFeatureUse(accountId));
        uses.keySet().retainAll(Set.copyOf(keyFeatures));
        return rule(activity.lastLogin(accountId), uses);
    }

    /**
     * Checks the alert directly.
     *
     * @param asOf the day of the check, not null
     * @param lastLogin the last login day, empty if never; not null
     * @param lastKeyFeatureUse each key feature's last use day; not null
     * @return the alert if the account was inactive for the whole window, else empty
     * @throws NullPointerException if an argument, a feature or a day is null
     * @throws IllegalArgumentException if a day is after {@code asOf}
     */
    public Optional<Alert> check(LocalDate asOf, Optional<LocalDate> lastLogin, Map<String, LocalDate> lastKeyFeatureUse) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(lastLogin, "lastLogin must not be null");
        Objects.requireNonNull(lastKeyFeatureUse, "lastKeyFeatureUse must not be null");
        LocalDate windowStart = asOf.minusDays(days - 1L);
        if (lastLogin.isPresent() && lastLogin.get().isAfter(asOf)) {
            throw new IllegalArgumentException("lastLogin (" + lastLogin.get() + ") is after asOf (" + asOf + ")");
        }
        String lastFeature = null;
        LocalDate lastUse = null;
        for (Map.Entry<String, LocalDate> e : new TreeMap<>(lastKeyFeatureUse).entrySet()) {
            LocalDate d = Objects.requireNonNull(e.getValue(), "last use of '" + e.getKey() + "' must not be null");
            if (d.isAfter(asOf)) {
                throw new IllegalArgumentException("last use of '" + e.getKey() + "' (" + d + ") is after asOf ("
                        + asOf + ")");
            }
            if (lastUse == null || d.isAfter(lastUse)) {
                lastUse = d;
                lastFeature = e.getKey();
            }
        }
        boolean loggedIn = lastLogin.isPresent() && !lastLogin.get().isBefore(windowStart);
        boolean used = lastUse != null && !lastUse.isBefore(windowStart);
        if (loggedIn || used) {
            return Optional.empty();
        }
        return Optional.of(new Alert(NAME, "no login or key-feature use in the last " + days + " days (last login "
                + lastLogin.map(LocalDate::toString).orElse("never") + ", last key-feature use "
                + (lastUse == null ? "never" : lastUse + " (" + lastFeature + ")") + ")"));
    }

    @Override
    public String toString() {
        return "InactivityAlert{days=" + days + "}";
    }
}
