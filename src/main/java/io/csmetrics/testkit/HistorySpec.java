package io.csmetrics.testkit;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.MovementType;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * The shared configuration and generator of account MRR histories with realistic movements.
 *
 * <p>An account's history is drawn as raw choices: a lead of zero months (the account is not yet
 * a customer; its first payment is a NEW movement), a starting MRR in whole major units, and a list
 * of steps (stay, expand, contract, churn, reactivate, each with a percentage) replayed month by
 * month from the first payment, cyclically when the list is shorter than the history. The choices
 * shrink to "no lead, smallest start, every month the same", so a failing property reports a
 * short flat history unless the movements matter.
 */
final class HistorySpec {

    /** A month's draw: what happens to the account's MRR. Order is shrink order (STAY first). */
    enum Step { STAY, EXPAND, CONTRACT, CHURN, REACTIVATE }

    record Draw(Step step, int percent) { }

    record Account(int lead, long start, List<Draw> draws) { }

    /** Growth is capped so that long histories of expansions cannot overflow minor units. */
    private static final long GROWTH_CAP = 100;
    private static final long MAX_START = 1_000_000_000_000L;

    final Currency currency;
    final YearMonth firstMonth;
    final int minMonths;
    final int maxMonths;
    final long minStart;
    final long maxStart;
    final Set<MovementType> movements;

    HistorySpec(Currency currency, YearMonth firstMonth, int minMonths, int maxMonths, long minStart, long maxStart,
            Set<MovementType> movements) {
        this.currency = currency;
        this.firstMonth = firstMonth;
        this.minMonths = minMonths;
        this.maxMonths = maxMonths;
        this.minStart = minStart;
        this.maxStart = maxStart;
        this.movements = movements;
    }

    static HistorySpec defaults() {
        return new HistorySpec(Currency.getInstance("USD"), YearMonth.of(2024, 1), 1, 24, 10, 5000,
                EnumSet.allOf(MovementType.class));
    }

    HistorySpec withCurrency(Currency c) {
        Money.zero(Objects.requireNonNull(c, "currency must not be null"));
        return new HistorySpec(c, firstMonth, minMonths, maxMonths, minStart, maxStart, movements);
    }

    HistorySpec withFirstMonth(YearMonth m) {
        Objects.requireNonNull(m, "firstMonth must not be null");
        return new HistorySpec(currency, m, minMonths, maxMonths, minStart, maxStart, movements);
    }

    HistorySpec withMonths(int min, int max) {
        if (min < 1 || min > max || max > 600) {
            throw new IllegalArgumentException("months range (valid: 1 <= min <= max <= 600): [" + min + ", " + max + "]");
        }
        return new HistorySpec(currency, firstMonth, min, max, minStart, maxStart, movements);
    }

    HistorySpec withStart(long min, long max) {
        if (min < 1 || min > max || max > MAX_START) {
            throw new IllegalArgumentException("starting MRR range (valid: 1 <= min <= max <= " + MAX_START + "): ["
                    + min + ", " + max + "]");
        }
        return new HistorySpec(currency, firstMonth, minMonths, maxMonths, min, max, movements);
    }

    HistorySpec withMovements(MovementType... allowed) {
        Objects.requireNonNull(allowed, "movements must not be null");
        Set<MovementType> set = EnumSet.noneOf(MovementType.class);
        for (MovementType t : allowed) {
            set.add(Objects.requireNonNull(t, "movements must not contain null"));
        }
        return new HistorySpec(currency, firstMonth, minMonths, maxMonths, minStart, maxStart, set);
    }

    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(minMonths, maxMonths);
    }

    Arbitrary<Account> accounts() {
        Arbitrary<Integer> leads = movements.contains(MovementType.NEW)
                ? Arbitraries.integers().between(0, maxMonths - 1)
                : Arbitraries.just(0);
        Arbitrary<Long> starts = Arbitraries.longs().between(minStart, maxStart);
        List<Tuple.Tuple2<Integer, Step>> weights = new ArrayList<>();
        weights.add(Tuple.of(12, Step.STAY));
        addIf(weights, MovementType.EXPANSION, 3, Step.EXPAND);
        addIf(weights, MovementType.CONTRACTION, 2, Step.CONTRACT);
        addIf(weights, MovementType.CHURN, 1, Step.CHURN);
        addIf(weights, MovementType.REACTIVATION, 3, Step.REACTIVATE);
        Arbitrary<Draw> draws = Combinators.combine(Arbitraries.frequency(weights), Arbitraries.integers().between(1, 50))
                .as(Draw::new);
        // A list of any length up to the window, replayed cyclically: shrinking can then drop the
        // months before a movement, so a churn shrinks to "pay, then stop" rather than staying late.
        Arbitrary<List<Draw>> lists = draws.list().ofMaxSize(maxMonths - 1)
                .withSizeDistribution(RandomDistribution.uniform());
        return Combinators.combine(leads, starts, lists).as(Account::new);
    }

    private void addIf(List<Tuple.Tuple2<Integer, Step>> weights, MovementType type, int weight, Step step) {
        if (movements.contains(type)) {
            weights.add(Tuple.of(weight, step));
        }
    }

    /** Replays an account's draws over {@code length} months, in minor units. */
    long[] series(Account a, int length) {
        long factor = BigInteger.TEN.pow(currency.getDefaultFractionDigits()).longValueExact();
        long cap = maxStart * GROWTH_CAP;
        long[] units = new long[length];
        int lead = Math.min(a.lead(), length - 1);
        long current = a.start();
        long last = current;
        units[lead] = current * factor;
        for (int i = lead + 1; i < length; i++) {
            if (a.draws().isEmpty()) {
                units[i] = current * factor;
                continue;
            }
            Draw d = a.draws().get((i - lead - 1) % a.draws().size());
            if (current == 0) {
                if (d.step() == Step.REACTIVATE) {
                    current = last;
                }
            } else {
                long delta = Math.max(1, current * d.percent() / 100);
                switch (d.step()) {
                    case EXPAND -> current = Math.min(cap, current + delta);
                    case CONTRACT -> current = Math.max(1, current - delta);
                    case CHURN -> {
                        last = current;
                        current = 0;
                    }
                    default -> { }
                }
            }
            units[i] = current * factor;
        }
        return units;
    }

    MrrHistory history(String accountId, Account a, int length) {
        return MrrHistory.of(accountId, currency, firstMonth, series(a, length));
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " from " + firstMonth + ", " + minMonths + ".." + maxMonths
                + " months, start " + minStart + ".." + maxStart + ", movements " + movements;
    }

    static String accountId(int index) {
        return "ACC-" + (index + 1);
    }

    static List<MrrHistory> histories(HistorySpec spec, int length, List<Account> accounts) {
        MrrHistory[] out = new MrrHistory[accounts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = spec.history(accountId(i), accounts.get(i), length);
        }
        return List.copyOf(Arrays.asList(out));
    }
}
