package io.csmetrics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Arr;
import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DealTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @Test
    void keepsAnArrExactly() {
        // an annual price of 1,000 is an MRR of 1000/12 and an ARR of exactly 1,000
        Arr arr = Mrr.of(Money.of("1000", "USD"), BillingPeriod.ANNUAL).toArr();
        Deal d = Deal.of("D", RevenueStream.RENEWAL, arr, DAY, "A", "Ann", "T", Involvement.LED);
        assertThat(d.arr().isEqual(Money.of("1000", "USD"))).isTrue();
    }

    @Test
    void rejectsBadInput() {
        Money usd = Money.of("10", "USD");
        assertThatThrownBy(() -> Deal.of("D", RevenueStream.RENEWAL, Money.of("-1", "USD"), DAY, "A", "c", "t",
                Involvement.LED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arr must not be negative");
        assertThatThrownBy(() -> Deal.of(" ", RevenueStream.RENEWAL, usd, DAY, "A", "c", "t", Involvement.LED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id must not be blank");
        assertThatThrownBy(() -> Deal.of("D", RevenueStream.RENEWAL, usd, DAY, "A", "", "t", Involvement.LED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csm must not be blank");
        assertThatThrownBy(() -> Deal.of("D", null, usd, DAY, "A", "c", "t", Involvement.LED))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stream must not be null");
        Arr weird = Mrr.of(Money.of("1", "USD"), BillingPeriod.ofMonths(7)).toArr();
        assertThatThrownBy(() -> Deal.of("D", RevenueStream.RENEWAL, weird, DAY, "A", "c", "t", Involvement.LED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a terminating decimal");
    }

    @Test
    void streamsOrderBuiltInsFirstAndResolveNames() {
        assertThat(RevenueStream.of("renewal ARR")).isSameAs(RevenueStream.RENEWAL);
        assertThat(RevenueStream.of("services").isBuiltIn()).isFalse();
        assertThat(RevenueStream.UPSELL.compareTo(RevenueStream.of("aaa"))).isNegative();
        assertThatThrownBy(() -> RevenueStream.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
    }

    @Test
    void isoWeeks() {
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
        assertThat(IsoWeek.of(LocalDate.of(2024, 3, 15))).hasToString("2024-W11");
        assertThat(new IsoWeek(2025, 1).monday()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThatThrownBy(() -> new IsoWeek(2024, 53)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid values 1 - 52");
    }
}
