package io.csmetrics.usage;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One product-usage event: an account's user did something at an instant, optionally with a named
 * feature.
 *
 * <p>A user is identified by the pair (account, user): the same user id in two accounts is two
 * users. Events without a feature still count as activity (logins, page views); events with one
 * also count towards that feature's adoption.
 *
 * <p>Example: {@code UsageEvent.of("acme", "u17", Instant.parse("2024-03-05T09:15:00Z"), "reports")}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class UsageEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String userId;
    private final Instant timestamp;
    private final String feature;

    private UsageEvent(String accountId, String userId, Instant timestamp, String feature) {
        this.accountId = accountId;
        this.userId = userId;
        this.timestamp = timestamp;
        this.feature = feature;
    }

    /**
     * Returns an event without a feature.
     *
     * @param accountId the account, not blank
     * @param userId the user within the account, not blank
     * @param timestamp when it happened, not null
     * @return the event
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an identifier is blank
     */
    public static UsageEvent of(String accountId, String userId, Instant timestamp) {
        return create(accountId, userId, timestamp, null);
    }

    /**
     * Returns an event with a feature.
     *
     * @param accountId the account, not blank
     * @param userId the user within the account, not blank
     * @param timestamp when it happened, not null
     * @param feature the feature used, not blank
     * @return the event
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an identifier or the feature is blank
     */
    public static UsageEvent of(String accountId, String userId, Instant timestamp, String feature) {
        Objects.requireNonNull(feature, "feature must not be null");
        return create(accountId, userId, timestamp, feature);
    }

    private static UsageEvent create(String accountId, String userId, Instant timestamp, String feature) {
        checkId(accountId, "accountId");
        checkId(userId, "userId");
        Objects.requireNonNull(timestamp, "timestamp must not be null");
        if (feature != null) {
            checkId(feature, "feature");
        }
        return new UsageEvent(accountId, userId, timestamp, feature);
    }

    static String checkId(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
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
     * Returns the user within the account.
     *
     * @return the user identifier
     */
    public String userId() {
        return userId;
    }

    /**
     * Returns when the event happened.
     *
     * @return the instant
     */
    public Instant timestamp() {
        return timestamp;
    }

    /**
     * Returns the feature used.
     *
     * @return the feature, or empty for an event without one
     */
    public Optional<String> feature() {
        return Optional.ofNullable(feature);
    }

    String featureOrNull() {
        return feature;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UsageEvent && ((UsageEvent) obj).accountId.equals(accountId)
                && ((UsageEvent) obj).userId.equals(userId) && ((UsageEvent) obj).timestamp.equals(timestamp)
                && Objects.equals(((UsageEvent) obj).feature, feature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, userId, timestamp, feature);
    }

    /**
     * Returns a readable form, e.g. {@code UsageEvent{acme/u17 at 2024-03-05T09:15:00Z, feature=reports}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "UsageEvent{" + accountId + "/" + userId + " at " + timestamp
                + (feature == null ? "" : ", feature=" + feature) + "}";
    }

    /**
     * Re-checks a deserialised UsageEvent through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return feature == null ? of(accountId, userId, timestamp) : of(accountId, userId, timestamp, feature);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid UsageEvent: " + e.getMessage())
                    .initCause(e);
        }
    }
}
