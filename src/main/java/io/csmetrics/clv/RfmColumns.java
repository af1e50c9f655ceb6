package io.csmetrics.clv;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * The columns a repeat-purchase fit reads: {@code x}, {@code t_x}, {@code T} per customer, validated
 * once, with the count of customers at each frequency for terms that depend on {@code x} alone.
 */
final class RfmColumns {

    /** The distinct histories {@code (x, t_x, T)}, sorted; {@code weight[i]} customers share history {@code i}. */
    final int[] x;
    final double[] tx;
    final double[] age;
    final long[] weight;
    /** {@code countByFrequency[k]} customers have {@code x = k}. */
    final long[] countByFrequency;
    /** The number of customers. */
    final int size;
    final long repeaters;

    private RfmColumns(int[] xs, double[] txs, double[] ages) {
        int n = xs.length;
        int max = 0;
        long rep = 0;
        for (int i = 0; i < n; i++) {
            Checks.checkHistory(xs[i], txs[i], ages[i]);
            max = Math.max(max, xs[i]);
            if (xs[i] > 0) {
                rep++;
            }
        }
        long[] counts = new long[max + 1];
        for (int v : xs) {
            counts[v]++;
        }
        // Customers with the same history contribute the same likelihood term: real data, measured in
        // whole days, repeat histories often (every one-time buyer of the same age shares one), so each
        // distinct history is evaluated once and weighted.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> xs[i]).thenComparingDouble(i -> txs[i])
                .thenComparingDouble(i -> ages[i]));
        int[] ux = new int[n];
        double[] utx = new double[n];
        double[] uage = new double[n];
        long[] w = new long[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (m > 0 && ux[m - 1] == xs[i] && utx[m - 1] == txs[i] && uage[m - 1] == ages[i]) {
                w[m - 1]++;
            } else {
                ux[m] = xs[i];
                utx[m] = txs[i];
                uage[m] = ages[i];
                w[m] = 1;
                m++;
            }
        }
        this.x = Arrays.copyOf(ux, m);
        this.tx = Arrays.copyOf(utx, m);
        this.age = Arrays.copyOf(uage, m);
        this.weight = Arrays.copyOf(w, m);
        this.size = n;
        this.countByFrequency = counts;
        this.repeaters = rep;
    }

    /** The number of distinct histories. */
    int distinct() {
        return x.length;
    }

    static RfmColumns of(Collection<CustomerRfm> customers) {
        Objects.requireNonNull(customers, "customers must not be null");
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        int i = 0;
        for (CustomerRfm c : customers) {
            Objects.requireNonNull(c, "customers must not contain null");
            x[i] = c.frequency();
            tx[i] = c.recency();
            age[i] = c.age();
            i++;
        }
        return new RfmColumns(x, tx, age);
    }

    static RfmColumns of(int[] x, double[] tx, double[] age) {
        Objects.requireNonNull(x, "frequency must not be null");
        Objects.requireNonNull(tx, "recency must not be null");
        Objects.requireNonNull(age, "age must not be null");
        if (tx.length != x.length || age.length != x.length) {
            throw new IllegalArgumentException("frequency (" + x.length + "), recency (" + tx.length + ") and age ("
                    + age.length + ") must have the same length");
        }
        return new RfmColumns(x, tx, age);
    }
}
