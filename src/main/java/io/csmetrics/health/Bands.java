package io.csmetrics.health;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The bands a health score is shown in: contiguous {@link Band}s covering 0..100 in whole points,
 * ordered from worst to best.
 *
 * <p>The default is {@link #RED_YELLOW_GREEN}: red 0–50, yellow 51–75, green 76–100 (the common
 * CS-platform convention). {@link #grades()} gives letter grades. A score is banded by its
 * displayed value, i.e. rounded half-up to a whole point, so 50.4 is red and 50.5 yellow; without
 * that rule a double such as 50.7 would fall in the gap between "0–50" and "51–75".
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Bands implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Red 0–50, yellow 51–75, green 76–100. */
    public static final Bands RED_YELLOW_GREEN = of(Band.of("red", 0, 50), Band.of("yellow", 51, 75),
            Band.of("green", 76, 100));

    private final List<Band> bands;

    private Bands(List<Band> bands) {
        this.bands = bands;
    }

    /**
     * Returns bands from worst to best.
     *
     * <p>Example: {@code Bands.of(Band.of("poor", 0, 39), Band.of("average", 40, 69), Band.of("good", 70, 100))}.
     *
     * @param bands the bands, ascending, not null
     * @return the bands
     * @throws NullPointerException if the array or a band is null
     * @throws IllegalArgumentException if there is no band, the first does not start at 0, the
     *     last does not end at 100, two bands overlap or leave a gap, or two share a name
     */
    public static Bands of(Band... bands) {
        Objects.requireNonNull(bands, "bands must not be null");
        for (Band b : bands) {
            Objects.requireNonNull(b, "bands must not contain null");
        }
        List<Band> list = List.of(bands);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("bands must contain at least one band");
        }
        if (list.get(0).from() != 0) {
            throw new IllegalArgumentException("the first band must start at 0: " + list.get(0));
        }
        if (list.get(list.size() - 1).to() != 100) {
            throw new IllegalArgumentException("the last band must end at 100: " + list.get(list.size() - 1));
        }
        for (int i = 1; i < list.size(); i++) {
            Band prev = list.get(i - 1);
            Band cur = list.get(i);
            if (cur.from() <= prev.to()) {
                throw new IllegalArgumentException("bands overlap: " + prev + " and " + cur);
            }
            if (cur.from() > prev.to() + 1) {
                throw new IllegalArgumentException("bands leave a gap: " + prev + " and " + cur + " (scores "
                        + (prev.to() + 1) + ".." + (cur.from() - 1) + " have no band)");
            }
            for (int j = 0; j < i; j++) {
                if (list.get(j).name().equals(cur.name())) {
                    throw new IllegalArgumentException("band names must be distinct: " + cur.name());
                }
            }
        }
        return new Bands(list);
    }

    /**
     * Returns letter grades: F 0–59, D 60–69, C 70–79, B 80–89, A 90–100.
     *
     * @return the grades
     */
    public static Bands grades() {
        return of(Band.of("F", 0, 59), Band.of("D", 60, 69), Band.of("C", 70, 79), Band.of("B", 80, 89),
                Band.of("A", 90, 100));
    }

    /**
     * Returns the bands, worst first.
     *
     * @return an unmodifiable list
     */
    public List<Band> bands() {
        return bands;
    }

    /**
     * Returns the band of a score, by its displayed value (rounded half-up to a whole point).
     *
     * @param score the score, within 0..100
     * @return the band
     * @throws IllegalArgumentException if the score is NaN or outside 0..100
     */
    public Band bandOf(double score) {
        int displayed = displayed(score);
        for (Band b : bands) {
            if (b.contains(displayed)) {
                return b;
            }
        }
        throw new AssertionError("bands cover 0..100");
    }

    /**
     * Returns the position of a band, 0 for the worst.
     *
     * @param band one of these bands, not null
     * @return its index
     * @throws IllegalArgumentException if the band is not one of these
     */
    public int rank(Band band) {
        int i = bands.indexOf(Objects.requireNonNull(band, "band must not be null"));
        if (i < 0) {
            throw new IllegalArgumentException("band " + band + " is not one of " + bands);
        }
        return i;
    }

    static int displayed(double score) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be within 0..100: " + score);
        }
        return (int) Math.floor(score + 0.5);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Bands b && bands.equals(b.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return bands.toString();
    }

    /**
     * Re-checks a deserialised Bands through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(Objects.requireNonNull(bands, "bands must not be null").toArray(new Band[0]));
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Bands: " + e.getMessage())
                    .initCause(e);
        }
    }
}
