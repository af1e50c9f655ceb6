package io.csmetrics.satisfaction;

/**
 * How a confidence interval (and a two-sample test) for the Net Promoter Score is computed.
 *
 * <p>Both methods treat each respondent as one draw from a trinomial distribution coded +1
 * (promoter), 0 (passive) and −1 (detractor), whose mean is the NPS on the −1..1 scale. With
 * promoter count {@code P}, detractor count {@code D} and {@code n} responses, after adding
 * {@code a} pseudo-responses to the promoters and the detractors and {@code 2a} to the passives:
 *
 * <pre>
 * n'  = n + 4a
 * p_P = (P + a) / n'          p_D = (D + a) / n'
 * NPS' = p_P − p_D                                  (the interval's centre, −1..1)
 * var  = p_P + p_D − (p_P − p_D)²                   (per-respondent variance, 0..1)
 * SE   = sqrt(var / n')                             (−1..1 scale; × 100 for NPS points)
 * interval = NPS' ± z · SE,  z the two-sided standard normal critical value
 * </pre>
 *
 * truncated to the NPS range −100..100.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum NpsIntervalMethod {

    /**
     * The plain Wald interval: {@code a = 0}, centred on the observed NPS. Exact variance from the
     * counts; its coverage is poor for small samples or extreme mixes (a sample of only promoters
     * has standard error 0), Rocks (2016).
     */
    WALD(0.0),

    /**
     * The adjusted-Wald interval: {@code a = 3/4}, i.e. add 3 to {@code n}, ¾ to the promoters and ¾
     * to the detractors (so 1½ to the passives). Centred on the adjusted estimate, which is pulled
     * slightly towards 0, so the interval can exclude the observed NPS: at 95 % only for a single
     * response (one promoter: observed 100, adjusted centre 25, interval −48.5..98.5; checked
     * exhaustively for every mix of 2 to 400 responses), at lower confidence also for larger samples
     * of extreme mixes. Rocks, B. (2016),
     * "Interval Estimation for the 'Net Promoter Score'", <i>The American Statistician</i> 70(4),
     * 365–372, found it the best-performing method; Lewis &amp; Sauro, "Confidence Intervals for Net
     * Promoter Scores" and "Evaluating NPS Confidence Intervals with Real-World Data" (MeasuringU,
     * 2020–2021) confirm it on real data and use it for comparing two NPS ("How to Statistically
     * Compare Two Net Promoter Scores"). The recommended default.
     */
    ADJUSTED_WALD(0.75);

    private final double pseudoCount;

    NpsIntervalMethod(double pseudoCount) {
        this.pseudoCount = pseudoCount;
    }

    /**
     * Returns the pseudo-count {@code a} added to the promoters and to the detractors.
     *
     * @return 0 for {@link #WALD}, 0.75 for {@link #ADJUSTED_WALD}
     */
    public double pseudoCount() {
        return pseudoCount;
    }

    /** The effective sample size n' = n + 4a. */
    double effectiveSize(NpsResult r) {
        return r.responses() + 4 * pseudoCount;
    }

    /** The centre NPS' on the −1..1 scale. */
    double centre(NpsResult r) {
        if (this == WALD) {
            return r.net().toDouble();
        }
        return (r.promoters() - r.detractors()) / effectiveSize(r);
    }

    /** The per-respondent variance on the −1..1 scale. */
    double variance(NpsResult r) {
        if (this == WALD) {
            return r.variance().toDouble();
        }
        double size = effectiveSize(r);
        double pP = (r.promoters() + pseudoCount) / size;
        double pD = (r.detractors() + pseudoCount) / size;
        double diff = pP - pD;
        return pP + pD - diff * diff;
    }

    /** The standard error on the −1..1 scale. */
    double standardError(NpsResult r) {
        return Math.sqrt(variance(r) / effectiveSize(r));
    }
}
