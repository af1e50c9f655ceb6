package io.csmetrics.activity;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One account's inputs to the scorecard: who owns it, and its signals by measure name (see
 * {@link ScorecardSignals} for the signals built from the existing families).
 *
 * @param accountId the account, not blank
 * @param csm the owning CSM, not blank
 * @param team the CSM's team, not blank
 * @param signals signal values by measure name, finite, copied; a measure without a signal is
 *     missing
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record ScorecardInput(String accountId, String csm, String team, Map<String, Double> signals) {

    /**
     * Validates the input.
     *
     * @throws NullPointerException if a component, a name or a value is null
     * @throws IllegalArgumentException if a name is blank or a value not finite
     */
    public ScorecardInput {
        accountId = Activity.nonBlank(accountId, "accountId");
        csm = Activity.nonBlank(csm, "csm");
        team = Activity.nonBlank(team, "team");
        Objects.requireNonNull(signals, "signals must not be null");
        TreeMap<String, Double> copy = new TreeMap<>();
        for (Map.Entry<String, Double> e : signals.entrySet()) {
            String name = Activity.nonBlank(e.getKey(), "signal name");
            Double v = Objects.requireNonNull(e.getValue(), "signal '" + name + "' must not be null");
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("signal '" + name + "' of " + accountId + " must be finite: " + v);
            }
            copy.put(name, v);
        }
        signals = Collections.unmodifiableMap(copy);
    }
}
