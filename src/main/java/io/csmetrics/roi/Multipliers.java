package io.csmetrics.roi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The share of each revenue stream credited to customer success: a multiplier in {@code [0, 1]}
 * per {@link RevenueStream}, optionally refined per {@link Involvement} within a stream.
 *
 * <p>The multiplier of a deal of stream {@code s} and involvement {@code k} is, in this order:
 * the multiplier set for {@code (s, k)}; else the one set for {@code s}; else the default
 * multiplier, if one was set; else there is none and attributing the deal throws. The multipliers
 * are the user's judgement (the seeds: "CS is rarely the only cause of a renewal or a sale"); the
 * library prescribes none. Gainsight's CCO's illustration credits, for example, all CS-sourced new
 * ARR, half of renewal ARR and a quarter of upsell ARR; that is
 * {@code builder().stream(CS_SOURCED_NEW, "1").stream(RENEWAL, "0.5").stream(UPSELL, "0.25").build()}.
 *
 * <p>Multipliers are exact decimals; two multiplier sets are equal when every multiplier is equal
 * by value (so {@code 0.5} equals {@code 0.50}).
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Multipliers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<RevenueStream, BigDecimal> byStream;
    private final TreeMap<RevenueStream, EnumMap<Involvement, BigDecimal>> byInvolvement;
    private final BigDecimal defaultMultiplier;

    private Multipliers(Builder b) {
        this.byStream = new TreeMap<>(b.byStream);
        this.byInvolvement = new TreeMap<>();
        b.byInvolvement.forEach((s, m) -> byInvolvement.put(s, new EnumMap<>(m)));
        this.defaultMultiplier = b.defaultMultiplier;
    }

    /**
     * Returns a builder with no multipliers set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns multipliers set per stream.
     *
     * @param byStream the multiplier of each stream, each in {@code [0, 1]}, not null
     * @return the multipliers
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a multiplier is outside {@code [0, 1]}
     */
    public static Multipliers of(Map<RevenueStream, BigDecimal> byStream) {
        Objects.requireNonNull(byStream, "byStream must not be null");
        Builder b = builder();
        byStream.forEach(b::stream);
        return b.build();
    }

    /**
     * Returns the same multiplier for every stream and involvement, e.g. {@code 1} to credit CS
     * with all the revenue it touched (attributed revenue then equals the ARR).
     *
     * @param multiplier the multiplier, in {@code [0, 1]}, not null
     * @return the multipliers
     * @throws NullPointerException if {@code multiplier} is null
     * @throws IllegalArgumentException if {@code multiplier} is outside {@code [0, 1]}
     */
    public static Multipliers uniform(BigDecimal multiplier) {
        return builder().defaultMultiplier(multiplier).build();
    }

    /**
     * Returns the multiplier for a deal of a stream and involvement, resolved as the class
     * documentation says.
     *
     * @param stream the stream, not null
     * @param involvement the involvement, not null
     * @return the multiplier in {@code [0, 1]}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no multiplier applies to the stream
     */
    public BigDecimal multiplier(RevenueStream stream, Involvement involvement) {
        return find(stream, involvement).orElseThrow(() -> new IllegalArgumentException("no multiplier for stream '"
                + stream + "' (involvement " + involvement + "); set one for the stream or a default multiplier"));
    }

    /**
     * Returns the multiplier for a stream and involvement, if one applies.
     *
     * @param stream the stream, not null
     * @param involvement the involvement, not null
     * @return the multiplier, or empty if none is set for the stream and there is no default
     * @throws NullPointerException if an argument is null
     */
    public Optional<BigDecimal> find(RevenueStream stream, Involvement involvement) {
        Objects.requireNonNull(stream, "stream must not be null");
        Objects.requireNonNull(involvement, "involvement must not be null");
        EnumMap<Involvement, BigDecimal> refined = byInvolvement.get(stream);
        if (refined != null && refined.containsKey(involvement)) {
            return Optional.of(refined.get(involvement));
        }
        BigDecimal m = byStream.get(stream);
        return Optional.ofNullable(m != null ? m : defaultMultiplier);
    }

    /**
     * Returns the multipliers set per stream.
     *
     * @return an unmodifiable map in stream order
     */
    public Map<RevenueStream, BigDecimal> byStream() {
        return Collections.unmodifiableMap(byStream);
    }

    /**
     * Returns the default multiplier, for streams without their own.
     *
     * @return the default, or empty if none was set
     */
    public Optional<BigDecimal> defaultMultiplier() {
        return Optional.ofNullable(defaultMultiplier);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Multipliers && ((Multipliers) obj).byStream.equals(byStream)
                && ((Multipliers) obj).byInvolvement.equals(byInvolvement)
                && Objects.equals(((Multipliers) obj).defaultMultiplier, defaultMultiplier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byStream, byInvolvement, defaultMultiplier);
    }

    /**
     * Returns the multipliers, e.g. {@code Multipliers{renewal ARR=0.5, renewal ARR/LED=0.8, default=0}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Multipliers{");
        String sep = "";
        for (Map.Entry<RevenueStream, BigDecimal> e : byStream.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue().toPlainString());
            sep = ", ";
        }
        for (Map.Entry<RevenueStream, EnumMap<Involvement, BigDecimal>> e : byInvolvement.entrySet()) {
            for (Map.Entry<Involvement, BigDecimal> k : e.getValue().entrySet()) {
                sb.append(sep).append(e.getKey()).append('/').append(k.getKey()).append('=')
                        .append(k.getValue().toPlainString());
                sep = ", ";
            }
        }
        if (defaultMultiplier != null) {
            sb.append(sep).append("default=").append(defaultMultiplier.toPlainString());
        }
        return sb.append('}').toString();
    }

    static BigDecimal check(BigDecimal multiplier, String what) {
        Objects.requireNonNull(multiplier, what + " must not be null");
        io.csmetrics.Bounds.checkDecimal(multiplier, what);
        if (multiplier.signum() < 0 || multiplier.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + multiplier.toPlainString());
        }
        BigDecimal normal = multiplier.stripTrailingZeros();
        return normal.scale() < 0 ? normal.setScale(0) : normal;
    }

    /**
     * Builds {@link Multipliers}; each setter validates its multiplier at once.
     *
     * <p>This builder is mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final TreeMap<RevenueStream, BigDecimal> byStream = new TreeMap<>();
        private final TreeMap<RevenueStream, EnumMap<Involvement, BigDecimal>> byInvolvement = new TreeMap<>();
        private BigDecimal defaultMultiplier;

        private Builder() {
        }

        /**
         * Sets the multiplier of a stream.
         *
         * @param stream the stream, not null
         * @param multiplier the share credited to CS, in {@code [0, 1]}, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code multiplier} is outside {@code [0, 1]}
         */
        public Builder stream(RevenueStream stream, BigDecimal multiplier) {
            Objects.requireNonNull(stream, "stream must not be null");
            byStream.put(stream, check(multiplier, "multiplier of stream '" + stream + "'"));
            return this;
        }

        /**
         * Sets the multiplier of a stream from its decimal text, e.g. {@code "0.5"}.
         *
         * @param stream the stream, not null
         * @param multiplier the share credited to CS as decimal text, in {@code [0, 1]}, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code multiplier} is not a decimal or is outside
         *     {@code [0, 1]}
         */
        public Builder stream(RevenueStream stream, String multiplier) {
            return stream(stream, parse(multiplier));
        }

        /**
         * Sets the multiplier of one involvement within a stream, overriding the stream's.
         *
         * @param stream the stream, not null
         * @param involvement the involvement, not null
         * @param multiplier the share credited to CS, in {@code [0, 1]}, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code multiplier} is outside {@code [0, 1]}
         */
        public Builder involvement(RevenueStream stream, Involvement involvement, BigDecimal multiplier) {
            Objects.requireNonNull(stream, "stream must not be null");
            Objects.requireNonNull(involvement, "involvement must not be null");
            BigDecimal m = check(multiplier, "multiplier of stream '" + stream + "' involvement " + involvement);
            byInvolvement.computeIfAbsent(stream, k -> new EnumMap<>(Involvement.class)).put(involvement, m);
            return this;
        }

        /**
         * Sets the multiplier of one involvement within a stream from its decimal text.
         *
         * @param stream the stream, not null
         * @param involvement the involvement, not null
         * @param multiplier the share credited to CS as decimal text, in {@code [0, 1]}, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code multiplier} is not a decimal or is outside
         *     {@code [0, 1]}
         */
        public Builder involvement(RevenueStream stream, Involvement involvement, String multiplier) {
            return involvement(stream, involvement, parse(multiplier));
        }

        /**
         * Sets the multiplier of every stream that has none of its own.
         *
         * @param multiplier the share credited to CS, in {@code [0, 1]}, not null
         * @return this builder
         * @throws NullPointerException if {@code multiplier} is null
         * @throws IllegalArgumentException if {@code multiplier} is outside {@code [0, 1]}
         */
        public Builder defaultMultiplier(BigDecimal multiplier) {
            defaultMultiplier = check(multiplier, "defaultMultiplier");
            return this;
        }

        /**
         * Returns the multipliers set so far.
         *
         * @return the multipliers
         */
        public Multipliers build() {
            return new Multipliers(this);
        }

        private static BigDecimal parse(String multiplier) {
            Objects.requireNonNull(multiplier, "multiplier must not be null");
            try {
                return new BigDecimal(multiplier.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("multiplier is not a decimal number: '" + multiplier + "'", e);
            }
        }
    }

    /**
     * Re-checks a deserialised Multipliers through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Builder b = builder();
            Objects.requireNonNull(byStream, "byStream must not be null").forEach(b::stream);
            Objects.requireNonNull(byInvolvement, "byInvolvement must not be null").forEach((s, m) ->
                    Objects.requireNonNull(m, "the involvement multipliers of " + s + " must not be null")
                            .forEach((i, x) -> b.involvement(s, i, x)));
            if (defaultMultiplier != null) {
                b.defaultMultiplier(defaultMultiplier);
            }
            return b.build();
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Multipliers: " + e.getMessage())
                    .initCause(e);
        }
    }
}
