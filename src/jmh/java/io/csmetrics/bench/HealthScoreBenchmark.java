package io.csmetrics.bench;

import io.csmetrics.health.HealthScoreModel;
import io.csmetrics.health.Measure;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring 1 M accounts × 20 measures through {@link HealthScoreModel#scoreAll(double[][], double[])}
 * (linear measures with floor/ceiling, clamped, weighted and normalised), against a raw loop that
 * only forms the plain weighted sum over the same column-major {@code double[][]}. One
 * invocation scores every account once; the goal is under 200 ms on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HealthScoreBenchmark {

    private static final int ACCOUNTS = 1_000_000;
    private static final int MEASURES = 20;

    private double[][] columns;
    private double[] weights;
    private double[] out;
    private HealthScoreModel model;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        columns = new double[MEASURES][ACCOUNTS];
        weights = new double[MEASURES];
        HealthScoreModel.Builder b = HealthScoreModel.builder();
        for (int j = 0; j < MEASURES; j++) {
            weights[j] = 1 + random.nextInt(20);
            b.measure(Measure.linear("m" + j, 0, 100), weights[j]);
            for (int i = 0; i < ACCOUNTS; i++) {
                columns[j][i] = random.nextDouble() * 120 - 10;
            }
        }
        model = b.build();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int j = 0; j < MEASURES; j++) {
            weights[j] /= total;
        }
        out = new double[ACCOUNTS];
    }

    @Benchmark
    public double[] modelBulk() {
        model.scoreAll(columns, out);
        return out;
    }

    @Benchmark
    public double[] rawWeightedSum() {
        double[] o = out;
        java.util.Arrays.fill(o, 0);
        for (int j = 0; j < MEASURES; j++) {
            double w = weights[j];
            double[] col = columns[j];
            for (int i = 0; i < ACCOUNTS; i++) {
                o[i] += w * col[i];
            }
        }
        return o;
    }
}
