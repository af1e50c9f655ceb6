package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Segmentation;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Tampered state of the issue-15 classes is refused on deserialisation, not rebuilt. */
class RevenueDeserialisationTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    private static <T extends Serializable> void assertRefused(T value, String field, Object tampered) throws Exception {
        Field f = value.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(value, tampered);
        assertThatThrownBy(() -> AccumulatorChecks.roundTrip(value)).hasCauseInstanceOf(java.io.InvalidObjectException.class);
    }

    @Test
    void tamperedStateIsRefused() throws Exception {
        assertRefused(TrialConversion.create(LocalDate.of(2024, 1, 1)), "converted", 3L);
        assertRefused(FxBridgeAccumulator.create(FxRates.of(USD), FxPolicy.MONTHLY_RATE, JAN, JAN.plusMonths(2)), "months", 7);
        assertRefused(FreePlanBridgeAccumulator.create(USD, FreeToPaid.NEW, FreePlan.none(), JAN, JAN.plusMonths(1)),
                "state", new long[] {1});
        assertRefused(SegmentedBridgeAccumulator.create(USD, Segmentation.constant("a"), JAN, JAN.plusMonths(1)),
                "months", 5);
        TreeMap<String, TreeMap<YearMonth, BigDecimal>> bad = new TreeMap<>();
        bad.put("EUR", new TreeMap<>(java.util.Map.of(JAN, new BigDecimal("-1"))));
        assertRefused(FxRates.of(USD).withRate(EUR, JAN, BigDecimal.ONE), "rates", bad);
    }
}
