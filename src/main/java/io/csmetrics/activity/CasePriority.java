package io.csmetrics.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The priority of a support case, lowest first.
 *
 * @since 0.1.0
 */
public enum CasePriority {
    /** Low priority. */
    LOW,
    /** Normal priority. */
    NORMAL,
    /** High priority. */
    HIGH,
    /** Urgent: the customer cannot work. */
    URGENT;

    /**
     * Reads a priority by name, ignoring case ({@code "high"}).
     *
     * @param text the name, not null
     * @return the priority
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if no priority has that name; the message lists them
     */
    public static CasePriority parse(String text) {
        Objects.requireNonNull(text, "priority must not be null");
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (CasePriority p : values()) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown case priority '" + text + "' (valid priorities: "
                + Arrays.toString(values()) + ")");
    }
}
