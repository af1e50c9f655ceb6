package io.csmetrics.revenue;

import static io.csmetrics.revenue.SubscriptionEvent.end;
import static io.csmetrics.revenue.SubscriptionEvent.priceChange;
import static io.csmetrics.revenue.SubscriptionEvent.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.BillingPeriod;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionEventsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Mrr USD_100 = Mrr.of(Money.of("100", "USD"));
    private static final Mrr USD_150 = Mrr.of(Money.of("150", "USD"));
    private static final Mrr ANNUAL_1000 = Mrr.of(Money.of("1000", "USD"), BillingPeriod.ANNUAL);
    private static final YearMonth DEC_2023 = YearMonth.of(2023, 12);
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth MAR = YearMonth.of(2024, 3);
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final YearMonth JUN = YearMonth.of(2024, 6);

    @Test
    void classExample() {
        List<MrrHistory> h = SubscriptionEvents.toHistories(List.of(end("acme", "s1", MAY), start("acme", "s1", JAN, USD_100),
                priceChange("acme", "s1", MAR, USD_150)), JAN, JUN, RoundingMode.UNNECESSARY);

        assertThat(h).containsExactly(MrrHistory.of("acme", USD, JAN, 100_00, 100_00, 150_00, 150_00, 0, 0));
    }

    @Test
    void sumsSubscriptionsRoundsEachAndRestarts() {
        // s1: annual USD 1,000 = 1000/12 = 83.333… → 83.33 (HALF_EVEN), from Dec 2023 (before the window), open.
        // s2: USD 100 in Feb, ends Mar, restarts May at USD 150 (a reactivation of that subscription).
        List<MrrHistory> h = SubscriptionEvents.toHistories(List.of(
                start("acme", "s1", DEC_2023, ANNUAL_1000),
                start("acme", "s2", JAN.plusMonths(1), USD_100), end("acme", "s2", MAR), start("acme", "s2", MAY, USD_150),
                start("beta", "b", JUN, USD_100)), JAN, JUN, RoundingMode.HALF_EVEN);

        assertThat(h).containsExactly(
                MrrHistory.of("acme", USD, JAN, 83_33, 183_33, 83_33, 83_33, 233_33, 233_33),
                MrrHistory.of("beta", USD, JAN, 0, 0, 0, 0, 0, 100_00));
        assertThat(SubscriptionEvents.toSnapshots(List.of(start("beta", "b", JUN, USD_100)), MAY, JUN, RoundingMode.UNNECESSARY))
                .extracting(s -> s.mrr().toString()).containsExactly("USD 0.00", "USD 100.00");
    }

    @Test
    void historiesFeedTheBridge() {
        List<MrrHistory> h = SubscriptionEvents.toHistories(List.of(start("acme", "s1", JAN, USD_100),
                priceChange("acme", "s1", MAR, USD_150), end("acme", "s1", MAY)), JAN, JUN, RoundingMode.UNNECESSARY);
        MrrBridge bridge = h.stream().collect(MrrBridgeAccumulator.collector(USD, JAN, JUN));

        assertThat(bridge.period(MAR).expansion()).isEqualTo(MovementTotal.of(Money.of("50.00", "USD"), 1));
        assertThat(bridge.period(MAY).churn()).isEqualTo(MovementTotal.of(Money.of("150.00", "USD"), 1));
    }

    @Test
    void rejectsEventsOutOfOrder() {
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(priceChange("a", "s", JAN, USD_100)), JAN, JUN,
                RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PRICE_CHANGE in 2024-01 for account a, subscription s needs a running subscription, but it is not running");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(start("a", "s", JAN, USD_100),
                start("a", "s", MAR, USD_100)), JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("START in 2024-03 for account a, subscription s needs a stopped subscription, but it is running");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(start("a", "s", JAN, USD_100), end("a", "s", MAR),
                end("a", "s", MAY)), JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("END in 2024-05");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(start("a", "s", JAN, USD_100),
                priceChange("a", "s", JAN, USD_150)), JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two events in 2024-01 for account a, subscription s: START and PRICE_CHANGE");
    }

    @Test
    void rejectsBadArguments() {
        List<SubscriptionEvent> one = List.of(start("a", "s", JAN, USD_100));
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(start("a", "s", JAN, ANNUAL_1000)), JAN, JUN,
                RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a whole number of minor units");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(start("a", "s", JAN, USD_100),
                start("b", "s", JAN, Mrr.of(Money.of("1", "EUR")))), JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(), JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("events must not be empty");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(List.of(end("a", "s", JAN)), JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must contain a START event");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(one, JUN, JAN, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before firstMonth");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(null, JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(NullPointerException.class).hasMessage("events must not be null");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(one, JAN, JUN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rounding must not be null");
        assertThatThrownBy(() -> SubscriptionEvents.toHistories(java.util.Arrays.asList(start("a", "s", JAN, USD_100), null),
                JAN, JUN, RoundingMode.UNNECESSARY))
                .isInstanceOf(NullPointerException.class).hasMessage("events must not contain null");
    }

    @Test
    void eventsValidateThemselves() {
        assertThatThrownBy(() -> start("a", "s", JAN, Mrr.of(Money.of("-1", "USD")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr must not be negative: USD -1 per month (account a, subscription s, 2024-01)");
        assertThatThrownBy(() -> start(" ", "s", JAN, USD_100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank: ' '");
        assertThatThrownBy(() -> start("a", "", JAN, USD_100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subscriptionId must not be blank: ''");
        assertThatThrownBy(() -> start("a", "s", JAN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mrr must not be null for a START event");
        assertThatThrownBy(() -> new SubscriptionEvent("a", "s", SubscriptionEvent.Type.END, JAN, USD_100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mrr must be null for an END event: USD 100 per month");
        assertThatThrownBy(() -> end("a", "s", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("month must not be null");
        assertThatThrownBy(() -> new SubscriptionEvent("a", "s", null, JAN, USD_100)).isInstanceOf(NullPointerException.class)
                .hasMessage("type must not be null");
    }
}
