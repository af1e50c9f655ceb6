package io.csmetrics.satisfaction;

/**
 * The three groups the Net Promoter Score sorts a 0–10 likelihood-to-recommend answer into.
 *
 * <p>Definition (Reichheld 2003, "The One Number You Need to Grow", Harvard Business Review; the
 * specification documents' definition): answers 9 and 10 are promoters, 7 and 8 passives, 0 to 6
 * detractors. The NPS is the percentage of promoters minus the percentage of detractors; passives
 * count in the denominator only.
 *
 * <p>Example: {@code NpsCategory.of(8)} is {@link #PASSIVE}, {@code NpsCategory.of(6)} is
 * {@link #DETRACTOR}.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum NpsCategory {

    /** Scores 0 to 6: unhappy customers who may damage the brand. Count −1 in the per-respondent coding. */
    DETRACTOR(0, 6, -1),
    /** Scores 7 and 8: satisfied but unenthusiastic. Count 0 in the per-respondent coding. */
    PASSIVE(7, 8, 0),
    /** Scores 9 and 10: loyal enthusiasts who refer others. Count +1 in the per-respondent coding. */
    PROMOTER(9, 10, 1);

    /** The lowest valid likelihood-to-recommend score. */
    public static final int MIN_SCORE = 0;
    /** The highest valid likelihood-to-recommend score. */
    public static final int MAX_SCORE = 10;

    private final int lowestScore;
    private final int highestScore;
    private final int weight;

    NpsCategory(int lowestScore, int highestScore, int weight) {
        this.lowestScore = lowestScore;
        this.highestScore = highestScore;
        this.weight = weight;
    }

    /**
     * Returns the category of a 0–10 score.
     *
     * @param score the likelihood-to-recommend answer, 0 to 10
     * @return {@link #PROMOTER} for 9–10, {@link #PASSIVE} for 7–8, {@link #DETRACTOR} for 0–6
     * @throws IllegalArgumentException if {@code score} is outside 0..10
     */
    public static NpsCategory of(int score) {
        checkScore(score);
        return score >= PROMOTER.lowestScore ? PROMOTER : score >= PASSIVE.lowestScore ? PASSIVE : DETRACTOR;
    }

    static int checkScore(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException(
                    "Invalid value for NPS score (valid values " + MIN_SCORE + " - " + MAX_SCORE + "): " + score);
        }
        return score;
    }

    /**
     * Returns the lowest score of this category, e.g. 9 for {@link #PROMOTER}.
     *
     * @return the lowest score, inclusive
     */
    public int lowestScore() {
        return lowestScore;
    }

    /**
     * Returns the highest score of this category, e.g. 10 for {@link #PROMOTER}.
     *
     * @return the highest score, inclusive
     */
    public int highestScore() {
        return highestScore;
    }

    /**
     * Returns the respondent's value in the trinomial coding whose mean is the NPS on the −1..1
     * scale: +1 for a promoter, 0 for a passive, −1 for a detractor.
     *
     * @return −1, 0 or +1
     */
    public int weight() {
        return weight;
    }
}
