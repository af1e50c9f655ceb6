package io.csmetrics.health;

import java.util.Objects;

/**
 * An alert raised by an {@link AlertRule}: which rule fired and why, in words a CSM can act on.
 *
 * <p>Example: {@code Alert{rule=key-feature-unused, reason="key feature 'reports' unused"}}.
 *
 * @param rule the rule's short name, not blank
 * @param reason why it fired, not blank
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Alert(String rule, String reason) {

    /**
     * Checks the components.
     *
     * @param rule not blank
     * @param reason not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public Alert {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (rule.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("rule and reason must not be blank");
        }
    }

    @Override
    public String toString() {
        return rule + ": " + reason;
    }
}
