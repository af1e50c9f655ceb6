package io.csmetrics.testkit;

import io.csmetrics.satisfaction.NpsResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates single {@link NpsResponse} answers: a respondent {@code "r-1"} to {@code "r-999"} and a
 * score 0 to 10, by default every score equally likely, without account or date.
 *
 * <p>{@link #mix(int, int, int)} weights the categories (promoters 9–10, passives 7–8, detractors
 * 0–6); {@link #dated(LocalDate, LocalDate, int)} adds an account {@code "ACC-n"} and a day. For
 * sets of answers from distinct respondents use {@link CsArbitraries#npsAnswerSets()}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class NpsResponseArbitrary extends ArbitraryDecorator<NpsResponse> {

    private final NpsMix mix;
    private final LocalDate from;
    private final LocalDate to;
    private final int accounts;

    NpsResponseArbitrary() {
        this(new NpsMix(2, 2, 7), null, null, 0);
    }

    private NpsResponseArbitrary(NpsMix mix, LocalDate from, LocalDate to, int accounts) {
        this.mix = mix;
        this.from = from;
        this.to = to;
        this.accounts = accounts;
    }

    /**
     * Returns an arbitrary whose categories are drawn with the given weights, e.g.
     * {@code mix(5, 3, 2)} for about half promoters and a fifth detractors; a zero weight leaves
     * the category out.
     *
     * @param promoters the weight of promoters (9–10), not negative
     * @param passives the weight of passives (7–8), not negative
     * @param detractors the weight of detractors (0–6), not negative
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if a weight is negative or all are zero
     */
    public NpsResponseArbitrary mix(int promoters, int passives, int detractors) {
        return new NpsResponseArbitrary(new NpsMix(promoters, passives, detractors), from, to, accounts);
    }

    /**
     * Returns an arbitrary of answers dated between two days, inclusive, from accounts
     * {@code "ACC-1"} to {@code "ACC-<accounts>"}.
     *
     * @param first the earliest day, not null
     * @param last the latest day, not before {@code first}
     * @param accountCount the number of distinct accounts, at least 1
     * @return the reconfigured arbitrary
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code last} is before {@code first} or {@code accountCount < 1}
     */
    public NpsResponseArbitrary dated(LocalDate first, LocalDate last, int accountCount) {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(last, "last must not be null");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last (" + last + ") must not be before first (" + first + ")");
        }
        if (accountCount < 1) {
            throw new IllegalArgumentException("accountCount must be at least 1: " + accountCount);
        }
        return new NpsResponseArbitrary(mix, first, last, accountCount);
    }

    NpsMix mix() {
        return mix;
    }

    /** Dresses a score as an answer of respondent {@code index}; the date parts are drawn here. */
    Arbitrary<NpsResponse> answer(Arbitrary<Integer> scores, Arbitrary<String> respondents) {
        if (from == null) {
            return Combinators.combine(respondents, scores).as(NpsResponse::of);
        }
        LocalDate start = from;
        Arbitrary<LocalDate> days = Arbitraries.longs().between(0, ChronoUnit.DAYS.between(from, to))
                .map(start::plusDays);
        Arbitrary<String> accountIds = Arbitraries.integers().between(1, accounts).map(i -> "ACC-" + i);
        return Combinators.combine(respondents, scores, accountIds, days).as(NpsResponse::of);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of answers
     */
    @Override
    protected Arbitrary<NpsResponse> arbitrary() {
        return answer(mix.scores(), Arbitraries.integers().between(1, 999).map(i -> "r-" + i));
    }
}
