package io.csmetrics.clv;

import java.util.SplittableRandom;

/**
 * Generates customers' {@code (x, t_x, T)} from a known BG/NBD model, for parameter-recovery tests
 * and the benchmark: {@code λ ~ Gamma(r, α)}, {@code p ~ Beta(a, b)}, exponential inter-purchase times
 * with rate {@code λ}, dropout with probability {@code p} after each repeat purchase, observation over
 * {@code (0, T]}. Deterministic for a seed ({@link SplittableRandom}).
 */
public final class BgNbdSimulation {

    /** Frequencies. */
    public final int[] x;
    /** Recencies. */
    public final double[] tx;
    /** Ages. */
    public final double[] age;

    private BgNbdSimulation(int n) {
        x = new int[n];
        tx = new double[n];
        age = new double[n];
    }

    /**
     * Simulates {@code n} customers, their ages spread uniformly over {@code [minAge, maxAge]}.
     *
     * @param model the true model
     * @param n the number of customers
     * @param minAge the smallest age
     * @param maxAge the largest age
     * @param seed the seed
     * @return the columns
     */
    public static BgNbdSimulation generate(BgNbd model, int n, double minAge, double maxAge, long seed) {
        return generate(model, n, minAge, maxAge, seed, 0);
    }

    /**
     * Simulates {@code n} customers as dated transactions record them: every time is cut to whole
     * days ({@code daysPerPeriod} days to a model period), and purchases on one day are one purchase.
     * Many customers then share a history, as in real data.
     *
     * @param model the true model
     * @param n the number of customers
     * @param minAge the smallest age, in periods
     * @param maxAge the largest age, in periods
     * @param seed the seed
     * @param daysPerPeriod days per model period (7 for weeks); {@code 0} keeps times continuous
     * @return the columns
     */
    public static BgNbdSimulation generate(BgNbd model, int n, double minAge, double maxAge, long seed,
            int daysPerPeriod) {
        SplittableRandom random = new SplittableRandom(seed);
        BgNbdSimulation s = new BgNbdSimulation(n);
        for (int i = 0; i < n; i++) {
            double bigT = minAge + (maxAge - minAge) * random.nextDouble();
            double lambda = gamma(random, model.r()) / model.alpha();
            double ga = gamma(random, model.a());
            double p = ga / (ga + gamma(random, model.b()));
            double t = 0;
            int purchases = 0;
            double last = 0;
            int purchaseDays = 0;
            long lastDay = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t > bigT) {
                    break;
                }
                purchases++;
                last = t;
                long day = (long) Math.floor(t * daysPerPeriod);
                if (day > lastDay) {
                    purchaseDays++;
                    lastDay = day;
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            if (daysPerPeriod > 0) {
                s.x[i] = purchaseDays;
                s.tx[i] = (double) lastDay / daysPerPeriod;
                s.age[i] = Math.floor(bigT * daysPerPeriod) / daysPerPeriod;
            } else {
                s.x[i] = purchases;
                s.tx[i] = last;
                s.age[i] = bigT;
            }
        }
        return s;
    }

    /** A {@code Gamma(shape, 1)} variate (Marsaglia &amp; Tsang 2000, with the {@code U^(1/shape)} boost below 1). */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal(random);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
