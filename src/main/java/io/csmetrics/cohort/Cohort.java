package io.csmetrics.cohort;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cohort: a group of accounts under one key — their acquisition month by default, or any user
 * key such as plan or segment — with each member's MRR from its acquisition month to the cohort's
 * "as of" month.
 *
 * <p>A member's acquisition month is its first month with MRR above zero and its starting MRR is
 * the MRR of that month. Members are stored as {@link MrrHistory}s starting at their acquisition
 * month and ending at the "as of" month (months after the end of the original history are zero:
 * the account stopped paying; months after "as of" are not known yet and are dropped).
 *
 * <p>From a cohort: {@link #survivalCounts()}, the accounts still paying without a lapse in each
 * month (the series the shifted-beta-geometric model is fitted to), and {@link #lifetimes()}, the
 * lifetimes a {@link KaplanMeier} curve is estimated from.
 *
 * <p>Example: {@code Cohort.byAcquisitionMonth(histories).get(YearMonth.of(2024, 3))} is the
 * cohort of accounts that first paid in March 2024, observed up to the latest month of the data.
 *
 * @param <K> the key type
 * @implSpec This class is immutable and thread-safe (when its key is).
 * @since 0.1.0
 */
public final class Cohort<K> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final K key;
    private final YearMonth asOf;
    private final Currency currency;
    private final List<MrrHistory> members;

    private Cohort(K key, YearMonth asOf, Currency currency, List<MrrHistory> members) {
        this.key = key;
        this.asOf = asOf;
        this.currency = currency;
        this.members = Collections.unmodifiableList(members);
    }

    /**
     * Returns the cohort of the given accounts under one key.
     *
     * @param key the cohort's key, not null
     * @param histories the members' MRR histories, at least one, one currency, distinct account ids,
     *     each paying in some month up to {@code asOf}
     * @param asOf the last month observed, not null
     * @param <K> the key type
     * @return the cohort
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code histories} is empty, an account appears twice,
     *     a history has no month with MRR above zero up to {@code asOf}, or {@code asOf} is more
     *     than {@link RetentionMatrixAccumulator#MAX_MONTHS} months after an acquisition
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static <K> Cohort<K> of(K key, Collection<MrrHistory> histories, YearMonth asOf) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(histories, "histories must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("a cohort needs at least one member (key " + key + ")");
        }
        List<MrrHistory> members = new ArrayList<>(histories.size());
        Set<String> ids = new HashSet<>();
        Currency currency = null;
        for (MrrHistory h : histories) {
            Objects.requireNonNull(h, "histories must not contain null");
            if (currency != null && !currency.equals(h.currency())) {
                throw new CurrencyMismatchException(currency, h.currency());
            }
            currency = h.currency();
            if (!ids.add(h.accountId())) {
                throw new IllegalArgumentException("account " + h.accountId() + " appears twice in cohort " + key);
            }
            MrrHistory m = normalise(h, asOf);
            if (m == null) {
                throw new IllegalArgumentException("account " + h.accountId() + " has no month with MRR above zero up to "
                        + asOf + " (cohort " + key + ")");
            }
            members.add(m);
        }
        return new Cohort<>(key, asOf, currency, members);
    }

    /**
     * Groups histories into cohorts by acquisition month, "as of" the latest month of any history.
     * Histories that never pay are left out.
     *
     * @param histories the histories, one currency, distinct account ids, not null
     * @return the cohorts by acquisition month, ascending, unmodifiable; empty if none pays
     * @throws NullPointerException if {@code histories} or an element is null
     * @throws IllegalArgumentException if an account appears twice, or the histories span more than
     *     {@link RetentionMatrixAccumulator#MAX_MONTHS} months
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static SortedMap<YearMonth, Cohort<YearMonth>> byAcquisitionMonth(Collection<MrrHistory> histories) {
        Objects.requireNonNull(histories, "histories must not be null");
        YearMonth asOf = null;
        for (MrrHistory h : histories) {
            Objects.requireNonNull(h, "histories must not contain null");
            asOf = asOf == null || h.lastMonth().isAfter(asOf) ? h.lastMonth() : asOf;
        }
        return asOf == null ? Collections.emptySortedMap() : by(histories, CohortKey.acquisitionMonth(), asOf);
    }

    /**
     * Groups histories into cohorts by a key. Histories that never pay up to {@code asOf} are left
     * out.
     *
     * @param histories the histories, one currency, distinct account ids, not null
     * @param key what puts an account into a cohort, not null
     * @param asOf the last month observed, not null
     * @param <K> the key type
     * @return the cohorts by key, ascending, unmodifiable
     * @throws NullPointerException if an argument or element is null, or the key function returns null
     * @throws IllegalArgumentException if an account appears twice, or the histories span more than
     *     {@link RetentionMatrixAccumulator#MAX_MONTHS} months
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static <K extends Comparable<? super K>> SortedMap<K, Cohort<K>> by(Collection<MrrHistory> histories,
            CohortKey<K> key, YearMonth asOf) {
        Objects.requireNonNull(histories, "histories must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        TreeMap<K, List<MrrHistory>> groups = new TreeMap<>();
        for (MrrHistory h : histories) {
            Objects.requireNonNull(h, "histories must not contain null");
            int start = acquisitionIndex(h);
            if (start < 0 || h.firstMonth().plusMonths(start).isAfter(asOf)) {
                continue;
            }
            K k = Objects.requireNonNull(key.keyOf(h, h.firstMonth().plusMonths(start)),
                    "the cohort key function returned null for account " + h.accountId());
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
        }
        TreeMap<K, Cohort<K>> cohorts = new TreeMap<>();
        for (Map.Entry<K, List<MrrHistory>> e : groups.entrySet()) {
            cohorts.put(e.getKey(), of(e.getKey(), e.getValue(), asOf));
        }
        return Collections.unmodifiableSortedMap(cohorts);
    }

    /**
     * Returns a cohort from subscription dates (see {@link Tenure} for which months an account
     * pays). The "as of" month is the month of {@code asOf}; ends after {@code asOf} are not known
     * yet and count as active.
     *
     * @param key the cohort's key, not null
     * @param tenures the members, at least one, one currency, distinct account ids, none starting
     *     after {@code asOf}
     * @param asOf the date of observation, not null
     * @param <K> the key type
     * @return the cohort
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code tenures} is empty, an account appears twice,
     *     starts after {@code asOf} or more than {@link RetentionMatrixAccumulator#MAX_MONTHS}
     *     months before it
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static <K> Cohort<K> fromDates(K key, Collection<Tenure> tenures, LocalDate asOf) {
        Objects.requireNonNull(tenures, "tenures must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        YearMonth asOfMonth = YearMonth.from(asOf);
        List<MrrHistory> histories = new ArrayList<>(tenures.size());
        for (Tenure t : tenures) {
            Objects.requireNonNull(t, "tenures must not contain null");
            if (t.start().isAfter(asOf)) {
                throw new IllegalArgumentException("account " + t.accountId() + " starts (" + t.start()
                        + ") after asOf (" + asOf + ")");
            }
            YearMonth first = YearMonth.from(t.start());
            int months = checkSpan(first, asOfMonth, t.accountId());
            long[] units = new long[months];
            long mrr = t.mrr().toMinorUnits();
            boolean known = t.end() != null && !t.end().isAfter(asOf);
            for (int i = 0; i < months; i++) {
                boolean paying = i == 0 || !known || first.plusMonths(i).atDay(1).isBefore(t.end());
                units[i] = paying ? mrr : 0;
            }
            histories.add(MrrHistory.of(t.accountId(), t.mrr().currency(), first, units));
        }
        return of(key, histories, asOfMonth);
    }

    private static int acquisitionIndex(MrrHistory h) {
        for (int i = 0; i < h.length(); i++) {
            if (h.minorUnitsAt(i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The months from acquisition to asOf inclusive, at most {@link RetentionMatrixAccumulator#MAX_MONTHS}. */
    private static int checkSpan(YearMonth acquired, YearMonth asOf, String accountId) {
        long months = RetentionMatrixAccumulator.monthsBetween(acquired, asOf) + 1;
        if (months > RetentionMatrixAccumulator.MAX_MONTHS) {
            throw new IllegalArgumentException("asOf (" + asOf + ") is more than " + RetentionMatrixAccumulator.MAX_MONTHS
                    + " months after the acquisition of account " + accountId + " (" + acquired + ")");
        }
        return (int) months;
    }

    private static MrrHistory normalise(MrrHistory h, YearMonth asOf) {
        int start = acquisitionIndex(h);
        if (start < 0) {
            return null;
        }
        YearMonth acquired = h.firstMonth().plusMonths(start);
        if (acquired.isAfter(asOf)) {
            return null;
        }
        int months = checkSpan(acquired, asOf, h.accountId());
        long[] units = new long[months];
        for (int i = 0; i < months && start + i < h.length(); i++) {
            units[i] = h.minorUnitsAt(start + i);
        }
        return MrrHistory.of(h.accountId(), h.currency(), acquired, units);
    }

    /**
     * Returns the cohort's key.
     *
     * @return the key
     */
    public K key() {
        return key;
    }

    /**
     * Returns the last month observed.
     *
     * @return the "as of" month
     */
    public YearMonth asOf() {
        return asOf;
    }

    /**
     * Returns the currency of the members' MRR.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the number of members.
     *
     * @return the size, at least 1
     */
    public int size() {
        return members.size();
    }

    /**
     * Returns the members' MRR from their acquisition month to the "as of" month, in the order
     * given.
     *
     * @return the histories, unmodifiable; each starts with a month above zero
     */
    public List<MrrHistory> members() {
        return members;
    }

    /**
     * Returns the members' total starting MRR, {@code Σ m0_i}.
     *
     * @return the total at the currency's scale
     */
    public Money startingMrr() {
        long sum = 0;
        for (MrrHistory m : members) {
            sum = Math.addExact(sum, m.minorUnitsAt(0));
        }
        return Money.ofMinor(sum, currency);
    }

    /**
     * Returns the number of periods {@code T} every member is observed for beyond its acquisition:
     * {@code min_i (asOf − acquisition_i)} in months. For a cohort by acquisition month it is
     * {@code asOf − month}.
     *
     * @return {@code T}, not negative
     */
    public int observedPeriods() {
        int t = Integer.MAX_VALUE;
        for (MrrHistory m : members) {
            t = Math.min(t, m.length() - 1);
        }
        return t;
    }

    /**
     * Returns the survival series {@code alive_0 … alive_T}: how many members paid in every month
     * from acquisition through month {@code k} ({@link CohortReactivationRule#NOT_RETAINED}), for
     * {@code k = 0 .. }{@link #observedPeriods()}. {@code alive_0} is the cohort's size.
     *
     * <p>Example: members paying {@code [1,1,1]}, {@code [1,0,1]}, {@code [1,1,0]} give
     * {@code [3, 2, 1]}.
     *
     * @return a new array of length {@code T + 1}, non-increasing
     */
    public long[] survivalCounts() {
        int t = observedPeriods();
        long[] alive = new long[t + 1];
        for (MrrHistory m : members) {
            for (int k = 0; k <= t && m.minorUnitsAt(k) > 0; k++) {
                alive[k]++;
            }
        }
        return alive;
    }

    /**
     * Returns each member's lifetime in months: the number {@code L} of months it paid without a
     * lapse since acquisition, an event if it lapsed within the observed months (it paid in months
     * {@code 0..L-1}, not in month {@code L}), otherwise censored at its last observed month
     * {@code asOf − acquisition} (it was still paying then, so {@code L} exceeds that). With this
     * convention the Kaplan–Meier {@code S(k)} is the probability of still paying in month
     * {@code k}.
     *
     * @return the lifetimes, one per member in order, unmodifiable
     */
    public List<Lifetime> lifetimes() {
        List<Lifetime> list = new ArrayList<>(members.size());
        for (MrrHistory m : members) {
            int l = 0;
            while (l < m.length() && m.minorUnitsAt(l) > 0) {
                l++;
            }
            list.add(l < m.length() ? Lifetime.churnedAt(l) : Lifetime.censoredAt(m.length() - 1));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Equality of key, "as of" month, currency and members (in order).
     *
     * @param obj the object to compare
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Cohort<?> && ((Cohort<?>) obj).key.equals(key) && ((Cohort<?>) obj).asOf.equals(asOf)
                && ((Cohort<?>) obj).currency.equals(currency) && ((Cohort<?>) obj).members.equals(members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, asOf, currency, members);
    }

    /**
     * Returns e.g. {@code "Cohort{2024-03, 112 accounts, starting MRR USD 21450.00, as of 2024-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Cohort{" + key + ", " + members.size() + " accounts, starting MRR " + startingMrr() + ", as of " + asOf
                + "}";
    }

    /**
     * Re-checks a deserialised Cohort through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(members, "members must not be null");
            Cohort<K> checked = of(key, members, asOf);
            if (!Objects.equals(checked.currency, currency)) {
                throw new IllegalArgumentException("currency (" + currency + ") differs from the members' ("
                        + checked.currency + ")");
            }
            return checked;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Cohort: " + e.getMessage())
                    .initCause(e);
        }
    }
}
