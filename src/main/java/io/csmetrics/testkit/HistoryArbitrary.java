package io.csmetrics.testkit;

import io.csmetrics.revenue.MovementType;
import java.time.YearMonth;
import java.util.Currency;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * The configuration shared by the arbitraries of account MRR histories
 * ({@link MrrHistoryArbitrary}, {@link MrrHistoriesArbitrary}, {@link CohortArbitrary}).
 *
 * <p>Each account's history is generated month by month with realistic movements: it may start
 * paying after the first month (a {@link MovementType#NEW} movement), then in each later month it
 * keeps its MRR (most months), expands or contracts by 1 % to 50 % (at least one major unit),
 * churns to zero, or, once churned, reactivates at its last MRR. Amounts are whole major units
 * ({@code USD 120.00}) so counterexamples are readable; expansion is capped at 100 times the
 * largest starting MRR. A failing property shrinks to short, flat histories with the smallest
 * starting MRR, keeping only the movements that make it fail.
 *
 * <p>Defaults: USD, first month 2024-01, 1 to 24 months, starting MRR 10 to 5,000, every movement.
 * Each configuration method returns a new arbitrary and leaves this one unchanged.
 *
 * @param <T> the generated type
 * @param <A> the concrete arbitrary type, returned by the configuration methods
 * @implSpec Instances are immutable and thread-safe.
 * @since 0.1.0
 */
public abstract class HistoryArbitrary<T, A extends HistoryArbitrary<T, A>> extends ArbitraryDecorator<T> {

    final HistorySpec spec;

    HistoryArbitrary(HistorySpec spec) {
        this.spec = spec;
    }

    abstract A with(HistorySpec newSpec);

    /**
     * Returns an arbitrary of histories in another currency (amounts stay whole major units).
     *
     * @param currency the currency, not null, with defined minor digits
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor digits
     */
    public A currency(Currency currency) {
        return with(spec.withCurrency(currency));
    }

    /**
     * Returns an arbitrary of histories that begin in another month.
     *
     * @param firstMonth the first month of every history, not null
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code firstMonth} is null
     */
    public A firstMonth(YearMonth firstMonth) {
        return with(spec.withFirstMonth(firstMonth));
    }

    /**
     * Returns an arbitrary of histories {@code min} to {@code max} months long, inclusive.
     *
     * @param min the fewest months, at least 1
     * @param max the most months, not below {@code min}, at most 600
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if the range is not {@code 1 <= min <= max <= 600}
     */
    public A months(int min, int max) {
        return with(spec.withMonths(min, max));
    }

    /**
     * Returns an arbitrary whose accounts start paying {@code min} to {@code max} major units a month.
     *
     * @param min the smallest starting MRR, at least 1
     * @param max the largest starting MRR, not below {@code min}, at most 10^12
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if the range is not {@code 1 <= min <= max <= 10^12}
     */
    public A startingMrrBetween(long min, long max) {
        return with(spec.withStart(min, max));
    }

    /**
     * Returns an arbitrary whose histories show only the given movements. Without
     * {@link MovementType#NEW} every account pays from the first month; without
     * {@link MovementType#CHURN} no account ever pays zero; {@link MovementType#REACTIVATION} needs
     * CHURN to show.
     *
     * @param allowed the movements that may occur, possibly none (flat histories)
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or an element is null
     */
    public A movements(MovementType... allowed) {
        return with(spec.withMovements(allowed));
    }

    /**
     * Returns a description of the configuration.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + spec + ">";
    }
}
