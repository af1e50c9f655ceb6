package io.csmetrics.satisfaction;

import java.io.Serializable;

/**
 * A customer-satisfaction (CSAT) answer scale and the lowest answer counted as satisfied.
 *
 * <p>The industry default is a 1–5 scale ("very unsatisfied" to "very satisfied") where 4 and 5
 * count as satisfied — the "top-2 box" ({@link #fivePoint()}). Other scales (1–7, 1–10, 0–10) and
 * thresholds (top box only) are configured with {@link #of(int, int, int)} or
 * {@link #topBoxes(int, int, int)}.
 *
 * <p>Example: {@code CsatScale.topBoxes(1, 7, 2)} is the 1–7 scale with 6 and 7 satisfied.
 *
 * @param min the lowest answer
 * @param max the highest answer, greater than {@code min}
 * @param satisfiedFrom the lowest answer counted as satisfied, in {@code min+1..max}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CsatScale(int min, int max, int satisfiedFrom) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final CsatScale FIVE_POINT = new CsatScale(1, 5, 4);

    /**
     * Validates the scale.
     *
     * @param min the lowest answer
     * @param max the highest answer, greater than {@code min}
     * @param satisfiedFrom the lowest satisfied answer, in {@code min+1..max}
     * @throws IllegalArgumentException if {@code max <= min}, the scale has more than 1,001 points,
     *     or {@code satisfiedFrom} is outside {@code min+1..max}
     */
    public CsatScale {
        if (max <= min) {
            throw new IllegalArgumentException("max (" + max + ") must be greater than min (" + min + ")");
        }
        if ((long) max - min > 1000) {
            throw new IllegalArgumentException("a CSAT scale has at most 1001 points: " + min + ".." + max);
        }
        if (satisfiedFrom <= min || satisfiedFrom > max) {
            throw new IllegalArgumentException("Invalid value for satisfiedFrom (valid values " + (min + 1) + " - " + max
                    + "): " + satisfiedFrom);
        }
    }

    /**
     * Returns the default scale: 1–5, satisfied = 4 or 5 (top-2 box).
     *
     * @return the 1–5 top-2-box scale
     */
    public static CsatScale fivePoint() {
        return FIVE_POINT;
    }

    /**
     * Returns a scale with an explicit satisfied threshold.
     *
     * @param min the lowest answer
     * @param max the highest answer
     * @param satisfiedFrom the lowest satisfied answer
     * @return the scale
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public static CsatScale of(int min, int max, int satisfiedFrom) {
        return new CsatScale(min, max, satisfiedFrom);
    }

    /**
     * Returns a scale whose top {@code boxes} answers count as satisfied, e.g. top-2 box on 1–5.
     *
     * @param min the lowest answer
     * @param max the highest answer
     * @param boxes how many of the highest answers count as satisfied, {@code 1..max−min}
     * @return the scale with {@code satisfiedFrom = max − boxes + 1}
     * @throws IllegalArgumentException if {@code boxes} is out of range or the scale is invalid
     */
    public static CsatScale topBoxes(int min, int max, int boxes) {
        if (boxes < 1 || (long) boxes > (long) max - min) {
            throw new IllegalArgumentException("Invalid value for boxes (valid values 1 - " + ((long) max - min) + "): "
                    + boxes);
        }
        return new CsatScale(min, max, max - boxes + 1);
    }

    /**
     * Returns the number of answer points, {@code max − min + 1}.
     *
     * @return the size, e.g. 5
     */
    public int points() {
        return max - min + 1;
    }

    /**
     * Tells whether an answer counts as satisfied.
     *
     * @param score an answer on this scale
     * @return true if {@code score >= satisfiedFrom}
     * @throws IllegalArgumentException if {@code score} is outside {@code min..max}
     */
    public boolean isSatisfied(int score) {
        return check(score) >= satisfiedFrom;
    }

    int check(int score) {
        if (score < min || score > max) {
            throw new IllegalArgumentException("Invalid value for CSAT score (valid values " + min + " - " + max + "): "
                    + score);
        }
        return score;
    }

    @Override
    public String toString() {
        return "CsatScale{" + min + ".." + max + ", satisfied>=" + satisfiedFrom + "}";
    }
}
