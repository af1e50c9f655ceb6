package io.csmetrics.testkit;

import io.csmetrics.Money;
import io.csmetrics.roi.Deal;
import io.csmetrics.roi.Involvement;
import io.csmetrics.roi.RevenueStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates revenue {@link Deal}s for ROI attribution: id {@code "D-1"} to {@code "D-9999"}, one of
 * the {@linkplain RevenueStream#builtIn() built-in streams}, an ARR in USD between 0 and 100,000 at
 * the currency's scale, a closing day in 2024, account {@code "ACC-1"} to {@code "ACC-20"}, owner
 * {@code csm-1} to {@code csm-3} in team {@code team-a} or {@code team-b}, and any
 * {@link Involvement}.
 *
 * <p>{@link #batches(int, int)} gives lists of deals with distinct ids. A failing property
 * shrinks to the first stream, team and involvement, ARR zero and the first day.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class DealArbitrary extends ArbitraryDecorator<Deal> {

    private final AmountSpec arr;
    private final LocalDate first;
    private final LocalDate last;
    private final int accounts;
    private final List<String> csms;
    private final List<String> teams;

    DealArbitrary() {
        this(AmountSpec.of("USD", 0, 100_000), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 20,
                List.of("csm-1", "csm-2", "csm-3"), List.of("team-a", "team-b"));
    }

    private DealArbitrary(AmountSpec arr, LocalDate first, LocalDate last, int accounts, List<String> csms,
            List<String> teams) {
        this.arr = arr;
        this.first = first;
        this.last = last;
        this.accounts = accounts;
        this.csms = csms;
        this.teams = teams;
    }

    /**
     * Returns an arbitrary of deals whose ARR is in another currency.
     *
     * @param currency the currency, not null, with defined minor digits
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor digits
     */
    public DealArbitrary currency(Currency currency) {
        return new DealArbitrary(arr.withCurrency(currency), first, last, accounts, csms, teams);
    }

    /**
     * Returns an arbitrary of deals whose ARR lies between two whole amounts, inclusive.
     *
     * @param min the smallest ARR, not negative
     * @param max the largest ARR, not below {@code min}
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
     */
    public DealArbitrary arrBetween(long min, long max) {
        if (min < 0) {
            throw new IllegalArgumentException("min ARR must not be negative: " + min);
        }
        return new DealArbitrary(arr.withRange(java.math.BigDecimal.valueOf(min), java.math.BigDecimal.valueOf(max)),
                first, last, accounts, csms, teams);
    }

    /**
     * Returns an arbitrary of deals closing between two days, inclusive.
     *
     * @param firstDay the earliest day, not null
     * @param lastDay the latest day, not before {@code firstDay}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
     */
    public DealArbitrary closingBetween(LocalDate firstDay, LocalDate lastDay) {
        Days.check(firstDay, lastDay);
        return new DealArbitrary(arr, firstDay, lastDay, accounts, csms, teams);
    }

    /**
     * Returns an arbitrary of deals owned by the given CSMs and teams.
     *
     * @param csmNames the CSMs, at least one, none blank
     * @param teamNames the teams, at least one, none blank
     * @return the reconfigured arbitrary
     * @throws NullPointerException if a list or a name is null
     * @throws IllegalArgumentException if a list is empty or a name blank
     */
    public DealArbitrary ownedBy(List<String> csmNames, List<String> teamNames) {
        return new DealArbitrary(arr, first, last, accounts, names(csmNames, "csmNames"), names(teamNames, "teamNames"));
    }

    private static List<String> names(List<String> names, String what) {
        Objects.requireNonNull(names, what + " must not be null");
        if (names.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        for (String n : names) {
            if (Objects.requireNonNull(n, what + " must not contain null").isBlank()) {
                throw new IllegalArgumentException(what + " must not contain a blank name: '" + n + "'");
            }
        }
        return List.copyOf(names);
    }

    /**
     * Returns an arbitrary of lists of {@code min} to {@code max} deals with distinct ids
     * {@code "D-1"}, {@code "D-2"}, ...
     *
     * @param min the fewest deals, not negative
     * @param max the most deals, not below {@code min}, at most 100,000
     * @return the arbitrary of deal lists
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 100000}
     */
    public Arbitrary<List<Deal>> batches(int min, int max) {
        if (min < 0 || min > max || max > 100_000) {
            throw new IllegalArgumentException("batch size range (valid: 0 <= min <= max <= 100000): [" + min + ", "
                    + max + "]");
        }
        return list().ofMinSize(min).ofMaxSize(max).map(deals -> {
            List<Deal> out = new ArrayList<>(deals.size());
            for (int i = 0; i < deals.size(); i++) {
                Deal d = deals.get(i);
                out.add(new Deal("D-" + (i + 1), d.stream(), d.arr(), d.date(), d.accountId(), d.csm(), d.team(),
                        d.involvement()));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of deals
     */
    @Override
    protected Arbitrary<Deal> arbitrary() {
        Arbitrary<String> ids = Days.ids("D-", 9999);
        Arbitrary<RevenueStream> streams = Arbitraries.of(RevenueStream.builtIn());
        Arbitrary<Money> amounts = arr.money();
        Arbitrary<LocalDate> days = Days.between(first, last);
        Arbitrary<String> accountIds = Days.ids("ACC-", accounts);
        // Names, like ids, have no boundary: one edge case each (see Days.ids).
        Arbitrary<String> owners = Arbitraries.of(csms).edgeCases(c -> c.includeOnly(csms.get(0)));
        Arbitrary<String> teamNames = Arbitraries.of(teams).edgeCases(c -> c.includeOnly(teams.get(0)));
        Arbitrary<Involvement> involvements = Arbitraries.of(Involvement.class);
        return Combinators.combine(ids, streams, amounts, days, accountIds, owners, teamNames, involvements)
                .as(Deal::new);
    }
}
