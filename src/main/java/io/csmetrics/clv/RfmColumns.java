package io.csmetrics.clv;

import java.util.Collection;
import java.util.Objects;

/**
 * The columns a repeat-purchase fit reads: {@code x}, {@code t_x}, {@code T} per customer, validated
 * once, with the count of customers at each frequency for terms that depend on {@code x} alone.
 */
final class RfmColumns {

    final int[] x;
    final double[] tx;
    final double[] age;
    /** {@code countByFrequency[k]} customers have {@code x = k}. */
    final long[] countByFrequency;
    final int size;
    final long repeaters;

    private RfmColumns(int[] x, double[] tx, double[] age) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.size = x.length;
        int max = 0;
        long rep = 0;
        for (int i = 0; i < size; i++) {
            Checks.checkHistory(x[i], tx[i], age[i]);
            max = Math.max(max, x[i]);
            if (x[i] > 0) {
                rep++;
            }
        }
        long[] counts = new long[max + 1];
        for (int v : x) {
            counts[v]++;
        }
        this.countByFrequency = counts;
        this.repeaters = rep;
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
        return new RfmColumns(x.clone(), tx.clone(), age.clone());
    }
}
