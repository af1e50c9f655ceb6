package io.csmetrics.health;

import java.io.Serializable;

/**
 * How a {@link Measure} turns a signal into a 0–100 score, one account at a time and over a whole
 * column (the bulk path keeps each kind's loop monomorphic and allocation-free).
 */
abstract class Scorer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Scores one finite signal; the caller has checked finiteness. */
    abstract double score(double signal, String segment);

    /**
     * Adds {@code weight × score(column[i])} to {@code out[i]} for every account; the column is
     * checked for non-finite values first so nothing is half-added.
     */
    void accumulate(String measure, double[] column, String[] segments, double weight, double[] out) {
        checkColumn(measure, column);
        for (int i = 0; i < column.length; i++) {
            out[i] += weight * score(column[i], segments == null ? "" : segments[i]);
        }
    }

    static void checkColumn(String measure, double[] column) {
        for (int i = 0; i < column.length; i++) {
            if (!Double.isFinite(column[i])) {
                throw new IllegalArgumentException("signal '" + measure + "' of account index " + i
                        + " must be a finite number: " + column[i]);
            }
        }
    }

    static final class KeyFeature extends Scorer {
        private static final long serialVersionUID = 1L;

        @Override
        double score(double signal, String segment) {
            if (signal < 0) {
                throw new IllegalArgumentException("a key-feature signal is a use count, 0 or more: " + signal);
            }
            return signal > 0 ? 100.0 : 0.0;
        }
    }

    static final class Linear extends Scorer {
        private static final long serialVersionUID = 1L;
        private final double floor;
        private final double scale;

        Linear(double floor, double ceiling) {
            this.floor = floor;
            this.scale = 100.0 / (ceiling - floor);
        }

        private Object readResolve() throws java.io.InvalidObjectException {
            try {
                if (!Double.isFinite(floor) || !(scale > 0 && scale < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("floor (" + floor + ") must be finite and scale (" + scale
                            + ") positive and finite");
                }
                return this;
            } catch (RuntimeException e) {
                throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid linear scorer: "
                        + e.getMessage()).initCause(e);
            }
        }

        @Override
        double score(double signal, String segment) {
            return Math.min(100.0, Math.max(0.0, (signal - floor) * scale));
        }

        @Override
        void accumulate(String measure, double[] column, String[] segments, double weight, double[] out) {
            checkColumn(measure, column);
            double f = floor;
            double s = scale;
            for (int i = 0; i < column.length; i++) {
                out[i] += weight * Math.min(100.0, Math.max(0.0, (column[i] - f) * s));
            }
        }
    }

    static final class Tiered extends Scorer {
        private static final long serialVersionUID = 1L;
        private final Tiers tiers;

        Tiered(Tiers tiers) {
            this.tiers = tiers;
        }

        private Object readResolve() throws java.io.InvalidObjectException {
            try {
                java.util.Objects.requireNonNull(tiers, "tiers must not be null");
                return this;
            } catch (RuntimeException e) {
                throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid tiered scorer: "
                        + e.getMessage()).initCause(e);
            }
        }

        @Override
        double score(double signal, String segment) {
            return tiers.scoreOf(signal);
        }
    }

    static final class Custom extends Scorer {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final SignalFunction function;

        Custom(String name, SignalFunction function) {
            this.name = name;
            this.function = function;
        }

        private Object readResolve() throws java.io.InvalidObjectException {
            try {
                java.util.Objects.requireNonNull(name, "name must not be null");
                java.util.Objects.requireNonNull(function, "function must not be null");
                return this;
            } catch (RuntimeException e) {
                throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid custom scorer: "
                        + e.getMessage()).initCause(e);
            }
        }

        @Override
        double score(double signal, String segment) {
            double s = function.score(signal);
            if (!(s >= 0.0 && s <= 100.0)) {
                throw new IllegalArgumentException("measure '" + name + "' scored signal " + signal + " as " + s
                        + "; a score must be within 0..100");
            }
            return s;
        }
    }

    static final class SegmentPercentile extends Scorer {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final java.util.Map<String, double[]> sortedBySegment;

        SegmentPercentile(String name, java.util.Map<String, double[]> sortedBySegment) {
            this.name = name;
            this.sortedBySegment = sortedBySegment;
        }

        private Object readResolve() throws java.io.InvalidObjectException {
            try {
                java.util.Objects.requireNonNull(name, "name must not be null");
                java.util.Map<String, double[]> copy = new java.util.HashMap<>();
                java.util.Objects.requireNonNull(sortedBySegment, "sortedBySegment must not be null").forEach((k, p) -> {
                    if (k == null || p == null || p.length == 0) {
                        throw new IllegalArgumentException("segment " + k + " must have a population");
                    }
                    for (int i = 0; i < p.length; i++) {
                        if (!Double.isFinite(p[i]) || i > 0 && p[i] < p[i - 1]) {
                            throw new IllegalArgumentException("the population of segment " + k
                                    + " must be finite and sorted, not " + p[i] + " at " + i);
                        }
                    }
                    copy.put(k, p.clone());
                });
                return new SegmentPercentile(name, java.util.Map.copyOf(copy));
            } catch (RuntimeException e) {
                throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid percentile scorer: "
                        + e.getMessage()).initCause(e);
            }
        }

        @Override
        double score(double signal, String segment) {
            double[] population = sortedBySegment.get(segment);
            if (population == null) {
                throw new IllegalArgumentException("measure '" + name + "' has no population for segment '" + segment
                        + "'; segments: " + sortedBySegment.keySet());
            }
            int below = lowerBound(population, signal);
            int upTo = upperBound(population, signal);
            return 100.0 * (below + 0.5 * (upTo - below)) / population.length;
        }

        private static int lowerBound(double[] a, double x) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static int upperBound(double[] a, double x) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
