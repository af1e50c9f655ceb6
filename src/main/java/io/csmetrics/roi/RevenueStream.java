package io.csmetrics.roi;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A stream of revenue that customer success influences, the unit of {@link RoiAttribution}: each
 * stream has its own multiplier because CS is more or less the cause of each kind of revenue.
 *
 * <p>Three streams are built in, the three of the CS ROI method of Gainsight's chief customer
 * officer (the "Customer Success ROI" worked example of the seeds): {@link #CS_SOURCED_NEW}
 * (new ARR from leads, referrals and references that CSMs produced), {@link #RENEWAL} (renewal
 * ARR) and {@link #UPSELL} (upsell and cross-sell ARR). Any other stream is created with
 * {@link #of(String)}, e.g. {@code RevenueStream.of("services")}.
 *
 * <p>Streams order built-ins first (in the order above), then user-defined streams by name, so
 * reports list them in a stable order. Two streams are equal when their names are equal.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RevenueStream implements Comparable<RevenueStream>, Serializable {

    private static final long serialVersionUID = 1L;

    /** New ARR that CS sourced: leads, referrals and references produced by CSMs. */
    public static final RevenueStream CS_SOURCED_NEW = new RevenueStream("CS-sourced new ARR", 0);
    /** Renewal ARR: contracts renewed. */
    public static final RevenueStream RENEWAL = new RevenueStream("renewal ARR", 1);
    /** Upsell and cross-sell ARR: expansion of existing accounts. */
    public static final RevenueStream UPSELL = new RevenueStream("upsell/cross-sell ARR", 2);

    private static final List<RevenueStream> BUILT_IN = List.of(CS_SOURCED_NEW, RENEWAL, UPSELL);
    private static final int USER_DEFINED = Integer.MAX_VALUE;

    private final String name;
    private final int rank;

    private RevenueStream(String name, int rank) {
        this.name = name;
        this.rank = rank;
    }

    /**
     * Returns the stream of a name: the built-in stream if the name is one of theirs, otherwise a
     * user-defined stream.
     *
     * @param name the stream's name, e.g. {@code "services"}, not blank
     * @return the stream, not null
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static RevenueStream of(String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        for (RevenueStream s : BUILT_IN) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        return new RevenueStream(name, USER_DEFINED);
    }

    /**
     * Returns the built-in streams, in report order.
     *
     * @return CS-sourced new ARR, renewal ARR, upsell/cross-sell ARR
     */
    public static List<RevenueStream> builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns the stream's name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Tells whether this is one of the three built-in streams.
     *
     * @return true for {@link #CS_SOURCED_NEW}, {@link #RENEWAL} and {@link #UPSELL}
     */
    public boolean isBuiltIn() {
        return rank != USER_DEFINED;
    }

    /**
     * Orders built-in streams first, in their documented order, then user-defined streams by name.
     *
     * @param other the stream to compare, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(RevenueStream other) {
        java.util.Objects.requireNonNull(other, "other must not be null");
        int c = Integer.compare(rank, other.rank);
        return c != 0 ? c : name.compareTo(other.name);
    }

    /**
     * Equality of names.
     *
     * @param obj the object to compare
     * @return true if a stream of the same name
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof RevenueStream && ((RevenueStream) obj).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the stream's name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }

    private Object readResolve() {
        return of(name);
    }
}
