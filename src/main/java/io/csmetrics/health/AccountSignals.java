package io.csmetrics.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One account's raw health signals at one moment: the input a {@link HealthScoreModel} scores.
 *
 * <p>Each signal is a finite {@code double} keyed by the name of the {@link Measure} that reads it
 * (for example {@code "reports"} → 1 for "key feature used", {@code "logins_trend"} → −0.2). A
 * signal that is absent from the map is <em>missing</em>, and the model's
 * {@link MissingSignalPolicy} decides what that means; {@code NaN} is never a way to say
 * "missing" and is rejected. Signals the model has no measure for are ignored, so one signal set
 * can feed several models. The segment is used by
 * {@linkplain Measure#percentileInSegment(String, Map) percentile-within-segment} measures; it is
 * {@code ""} when the account has none.
 *
 * <p>Example: {@code AccountSignals.of("ACC-1", Map.of("reports", 1.0, "nps", 9.0)).inSegment("smb")}.
 *
 * @param accountId the account's identifier, not blank
 * @param segment the account's segment, not null ({@code ""} for none)
 * @param signals the signals by measure name, unmodifiable, every value finite
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AccountSignals(String accountId, String segment, Map<String, Double> signals) {

    /**
     * Validates and copies the signals.
     *
     * @param accountId the account's identifier, not blank
     * @param segment the segment, not null
     * @param signals the signals, not null, no null keys or values
     * @throws NullPointerException if an argument, a key or a value is null
     * @throws IllegalArgumentException if {@code accountId} is blank or a signal is NaN or infinite
     */
    public AccountSignals {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(segment, "segment must not be null");
        Objects.requireNonNull(signals, "signals must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : signals.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "signal name must not be null");
            Double value = Objects.requireNonNull(e.getValue(), () -> "signal '" + name + "' of account " + accountId
                    + " must not be null (leave it out to mark it missing)");
            copy.put(name, checkFinite(value, name, accountId));
        }
        signals = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the signals of an account with no segment.
     *
     * @param accountId the account's identifier, not blank
     * @param signals the signals by measure name, not null
     * @return the signals
     * @throws NullPointerException if an argument, a key or a value is null
     * @throws IllegalArgumentException if {@code accountId} is blank or a signal is NaN or infinite
     */
    public static AccountSignals of(String accountId, Map<String, Double> signals) {
        return new AccountSignals(accountId, "", signals);
    }

    /**
     * Returns these signals in another segment.
     *
     * @param newSegment the segment, not null
     * @return the signals in that segment; {@code this} if it is already the segment
     * @throws NullPointerException if {@code newSegment} is null
     */
    public AccountSignals inSegment(String newSegment) {
        Objects.requireNonNull(newSegment, "segment must not be null");
        return newSegment.equals(segment) ? this : new AccountSignals(accountId, newSegment, signals);
    }

    /**
     * Returns one signal.
     *
     * @param name the measure name, not null
     * @return the signal, or empty when it is missing
     * @throws NullPointerException if {@code name} is null
     */
    public OptionalDouble signal(String name) {
        Double v = signals.get(Objects.requireNonNull(name, "name must not be null"));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    static double checkFinite(double value, String name, String accountId) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("signal '" + name + "' of account " + accountId
                    + " must be a finite number (leave it out to mark it missing): " + value);
        }
        return value;
    }
}
