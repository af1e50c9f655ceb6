package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import io.csmetrics.satisfaction.CsatAccumulator;
import io.csmetrics.satisfaction.NpsAccumulator;
import io.csmetrics.satisfaction.NpsBreakdown;
import io.csmetrics.satisfaction.NpsResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 14: the overflow property of the bulk accumulators that sum {@code long}s. With totals near
 * {@code Long.MAX_VALUE}, a result is either exact (equal to the sum in {@link BigInteger}) or the
 * call raises an {@link ArithmeticException} with a message and leaves the accumulator unchanged.
 * (The cohort retention matrix has its own in {@code RetentionMatrixOverflowTest}; the ROI,
 * uplift and health-rollup accumulators sum {@code BigDecimal}s, and their counts are guarded in
 * {@code CountOverflowTest}.)
 */
class AccumulatorOverflowProperties {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);

    @Provide
    Arbitrary<List<Long>> amounts() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE).edgeCases(e -> e.add(Long.MAX_VALUE / 2 + 1))
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 200)
    void mrrBridge(@ForAll("amounts") List<Long> amounts) {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, JAN.plusMonths(1));
        BigInteger volume = BigInteger.ZERO;
        BigInteger opening = BigInteger.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            long v = amounts.get(i);
            MrrHistory h = MrrHistory.of("a" + i, USD, JAN, v, v);
            Object before = acc.bridge();
            BigInteger next = volume.add(BigInteger.valueOf(v).shiftLeft(1));
            if (next.bitLength() < 64) {
                acc.accept(h);
                volume = next;
                opening = opening.add(BigInteger.valueOf(v));
            } else {
                // The bridge's guard is conservative (on the whole in-window volume): it may refuse a
                // history whose totals would still fit, never accept one that wraps.
                try {
                    acc.accept(h);
                    opening = opening.add(BigInteger.valueOf(v));
                    volume = next;
                } catch (ArithmeticException e) {
                    assertThat(e).hasMessageContaining("Long.MAX_VALUE");
                    assertThat(acc.bridge()).isEqualTo(before);
                }
            }
            assertThat(acc.bridge().openingMrr().amount()).isEqualByComparingTo(new BigDecimal(opening, 2));
        }
    }

    @Property(tries = 200)
    void revenueRetention(@ForAll("amounts") List<Long> amounts) {
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(USD, JAN, JAN.plusMonths(1));
        BigInteger start = BigInteger.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            long v = amounts.get(i);
            MrrHistory h = MrrHistory.of("a" + i, USD, JAN, v, v);
            Object before = acc.retention();
            try {
                acc.accept(h);
                start = start.add(BigInteger.valueOf(v));
            } catch (ArithmeticException e) {
                assertThat(e).hasMessageContaining("Long.MAX_VALUE");
                assertThat(acc.retention()).isEqualTo(before);
            }
            assertThat(acc.retention().startMrr().amount()).isEqualByComparingTo(new BigDecimal(start, 2));
        }
    }

    @Property(tries = 200)
    void npsCombine(@ForAll("amounts") List<Long> counts) {
        NpsAccumulator acc = NpsAccumulator.create();
        BigInteger total = BigInteger.ZERO;
        for (long c : counts) {
            NpsAccumulator part = NpsAccumulator.create();
            // A partial state read back from a distributed engine: counts near Long.MAX_VALUE.
            Tamper.set(part, "promoters", c);
            String before = acc.toString();
            BigInteger next = total.add(BigInteger.valueOf(c));
            if (next.bitLength() < 64) {
                acc.combine(part);
                total = next;
            } else {
                assertThatThrownBy(() -> acc.combine(part)).isInstanceOf(ArithmeticException.class)
                        .hasMessageContaining("overflows a long");
                assertThat(acc.toString()).isEqualTo(before);
            }
            assertThat(acc.result().promoters()).isEqualTo(total.longValueExact());
        }
    }

    @Property(tries = 200)
    @SuppressWarnings("unchecked") // the tampered field's declared type
    void npsBreakdownCombine(@ForAll("amounts") List<Long> counts) {
        NpsBreakdown<String> acc = NpsBreakdown.by(NpsResponse::respondentId);
        BigInteger total = BigInteger.ZERO;
        for (long c : counts) {
            NpsBreakdown<String> part = NpsBreakdown.by(NpsResponse::respondentId);
            part.accept(NpsResponse.of("g", 9));
            ((java.util.Map<String, long[]>) Tamper.get(part, "counts")).put("g", new long[] {c, 0, 0});
            Object before = acc.results();
            BigInteger next = total.add(BigInteger.valueOf(c));
            if (next.bitLength() < 64) {
                acc.combine(part);
                total = next;
            } else {
                assertThatThrownBy(() -> acc.combine(part)).isInstanceOf(ArithmeticException.class)
                        .hasMessageContaining("group g");
                assertThat(acc.results()).isEqualTo(before);
            }
        }
    }

    @Property(tries = 200)
    void csatCombine(@ForAll("amounts") List<Long> counts) {
        CsatAccumulator acc = CsatAccumulator.create();
        BigInteger total = BigInteger.ZERO;
        for (long c : counts) {
            CsatAccumulator part = CsatAccumulator.create();
            ((long[]) Tamper.get(part, "counts"))[0] = c;
            long[] before = ((long[]) Tamper.get(acc, "counts")).clone();
            BigInteger next = total.add(BigInteger.valueOf(c));
            if (next.bitLength() < 64) {
                acc.combine(part);
                total = next;
            } else {
                assertThatThrownBy(() -> acc.combine(part)).isInstanceOf(ArithmeticException.class)
                        .hasMessageContaining("overflows a long");
                assertThat((long[]) Tamper.get(acc, "counts")).isEqualTo(before);
            }
            assertThat(acc.count(1)).isEqualTo(total.longValueExact());
        }
    }
}
