package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Serialisation invariants of the revenue results (the formula invariants — exact bridges, scale
 * invariance, bounded retention, all accumulation paths agreeing — live in
 * {@link RevenueProperties}): results computed on one machine are read back intact on another.
 */
class RevenueInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    @Provide
    Arbitrary<List<List<Long>>> books() {
        return Arbitraries.longs().between(0, 5000).list().ofMinSize(1).ofMaxSize(8).list().ofMinSize(1).ofMaxSize(20);
    }

    private static List<MrrHistory> histories(List<List<Long>> book) {
        List<MrrHistory> out = new ArrayList<>();
        for (int i = 0; i < book.size(); i++) {
            out.add(MrrHistory.of("A" + i, USD, FIRST, book.get(i).stream().mapToLong(Long::longValue).toArray()));
        }
        return out;
    }

    @Property
    void bridgesAndRetentionResultsShipIntact(@ForAll("books") List<List<Long>> book) {
        MrrBridgeAccumulator bridge = MrrBridgeAccumulator.create(USD, FIRST, FIRST.plusMonths(7));
        RevenueRetentionAccumulator retention = RevenueRetentionAccumulator.create(USD, FIRST, FIRST.plusMonths(7));
        histories(book).forEach(h -> {
            bridge.accept(h);
            retention.accept(h);
        });
        MrrBridge b = bridge.bridge();
        assertThat(AccumulatorChecks.roundTrip(b)).isEqualTo(b);
        for (MrrBridgePeriod p : b.periods()) {
            assertThat(AccumulatorChecks.roundTrip(p)).isEqualTo(p);
        }
        RevenueRetention r = retention.retention();
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
        assertThat(AccumulatorChecks.roundTrip(bridge).bridge()).isEqualTo(b);
        assertThat(AccumulatorChecks.roundTrip(retention).retention()).isEqualTo(r);
    }
}
