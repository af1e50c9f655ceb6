package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The MRR bridge of a book by segment, with the total beside it, such that
 * {@code Σ segments = total} exactly in every month: opening and closing MRR and accounts, and
 * every {@link MovementType movement} (amount and count); the segment-ins of a period equal its
 * segment-outs. Construction checks all of it.
 *
 * @param total the bridge of the whole book, not null
 * @param segments each segment's bridge, keyed by segment, over the same window; copied
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record SegmentedBridge(MrrBridge total, SortedMap<String, SegmentBridge> segments) implements Serializable {

    /**
     * Validates the identity {@code Σ segments = total}.
     *
     * @throws NullPointerException if an argument or a segment is null
     * @throws IllegalArgumentException if a key differs from its bridge's segment, a segment's
     *     window differs from the total's, or a sum differs from the total
     */
    public SegmentedBridge {
        Objects.requireNonNull(total, "total must not be null");
        Objects.requireNonNull(segments, "segments must not be null");
        segments = Collections.unmodifiableSortedMap(new TreeMap<>(segments));
        Money opening = Money.zero(total.currency());
        long openingAccounts = 0;
        for (Map.Entry<String, SegmentBridge> e : segments.entrySet()) {
            SegmentBridge b = Objects.requireNonNull(e.getValue(), "segment " + e.getKey() + " must not be null");
            if (!b.segment().equals(e.getKey())) {
                throw new IllegalArgumentException("key " + e.getKey() + " holds the bridge of segment " + b.segment());
            }
            if (!b.firstMonth().equals(total.firstMonth()) || b.periods().size() != total.periods().size()) {
                throw new IllegalArgumentException("segment " + e.getKey() + " must span the total's window "
                        + total.firstMonth() + ".." + total.lastMonth());
            }
            opening = opening.plus(b.openingMrr());
            openingAccounts += b.openingAccounts();
        }
        if (!opening.isEqual(total.openingMrr()) || openingAccounts != total.openingAccounts()) {
            throw new IllegalArgumentException("segments' opening balances sum to " + opening + " (" + openingAccounts
                    + " accounts), the total's is " + total.openingMrr() + " (" + total.openingAccounts() + ")");
        }
        for (int k = 0; k < total.periods().size(); k++) {
            MrrBridgePeriod t = total.periods().get(k);
            Money end = Money.zero(total.currency());
            long endAccounts = 0;
            Money in = Money.zero(total.currency());
            Money out = Money.zero(total.currency());
            long inCount = 0;
            long outCount = 0;
            Money[] amounts = new Money[MovementType.values().length];
            long[] counts = new long[amounts.length];
            java.util.Arrays.fill(amounts, Money.zero(total.currency()));
            for (SegmentBridge b : segments.values()) {
                SegmentBridgePeriod p = b.periods().get(k);
                end = end.plus(p.endMrr());
                endAccounts += p.endAccounts();
                in = in.plus(p.segmentIn().amount());
                out = out.plus(p.segmentOut().amount());
                inCount += p.segmentIn().count();
                outCount += p.segmentOut().count();
                for (MovementType type : MovementType.values()) {
                    amounts[type.ordinal()] = amounts[type.ordinal()].plus(p.movement(type).amount());
                    counts[type.ordinal()] += p.movement(type).count();
                }
            }
            if (!end.isEqual(t.endMrr()) || endAccounts != t.endAccounts()) {
                throw new IllegalArgumentException("segments' MRR in " + t.endMonth() + " sums to " + end + " ("
                        + endAccounts + " accounts), the total's is " + t.endMrr() + " (" + t.endAccounts() + ")");
            }
            if (!in.isEqual(out) || inCount != outCount) {
                throw new IllegalArgumentException("segment-ins (" + in + ", " + inCount + ") must equal segment-outs ("
                        + out + ", " + outCount + ") in " + t.endMonth());
            }
            for (MovementType type : MovementType.values()) {
                if (!amounts[type.ordinal()].isEqual(t.movement(type).amount())
                        || counts[type.ordinal()] != t.movement(type).count()) {
                    throw new IllegalArgumentException("segments' " + type + " in " + t.endMonth() + " sums to "
                            + amounts[type.ordinal()] + " (" + counts[type.ordinal()] + "), the total's is "
                            + t.movement(type));
                }
            }
        }
    }

    /**
     * Returns one segment's bridge.
     *
     * @param segment the segment, not null
     * @return its bridge
     * @throws NullPointerException if {@code segment} is null
     * @throws IllegalArgumentException if no account was ever in that segment in the window
     */
    public SegmentBridge segment(String segment) {
        Objects.requireNonNull(segment, "segment must not be null");
        SegmentBridge b = segments.get(segment);
        if (b == null) {
            throw new IllegalArgumentException("unknown segment '" + segment + "'; segments: " + segments.keySet());
        }
        return b;
    }
}
