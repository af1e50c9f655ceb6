package io.csmetrics.health;

import java.io.Serializable;
import java.util.Objects;

/**
 * A named range of displayed health scores, such as red 0–50: both bounds inclusive, in whole
 * points (a score is banded by its {@linkplain HealthScore#displayValue() displayed value}).
 *
 * <p>Example: {@code Band.of("yellow", 51, 75)} holds displayed scores 51 to 75.
 *
 * @param name the band's name, not blank
 * @param from the lowest displayed score in the band, 0..100
 * @param to the highest displayed score in the band, {@code from..100}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Band(String name, int from, int to) implements Serializable {

    /**
     * Validates a band.
     *
     * @param name the name, not blank
     * @param from the lowest score, 0..100
     * @param to the highest score, {@code from..100}
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or the bounds are out of range
     */
    public Band {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("band name must not be blank");
        }
        if (from < 0 || to > 100 || from > to) {
            throw new IllegalArgumentException("band " + name + " must satisfy 0 <= from <= to <= 100: from=" + from
                    + ", to=" + to);
        }
    }

    /**
     * Returns a band.
     *
     * @param name the name, not blank
     * @param from the lowest score, 0..100
     * @param to the highest score, {@code from..100}
     * @return the band
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or the bounds are out of range
     */
    public static Band of(String name, int from, int to) {
        return new Band(name, from, to);
    }

    /**
     * Tells whether a displayed score lies in this band.
     *
     * @param displayed a whole-point score
     * @return true if {@code from <= displayed <= to}
     */
    public boolean contains(int displayed) {
        return displayed >= from && displayed <= to;
    }

    @Override
    public String toString() {
        return name + " " + from + "–" + to;
    }
}
