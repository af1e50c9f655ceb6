package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: the hostile inputs HostileInputTest found in this package get named errors. */
class HostileInputRegressionTest {

    private static final Money TEN = Money.of("10.00", "USD");

    @Test
    void bridgesNameANullPeriod() {
        assertThatThrownBy(() -> new FxBridge(FxPolicy.values()[0], YearMonth.of(2024, 1), TEN, 1,
                Arrays.asList((FxBridgePeriod) null))).isInstanceOf(NullPointerException.class)
                .hasMessage("periods[0] must not be null");
        assertThatThrownBy(() -> new SegmentBridge("a", YearMonth.of(2024, 1), TEN, 1,
                Arrays.asList((SegmentBridgePeriod) null))).isInstanceOf(NullPointerException.class)
                .hasMessage("periods[0] must not be null");
    }

    @Test
    void arrDueWithinEndsItsWindowAtTheLastDate() {
        assertThat(UpcomingRenewals.arrDueWithin(List.of(), LocalDate.MAX, 1, Currency.getInstance("USD")).isZero())
                .isTrue();
    }
}
