package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link MrrHistory#fromSnapshots(java.util.Collection)} groups without nested maps; it must equal
 * the plain definition (a sorted map of sorted maps, kept here as the reference), and reading a
 * history for the bridge must not depend on how it was built.
 */
class MrrHistoryGroupingProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    @Property(tries = 200)
    void groupingEqualsTheSortedMapDefinition(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int accounts) {
        Random r = new Random(seed);
        List<MrrSnapshot> snapshots = new ArrayList<>();
        Map<String, TreeMap<YearMonth, Long>> reference = new TreeMap<>();
        for (int a = 0; a < accounts; a++) {
            String id = "acc-" + r.nextInt(1000);
            if (reference.containsKey(id)) {
                continue;
            }
            TreeMap<YearMonth, Long> months = new TreeMap<>();
            int start = r.nextInt(48) - 24;
            for (int m = 0, n = 1 + r.nextInt(20); m < n; m++) {
                if (m == 0 || r.nextInt(4) != 0) {
                    long cents = r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000);
                    months.put(JAN.plusMonths(start + m), cents);
                    snapshots.add(MrrSnapshot.of(id, JAN.plusMonths(start + m), Money.ofMinor(cents, USD)));
                }
            }
            reference.put(id, months);
        }
        Collections.shuffle(snapshots, r);
        List<MrrHistory> expected = new ArrayList<>();
        reference.forEach((id, months) -> {
            YearMonth first = months.firstKey();
            long[] units = new long[(int) (months.lastKey().getYear() * 12L + months.lastKey().getMonthValue()
                    - first.getYear() * 12L - first.getMonthValue()) + 1];
            months.forEach((m, v) -> units[(int) (m.getYear() * 12L + m.getMonthValue() - first.getYear() * 12L
                    - first.getMonthValue())] = v);
            expected.add(MrrHistory.of(id, USD, first, units));
        });
        assertThat(MrrHistory.fromSnapshots(snapshots)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void theCollectorReadsHistoriesAsTheBulkPathDoes(@ForAll long seed) {
        Random r = new Random(seed);
        YearMonth first = JAN.plusMonths(r.nextInt(6));
        YearMonth last = first.plusMonths(r.nextInt(12));
        MrrBridgeAccumulator objects = MrrBridgeAccumulator.create(USD, first, last);
        MrrBridgeAccumulator bulk = MrrBridgeAccumulator.create(USD, first, last);
        for (int a = 0; a < 30; a++) {
            int offset = r.nextInt(30) - 15;
            long[] units = new long[1 + r.nextInt(20)];
            for (int i = 0; i < units.length; i++) {
                units[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(10_000);
            }
            objects.accept(MrrHistory.of("a" + a, USD, first.plusMonths(offset), units));
            bulk.accept(offset, units);
        }
        assertThat(objects.bridge()).isEqualTo(bulk.bridge());
    }

    @Test
    void getMinorUnitsCopiesARangeIntoTheCallersBuffer() {
        MrrHistory h = MrrHistory.of("a", USD, JAN, 1, 2, 3, 4);
        long[] buffer = {9, 9, 9, 9};
        h.getMinorUnits(1, 3, buffer, 2);
        assertThat(buffer).containsExactly(9, 9, 2, 3);
        assertThatThrownBy(() -> h.getMinorUnits(3, 5, buffer, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.getMinorUnits(2, 1, buffer, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.getMinorUnits(0, 2, buffer, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.getMinorUnits(0, 1, null, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("dst must not be null");
    }
}
