package io.csmetrics.roi;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The revenue customer success influenced, weighted by how much of it CS caused: the CS ROI method
 * of Gainsight's chief customer officer, as the seeds give it.
 *
 * <p><b>Formula.</b> For deals {@code i} (renewals, upsells, CS-sourced new contracts, ...), each
 * of ARR {@code a_i}, stream {@code s_i} and involvement {@code k_i}, and the user's
 * {@link Multipliers} {@code m(s, k)} in {@code [0, 1]}:
 * <pre>
 *   attributed ARR  A = Σ_i a_i × m(s_i, k_i)            (exact)
 *   ROI               = (A − C) / C                          ({@link Roi}; C = CS cost, positive)
 * </pre>
 * The result explains itself: one {@link AttributionLine} per stream and involvement (deals, ARR,
 * multiplier, attributed amount), and series of ARR and attributed ARR per ISO week (the seeds:
 * "imagine CS reporting its revenue contribution weekly"), per month, per CSM, per team and per
 * stream. {@link #roi(LtvBasis, Money)} values the attributed ARR over the customer lifetime
 * instead of one year, because a renewal creates future renewals.
 *
 * <p><b>Edge cases.</b> With no deals every amount is zero in the attribution's currency, the
 * lists are empty, and the ROI is −100 %. A zero CS cost has no ROI: {@link #roi(Money)} throws.
 *
 * <p><b>Worked example.</b> Multipliers CS-sourced 1, renewal 0.5, upsell 0.25; deals: CS-sourced
 * USD 10,000, renewals USD 40,000 and USD 20,000, upsell USD 8,000. {@code A = 10,000 × 1 +
 * 60,000 × 0.5 + 8,000 × 0.25 = 42,000}; with a CS cost of USD 30,000 the ROI is
 * {@code 12,000 / 30,000} = 40 %.
 *
 * <p>This is a mutable {@link Accumulator} of {@link Deal}s: {@link #accept(Deal)} one deal at a
 * time, {@link #combine(RoiAttribution)} partial attributions (same multipliers and currency),
 * {@link #collector(Multipliers, Currency)} on a stream. Sequential, combined and parallel results
 * are equal exactly. Memory grows with the distinct weeks, months, CSMs, teams and streams, not with
 * the deals. It is not thread-safe; a parallel stream gives each thread its own.
 *
 * @since 0.1.0
 */
public final class RoiAttribution implements Accumulator<Deal, RoiAttribution> {

    private static final long serialVersionUID = 1L;

    /** The key of one attribution line. */
    private record LineKey(RevenueStream stream, Involvement involvement) implements Comparable<LineKey>, Serializable {
        @Override
        public int compareTo(LineKey o) {
            int c = stream.compareTo(o.stream);
            return c != 0 ? c : involvement.compareTo(o.involvement);
        }
    }

    private final Multipliers multipliers;
    private final Currency currency;
    private final TreeMap<LineKey, Sums> lines = new TreeMap<>();
    private final TreeMap<IsoWeek, Sums> weeks = new TreeMap<>();
    private final TreeMap<YearMonth, Sums> months = new TreeMap<>();
    private final TreeMap<String, Sums> csms = new TreeMap<>();
    private final TreeMap<String, Sums> teams = new TreeMap<>();

    private RoiAttribution(Multipliers multipliers, Currency currency) {
        this.multipliers = multipliers;
        this.currency = currency;
    }

    /**
     * Returns an empty attribution.
     *
     * @param multipliers the multipliers to apply, not null
     * @param currency the currency of the deals, not null
     * @return a new, empty attribution
     * @throws NullPointerException if an argument is null
     */
    public static RoiAttribution create(Multipliers multipliers, Currency currency) {
        Objects.requireNonNull(multipliers, "multipliers must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Money.zero(currency);
        return new RoiAttribution(multipliers, currency);
    }

    /**
     * Returns the attribution of some deals.
     *
     * @param multipliers the multipliers to apply, not null
     * @param currency the currency of the deals, not null
     * @param deals the deals, not null
     * @return the attribution
     * @throws NullPointerException if an argument or a deal is null
     * @throws IllegalArgumentException if a deal's stream has no multiplier
     * @throws CurrencyMismatchException if a deal is in another currency
     */
    public static RoiAttribution of(Multipliers multipliers, Currency currency, Iterable<Deal> deals) {
        Objects.requireNonNull(deals, "deals must not be null");
        RoiAttribution a = create(multipliers, currency);
        deals.forEach(a);
        return a;
    }

    /**
     * Returns a collector attributing a stream of deals; its result is the accumulator itself.
     *
     * @param multipliers the multipliers to apply, not null
     * @param currency the currency of the deals, not null
     * @return the collector, safe for parallel streams
     * @throws NullPointerException if an argument is null
     */
    public static Collector<Deal, RoiAttribution, RoiAttribution> collector(Multipliers multipliers,
            Currency currency) {
        create(multipliers, currency);
        return Accumulator.collector(() -> create(multipliers, currency), Function.identity());
    }

    /**
     * Adds one deal. The deal is validated before anything changes.
     *
     * @param deal the deal, not null
     * @throws NullPointerException if {@code deal} is null
     * @throws IllegalArgumentException if the deal's stream has no multiplier
     * @throws CurrencyMismatchException if the deal is in another currency
     */
    @Override
    public void accept(Deal deal) {
        Objects.requireNonNull(deal, "deal must not be null");
        if (!deal.arr().currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, deal.arr().currency());
        }
        BigDecimal m = multipliers.multiplier(deal.stream(), deal.involvement());
        BigDecimal arr = deal.arr().amount();
        BigDecimal attributed = arr.multiply(m);
        lines.computeIfAbsent(new LineKey(deal.stream(), deal.involvement()), k -> new Sums()).add(arr, attributed);
        weeks.computeIfAbsent(IsoWeek.of(deal.date()), k -> new Sums()).add(arr, attributed);
        months.computeIfAbsent(YearMonth.from(deal.date()), k -> new Sums()).add(arr, attributed);
        csms.computeIfAbsent(deal.csm(), k -> new Sums()).add(arr, attributed);
        teams.computeIfAbsent(deal.team(), k -> new Sums()).add(arr, attributed);
    }

    /**
     * Adds another attribution's deals to this one.
     *
     * @param other the other attribution, same multipliers and currency, not null; not changed
     * @return this attribution
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the multipliers differ
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public RoiAttribution combine(RoiAttribution other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!other.currency.equals(currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        if (!other.multipliers.equals(multipliers)) {
            throw new IllegalArgumentException("cannot combine attributions with different multipliers: "
                    + multipliers + " and " + other.multipliers);
        }
        merge(lines, other.lines);
        merge(weeks, other.weeks);
        merge(months, other.months);
        merge(csms, other.csms);
        merge(teams, other.teams);
        return this;
    }

    private static <K> void merge(TreeMap<K, Sums> into, TreeMap<K, Sums> from) {
        for (Map.Entry<K, Sums> e : from.entrySet()) {
            Sums copy = new Sums().merge(e.getValue());
            into.merge(e.getKey(), copy, Sums::merge);
        }
    }

    /**
     * Returns the multipliers applied.
     *
     * @return the multipliers
     */
    public Multipliers multipliers() {
        return multipliers;
    }

    /**
     * Returns the currency of the deals and results.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the number of deals accepted.
     *
     * @return the deal count, 0 if none
     */
    public long deals() {
        long n = 0;
        for (Sums s : lines.values()) {
            n += s.deals;
        }
        return n;
    }

    /**
     * Returns the total ARR of the deals, {@code Σ a_i}, before multipliers.
     *
     * @return the total ARR, exact; zero if no deals
     */
    public Money totalArr() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Sums s : lines.values()) {
            sum = sum.add(s.arr);
        }
        return Money.of(sum, currency);
    }

    /**
     * Returns the ARR attributed to CS, {@code A = Σ a_i × m(s_i, k_i)}.
     *
     * @return the attributed ARR, exact (its scale is the deals' plus the multipliers'); zero if no
     *     deals
     */
    public Money attributedArr() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Sums s : lines.values()) {
            sum = sum.add(s.attributed);
        }
        return Money.of(sum, currency);
    }

    /**
     * Returns one line per stream and involvement, in stream then involvement order: the deals, their
     * ARR, the multiplier and the attributed amount.
     *
     * @return the lines, unmodifiable; empty if no deals
     */
    public List<AttributionLine> lines() {
        List<AttributionLine> out = new ArrayList<>(lines.size());
        for (Map.Entry<LineKey, Sums> e : lines.entrySet()) {
            LineKey k = e.getKey();
            Sums s = e.getValue();
            out.add(new AttributionLine(k.stream(), k.involvement(), s.deals, Money.of(s.arr, currency),
                    multipliers.multiplier(k.stream(), k.involvement()), Money.of(s.attributed, currency)));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the deals, ARR and attributed ARR per stream, all involvements together.
     *
     * @return one point per stream, in stream order; empty if no deals
     */
    public List<Contribution<RevenueStream>> byStream() {
        TreeMap<RevenueStream, Sums> streams = new TreeMap<>();
        lines.forEach((k, s) -> streams.merge(k.stream(), new Sums().merge(s), Sums::merge));
        return series(streams);
    }

    /**
     * Returns the weekly series: deals, ARR and attributed ARR per ISO week of the deal date.
     * Weeks without deals are absent.
     *
     * @return one point per week with deals, in time order
     */
    public List<Contribution<IsoWeek>> weekly() {
        return series(weeks);
    }

    /**
     * Returns the monthly series: deals, ARR and attributed ARR per calendar month of the deal date.
     * Months without deals are absent.
     *
     * @return one point per month with deals, in time order
     */
    public List<Contribution<YearMonth>> monthly() {
        return series(months);
    }

    /**
     * Returns the deals, ARR and attributed ARR per owning CSM.
     *
     * @return one point per CSM, by name
     */
    public List<Contribution<String>> byCsm() {
        return series(csms);
    }

    /**
     * Returns the deals, ARR and attributed ARR per owning team.
     *
     * @return one point per team, by name
     */
    public List<Contribution<String>> byTeam() {
        return series(teams);
    }

    private <K> List<Contribution<K>> series(TreeMap<K, Sums> map) {
        List<Contribution<K>> out = new ArrayList<>(map.size());
        map.forEach((k, s) -> out.add(new Contribution<>(k, s.deals, Money.of(s.arr, currency),
                Money.of(s.attributed, currency))));
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the ROI on the ARR basis, {@code (A − C) / C}.
     *
     * @param csCost the CS cost over the period the deals cover (people, tools), positive, not null
     * @return the ROI; −100 % if nothing is attributed
     * @throws NullPointerException if {@code csCost} is null
     * @throws IllegalArgumentException if {@code csCost} is zero or negative
     * @throws CurrencyMismatchException if {@code csCost} is in another currency
     */
    public Roi roi(Money csCost) {
        return Roi.of("ARR", attributedArr(), csCost);
    }

    /**
     * Returns the ROI on a lifetime-value basis: the attributed ARR turned into attributed lifetime
     * value by {@code basis}, against the CS cost.
     *
     * @param basis the lifetime assumption, not null
     * @param csCost the CS cost over the period the deals cover, positive, not null
     * @return the ROI, {@code (LTV(A) − C) / C}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code csCost} is zero or negative
     * @throws CurrencyMismatchException if {@code csCost} is in another currency
     */
    public Roi roi(LtvBasis basis, Money csCost) {
        Objects.requireNonNull(basis, "basis must not be null");
        return Roi.of(basis.toString(), basis.lifetimeValue(attributedArr()), csCost);
    }

    /**
     * Returns a summary, e.g. {@code RoiAttribution{deals=4, ARR=USD 78000, attributed=USD 42000}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RoiAttribution{deals=" + deals() + ", ARR=" + totalArr() + ", attributed=" + attributedArr() + ", "
                + multipliers + "}";
    }

    /**
     * Re-checks a deserialised partial state, so a tampered stream (for example one shipped between
     * the nodes of a distributed engine) cannot produce an accumulator that {@code accept} and
     * {@code combine} could never reach.
     *
     * @param in the stream
     * @throws java.io.IOException if reading fails
     * @throws ClassNotFoundException if a class of the state is missing
     * @throws java.io.InvalidObjectException if the state breaks an invariant
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            java.util.Objects.requireNonNull(multipliers, "multipliers must not be null");
            java.util.Objects.requireNonNull(currency, "currency must not be null");
            for (java.util.Map<?, Sums> m : java.util.List.of(java.util.Objects.requireNonNull(lines, "lines must not be null"),
                    java.util.Objects.requireNonNull(weeks, "weeks must not be null"), java.util.Objects.requireNonNull(months, "months must not be null"),
                    java.util.Objects.requireNonNull(csms, "csms must not be null"), java.util.Objects.requireNonNull(teams, "teams must not be null"))) {
                m.forEach((k, s) -> java.util.Objects.requireNonNull(s, "the sums of " + k + " must not be null").check(k));
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid RoiAttribution: " + e.getMessage())
                    .initCause(e);
        }
    }
}
