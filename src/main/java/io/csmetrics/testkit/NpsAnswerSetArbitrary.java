package io.csmetrics.testkit;

import io.csmetrics.satisfaction.NpsResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates sets of NPS answers from distinct respondents {@code "r-1"}, {@code "r-2"}, ...: by
 * default 0 to 50 answers (the empty survey included), every score equally likely.
 *
 * <p>The promoter/passive/detractor mix is chosen either as weights, {@link #mix(int, int, int)},
 * or as exact counts, {@link #counts(int, int, int)} (the answers then come in a drawn order, not
 * grouped by category). A failing property shrinks to the fewest answers, and within a category
 * to its lowest score.
 *
 * <p>Example: {@code CsArbitraries.npsAnswerSets().counts(50, 30, 20)} always has NPS +30.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class NpsAnswerSetArbitrary extends ArbitraryDecorator<List<NpsResponse>> {

    private final NpsResponseArbitrary answers;
    private final int minSize;
    private final int maxSize;
    private final int[] counts;

    NpsAnswerSetArbitrary() {
        this(new NpsResponseArbitrary(), 0, 50, null);
    }

    private NpsAnswerSetArbitrary(NpsResponseArbitrary answers, int minSize, int maxSize, int[] counts) {
        this.answers = answers;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.counts = counts;
    }

    /**
     * Returns an arbitrary of sets of {@code min} to {@code max} answers, inclusive, with the
     * category weights of this arbitrary.
     *
     * @param min the fewest answers, not negative
     * @param max the most answers, not below {@code min}, at most 100,000
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 100000}
     */
    public NpsAnswerSetArbitrary ofSize(int min, int max) {
        if (min < 0 || min > max || max > 100_000) {
            throw new IllegalArgumentException("size range (valid: 0 <= min <= max <= 100000): [" + min + ", " + max
                    + "]");
        }
        return new NpsAnswerSetArbitrary(answers, min, max, null);
    }

    /**
     * Returns an arbitrary whose answers' categories are drawn with the given weights, as
     * {@link NpsResponseArbitrary#mix(int, int, int)}.
     *
     * @param promoters the weight of promoters, not negative
     * @param passives the weight of passives, not negative
     * @param detractors the weight of detractors, not negative
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if a weight is negative or all are zero
     */
    public NpsAnswerSetArbitrary mix(int promoters, int passives, int detractors) {
        return new NpsAnswerSetArbitrary(answers.mix(promoters, passives, detractors), minSize, maxSize, null);
    }

    /**
     * Returns an arbitrary of sets with exactly these numbers of promoters, passives and
     * detractors; only the scores within each category and the order vary.
     *
     * @param promoters the number of promoters, not negative
     * @param passives the number of passives, not negative
     * @param detractors the number of detractors, not negative
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if a count is negative or the total exceeds 100,000
     */
    public NpsAnswerSetArbitrary counts(int promoters, int passives, int detractors) {
        if (promoters < 0 || passives < 0 || detractors < 0 || (long) promoters + passives + detractors > 100_000) {
            throw new IllegalArgumentException("counts (valid: none negative, total at most 100000): promoters "
                    + promoters + ", passives " + passives + ", detractors " + detractors);
        }
        return new NpsAnswerSetArbitrary(answers, minSize, maxSize, new int[] {promoters, passives, detractors});
    }

    /**
     * Returns an arbitrary whose answers are dated and attributed to accounts, as
     * {@link NpsResponseArbitrary#dated(LocalDate, LocalDate, int)}.
     *
     * @param first the earliest day, not null
     * @param last the latest day, not before {@code first}
     * @param accountCount the number of distinct accounts, at least 1
     * @return the reconfigured arbitrary
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code last} is before {@code first} or {@code accountCount < 1}
     */
    public NpsAnswerSetArbitrary dated(LocalDate first, LocalDate last, int accountCount) {
        return new NpsAnswerSetArbitrary(answers.dated(first, last, accountCount), minSize, maxSize, counts);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of answer sets
     */
    @Override
    protected Arbitrary<List<NpsResponse>> arbitrary() {
        // The respondent id is fixed after generation (by position), so a placeholder is drawn here.
        Arbitrary<String> placeholder = Arbitraries.just("r-0");
        if (counts == null) {
            return answers.answer(answers.mix().scores(), placeholder).list().ofMinSize(minSize).ofMaxSize(maxSize)
                    .map(NpsAnswerSetArbitrary::numbered);
        }
        Arbitrary<List<NpsResponse>> p = answers.answer(NpsMix.promoterScores(), placeholder).list().ofSize(counts[0]);
        Arbitrary<List<NpsResponse>> pa = answers.answer(NpsMix.passiveScores(), placeholder).list().ofSize(counts[1]);
        Arbitrary<List<NpsResponse>> d = answers.answer(NpsMix.detractorScores(), placeholder).list().ofSize(counts[2]);
        return Combinators.combine(p, pa, d, Arbitraries.longs()).as((ps, pas, ds, seed) -> {
            List<NpsResponse> all = new ArrayList<>(ps);
            all.addAll(pas);
            all.addAll(ds);
            Collections.shuffle(all, new Random(seed));
            return numbered(all);
        });
    }

    private static List<NpsResponse> numbered(List<NpsResponse> raw) {
        List<NpsResponse> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            NpsResponse r = raw.get(i);
            String id = "r-" + (i + 1);
            out.add(r.accountId().isPresent()
                    ? NpsResponse.of(id, r.score(), r.accountId().get(), r.date().orElseThrow())
                    : NpsResponse.of(id, r.score()));
        }
        return List.copyOf(out);
    }
}
