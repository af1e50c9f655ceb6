package io.csmetrics.bench;

import io.csmetrics.clv.BgNbd;
import io.csmetrics.clv.BgNbdSimulation;
import io.csmetrics.clv.ClvFit;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.gamma.LogGamma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The BG/NBD maximum-likelihood fit on 100 k customers generated from known parameters
 * ({@code r = 0.243, α = 4.414, a = 0.793, b = 2.426}, the CDNOW estimates; ages 26–52 weeks, times in
 * whole days as dated transactions give them, so customers with the same history share a term), against
 * a raw loop that evaluates the same total log-likelihood once per customer with no grouping, the
 * unit of work the fit repeats (the fit's evaluation count is in {@link ClvFit#evaluations()}).
 * The goal from issue 17: the fit under 1 s on one core.
 *
 * <p>Run: {@code ./mvnw -B -ntp -P bench test-compile exec:exec -Djmh.args="-f 1 -wi 2 -i 5 ClvBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ClvBenchmark {

    static final BgNbd TRUTH = BgNbd.of(0.243, 4.414, 0.793, 2.426);

    @Param("100000")
    public int customers;

    BgNbdSimulation data;

    @Setup(Level.Trial)
    public void setUp() {
        // Whole days, as histories from dated transactions are (weeks of 7 days).
        data = BgNbdSimulation.generate(TRUTH, customers, 26, 52, 42, 7);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ClvFit<BgNbd> bgNbdFit() {
        return BgNbd.fit(data.x, data.tx, data.age);
    }

    /** One evaluation of the total log-likelihood at the true parameters, straight per customer. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double rawLogLikelihoodLoop() {
        double r = TRUTH.r();
        double alpha = TRUTH.alpha();
        double a = TRUTH.a();
        double b = TRUTH.b();
        double logBetaAB = LogGamma.value(a) + LogGamma.value(b) - LogGamma.value(a + b);
        double total = 0;
        for (int i = 0; i < data.x.length; i++) {
            int x = data.x[i];
            double logBetaABx = LogGamma.value(a) + LogGamma.value(b + x) - LogGamma.value(a + b + x);
            double ll = LogGamma.value(r + x) - LogGamma.value(r) + r * Math.log(alpha) + logBetaABx - logBetaAB
                    - (r + x) * Math.log(alpha + data.age[i]);
            if (x > 0) {
                ll += Math.log1p(a / (b + x - 1) * Math.pow((alpha + data.age[i]) / (alpha + data.tx[i]), r + x));
            }
            total += ll;
        }
        return total;
    }
}
