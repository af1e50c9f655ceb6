package io.csmetrics.goals;

import java.io.Serializable;
import java.util.Objects;

/**
 * One capability of a {@link MaturityModel} checklist: what an organisation must do to be at a
 * {@link MaturityLevel}.
 *
 * @param id a short stable identifier, e.g. {@code "health-score-defined"}, not blank
 * @param level the level the capability belongs to, above {@link MaturityLevel#INITIAL}
 * @param description what it means, not blank
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Capability(String id, MaturityLevel level, String description) implements Serializable {

    /**
     * Validates the capability.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank or the level is {@link MaturityLevel#INITIAL}
     */
    public Capability {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(description, "description must not be null");
        if (id.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("id and description must not be blank: '" + id + "', '"
                    + description + "'");
        }
        if (level == MaturityLevel.INITIAL) {
            throw new IllegalArgumentException("capability '" + id
                    + "': level must be MANAGED or above (every organisation is at least INITIAL)");
        }
    }
}
