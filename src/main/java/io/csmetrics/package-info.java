/**
 * Shared value types every metric family stands on: {@link io.csmetrics.Money}, {@link io.csmetrics.Mrr}, {@link io.csmetrics.Arr}, {@link io.csmetrics.Ratio}, account MRR data ({@link io.csmetrics.MrrSnapshot}, {@link io.csmetrics.MrrHistory}) and the {@link io.csmetrics.Accumulator} pattern.
 *
 * <p><b>Serialised state from untrusted storage.</b> Every {@link java.io.Serializable} class of
 * the library re-checks its invariants when read back (value types through their factories,
 * accumulators by checking their partial state) and refuses a tampered stream with an
 * {@link java.io.InvalidObjectException}. That does not limit which classes a stream names or how
 * large it is: when reading partial states you do not fully trust, also set a
 * {@link java.io.ObjectInputFilter} on the stream, for example
 * {@code ObjectInputFilter.Config.createFilter("maxdepth=20;maxrefs=100000;maxbytes=67108864;io.csmetrics.**;java.lang.*;java.lang.invoke.SerializedLambda;java.math.*;java.time.*;java.util.*;!*")},
 * with {@link java.io.ObjectInputStream#setObjectInputFilter}. Decimal inputs are limited by
 * {@link io.csmetrics.Bounds}.
 *
 * @since 0.1.0
 */
package io.csmetrics;
