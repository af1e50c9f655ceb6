package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LineItemTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth APR = YearMonth.of(2024, 4);
    private static final YearMonth JUL = YearMonth.of(2024, 7);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Mrr mrr(String amount) {
        return Mrr.of(usd(amount));
    }

    /** LineItemMrr's example: 10 seats at USD 30 from 11 April, 20 % off for three months. */
    private static final LineItem CRM = LineItem.monthly("a", "crm", "pro", usd("30"), 10, LocalDate.of(2024, 4, 11))
            .withDiscount(Discount.percent(new BigDecimal("20"), OptionalInt.of(3)));

    @Test
    void snapshotAndDayWeightedNetAndGross() {
        assertThat(CRM.grossMrr()).isEqualTo(mrr("300"));
        assertThat(CRM.discountedMrr()).isEqualTo(mrr("240"));
        List<LineItem> items = List.of(CRM);
        assertThat(LineItemMrr.mrr(items, APR, ProrationRule.END_OF_MONTH_SNAPSHOT, DiscountBasis.NET, USD))
                .isEqualTo(mrr("240"));
        assertThat(LineItemMrr.mrr(items, APR, ProrationRule.END_OF_MONTH_SNAPSHOT, DiscountBasis.GROSS, USD))
                .isEqualTo(mrr("300"));
        assertThat(LineItemMrr.mrr(items, JUL, ProrationRule.END_OF_MONTH_SNAPSHOT, DiscountBasis.NET, USD))
                .isEqualTo(mrr("300"));
        // 20 active days of 30 at 240
        assertThat(LineItemMrr.mrr(items, APR, ProrationRule.DAY_WEIGHTED, DiscountBasis.NET, USD)).isEqualTo(mrr("160"));
        // July: 10 days discounted (1-10), 21 days full: (240 × 10 + 300 × 21) / 31 = 8700 / 31
        assertThat(LineItemMrr.mrr(items, JUL, ProrationRule.DAY_WEIGHTED, DiscountBasis.NET, USD))
                .isEqualTo(mrr("8700").dividedBy(31));
    }

    @Test
    void historiesFromItemsWithTrialEndAndFixedDiscount() {
        LineItem annual = new LineItem("b", "bi", "team", usd("1200"), BillingPeriod.ANNUAL, 1,
                Discount.fixed(usd("120"), OptionalInt.empty()), LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 6, 15)),
                Optional.of(LocalDate.of(2024, 4, 1)));
        List<MrrHistory> h = LineItemMrr.histories(List.of(CRM, annual), YearMonth.of(2024, 3), JUL,
                ProrationRule.END_OF_MONTH_SNAPSHOT, DiscountBasis.NET, RoundingMode.UNNECESSARY);
        assertThat(h).extracting(MrrHistory::accountId).containsExactly("a", "b");
        assertThat(h.get(0).toMinorUnitsArray()).containsExactly(0, 24_000, 24_000, 24_000, 30_000);
        // b: trial in March; (1200 − 120) / 12 = 90 in April and May; ended 15 June
        assertThat(h.get(1).toMinorUnitsArray()).containsExactly(0, 9_000, 9_000, 0, 0);
        LineItem third = LineItem.monthly("c", "crm", "x", usd("10"), 1, LocalDate.of(2024, 4, 1))
                .withEnd(LocalDate.of(2024, 4, 2));
        assertThatThrownBy(() -> LineItemMrr.histories(List.of(third), APR, APR, ProrationRule.DAY_WEIGHTED,
                DiscountBasis.NET, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("of account c in 2024-04 needs rounding");
        assertThat(LineItemMrr.mrrRounded(List.of(third), APR, ProrationRule.DAY_WEIGHTED, DiscountBasis.NET, USD,
                RoundingMode.HALF_EVEN)).isEqualTo(usd("0.33"));
    }

    @Test
    void purchasedSeatsOverTime() {
        List<LineItem> items = List.of(
                LineItem.monthly("a", "crm", "pro", usd("30"), 10, LocalDate.of(2024, 4, 11)).withEnd(LocalDate.of(2024, 6, 1)),
                LineItem.monthly("a", "crm", "pro", usd("30"), 12, LocalDate.of(2024, 6, 1)),
                LineItem.monthly("b", "bi", "team", usd("100"), 3, LocalDate.of(2024, 5, 31)).withTrialEnd(LocalDate.of(2024, 6, 30)));
        Map<String, long[]> seats = LineItemMrr.purchasedSeats(items, APR, JUL);
        assertThat(seats.keySet()).containsExactly("a", "b");
        assertThat(seats.get("a")).containsExactly(10, 10, 12, 12);
        assertThat(seats.get("b")).containsExactly(0, 0, 3, 3);
        assertThatThrownBy(() -> LineItemMrr.purchasedSeats(items, JUL, APR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroDiscountChangesNothing() {
        LineItem plain = LineItem.monthly("a", "crm", "pro", usd("30"), 10, LocalDate.of(2024, 4, 11));
        for (Discount zero : List.of(Discount.NONE, Discount.percent(BigDecimal.ZERO, OptionalInt.of(2)),
                Discount.fixed(usd("0"), OptionalInt.empty()))) {
            LineItem d = plain.withDiscount(zero);
            for (ProrationRule rule : ProrationRule.values()) {
                assertThat(LineItemMrr.mrr(List.of(d), APR, rule, DiscountBasis.NET, USD))
                        .isEqualTo(LineItemMrr.mrr(List.of(plain), APR, rule, DiscountBasis.GROSS, USD));
            }
        }
        assertThat(plain.withDiscount(Discount.NONE)).isSameAs(plain);
        assertThat(plain.withDiscount(Discount.percent(new BigDecimal("12.5"), OptionalInt.empty())).discountedMrr())
                .isEqualTo(mrr("262.5"));
    }

    /** LineItemBreakdown's worked example, plus a new and a churned account. */
    @Test
    void breakdownIntoSeatsPriceDiscountAndCrossSell() {
        YearMonth jan = YearMonth.of(2024, 1);
        YearMonth feb = YearMonth.of(2024, 2);
        LocalDate start = LocalDate.of(2023, 12, 1);
        LocalDate feb1 = LocalDate.of(2024, 2, 1);
        List<LineItem> items = List.of(
                LineItem.monthly("a", "crm", "basic", usd("30"), 10, start)
                        .withDiscount(Discount.percent(new BigDecimal("20"), OptionalInt.of(2))).withEnd(feb1),
                LineItem.monthly("a", "crm", "pro", usd("40"), 12, feb1),
                LineItem.monthly("a", "bi", "team", usd("100"), 1, feb1),
                LineItem.monthly("n", "crm", "basic", usd("30"), 1, feb1),
                LineItem.monthly("x", "crm", "basic", usd("30"), 2, start).withEnd(feb1));
        LineItemBreakdown b = LineItemBreakdown.between(items, jan, feb, DiscountBasis.NET, USD);
        assertThat(b.startMrr()).isEqualTo(mrr("300"));
        assertThat(b.endMrr()).isEqualTo(mrr("610"));
        assertThat(b.seatExpansion()).isEqualTo(mrr("60"));
        assertThat(b.priceExpansion()).isEqualTo(mrr("120"));
        assertThat(b.discountEnded()).isEqualTo(mrr("60"));
        assertThat(b.crossSell()).isEqualTo(mrr("100"));
        assertThat(b.newBusiness()).isEqualTo(mrr("30"));
        assertThat(b.churn()).isEqualTo(mrr("60"));
        assertThat(b.upsell()).isEqualTo(mrr("180"));
        assertThat(b.startSeats()).isEqualTo(12);
        assertThat(b.endSeats()).isEqualTo(14);
        assertThat(b.endArpuPerSeat()).contains(mrr("610").dividedBy(14));
        LineItemBreakdown gross = LineItemBreakdown.between(items, jan, feb, DiscountBasis.GROSS, USD);
        assertThat(gross.discountEnded()).isEqualTo(Mrr.zero(USD));
        assertThat(gross.startMrr()).isEqualTo(mrr("360"));
    }

    @Test
    void seatContractionPriceCutDiscountAddedAndProductChurn() {
        YearMonth jan = YearMonth.of(2024, 1);
        LocalDate start = LocalDate.of(2023, 12, 1);
        LocalDate feb1 = LocalDate.of(2024, 2, 1);
        List<LineItem> items = List.of(
                LineItem.monthly("a", "crm", "pro", usd("40"), 10, start).withEnd(feb1),
                LineItem.monthly("a", "crm", "basic", usd("30"), 8, feb1)
                        .withDiscount(Discount.fixed(usd("40"), OptionalInt.empty())),
                LineItem.monthly("a", "bi", "team", usd("100"), 1, start).withEnd(feb1));
        LineItemBreakdown b = LineItemBreakdown.between(items, jan, jan.plusMonths(1), DiscountBasis.NET, USD);
        // start 400 + 100 = 500; end 240 − 40 = 200. seats 40 × −2 = −80; price 240 − 320 = −80; discount −40; bi −100
        assertThat(b.seatContraction()).isEqualTo(mrr("80"));
        assertThat(b.priceContraction()).isEqualTo(mrr("80"));
        assertThat(b.discountAdded()).isEqualTo(mrr("40"));
        assertThat(b.productChurn()).isEqualTo(mrr("100"));
        assertThat(b.endMrr()).isEqualTo(mrr("200"));
    }

    @Test
    void badInput() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> LineItem.monthly("a", "crm", "pro", usd("30"), 0, d))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quantity of a/crm must be at least 1: 0");
        assertThatThrownBy(() -> LineItem.monthly("a", " ", "pro", usd("30"), 1, d))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> LineItem.monthly("a", "crm", "pro", usd("-1"), 1, d))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unitPrice of a/crm must not be negative: USD -1");
        assertThatThrownBy(() -> LineItem.monthly("a", "crm", "pro", usd("30"), 1, d).withEnd(d))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("end (2024-01-01) of a/crm must be after start (2024-01-01)");
        assertThatThrownBy(() -> LineItem.monthly("a", "crm", "pro", usd("30"), 1, d)
                .withDiscount(Discount.fixed(usd("31"), OptionalInt.empty()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fixed discount USD 31 of a/crm exceeds the period's amount USD 30");
        assertThatThrownBy(() -> LineItem.monthly("a", "crm", "pro", usd("30"), 1, d)
                .withDiscount(Discount.fixed(Money.of("1", "EUR"), OptionalInt.empty())))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        assertThatThrownBy(() -> Discount.percent(new BigDecimal("101"), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("percent must be in 0..100: 101");
        assertThatThrownBy(() -> Discount.percent(BigDecimal.ONE, OptionalInt.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("months must be at least 1: 0");
        assertThatThrownBy(() -> Discount.fixed(usd("-1"), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fixed must not be negative: USD -1");
        assertThatThrownBy(() -> new Discount(null, null, OptionalInt.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LineItemMrr.mrr(List.of(CRM), APR, ProrationRule.DAY_WEIGHTED, DiscountBasis.NET,
                Currency.getInstance("EUR"))).isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        assertThatThrownBy(() -> LineItemBreakdown.between(List.of(CRM), APR, APR, DiscountBasis.NET, USD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineItemMrr.histories(List.of(CRM), JUL, APR, ProrationRule.DAY_WEIGHTED,
                DiscountBasis.NET, RoundingMode.HALF_EVEN)).isInstanceOf(IllegalArgumentException.class);
    }
}
