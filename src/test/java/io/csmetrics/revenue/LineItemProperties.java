package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.Mrr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of MRR from line items over random items. */
class LineItemProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    @Provide
    Arbitrary<List<LineItem>> items() {
        Arbitrary<LineItem> item = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.of("crm", "bi"), Arbitraries.integers().between(1, 5_000),
                Arbitraries.longs().between(1, 20), Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 6))
                .as((account, product, cents, qty, startDay, length, percent, months) -> {
                    LineItem i = LineItem.monthly("acc-" + account, product, "p" + cents % 3, Money.ofMinor(cents, USD),
                            qty, DAY0.plusDays(startDay));
                    if (length > 0) {
                        i = i.withEnd(i.start().plusDays(length));
                    }
                    return i.withDiscount(Discount.percent(BigDecimal.valueOf(percent),
                            months == 0 ? OptionalInt.empty() : OptionalInt.of(months)));
                });
        return item.list().ofMaxSize(15);
    }

    private static List<LineItem> withoutDiscounts(List<LineItem> items) {
        List<LineItem> out = new ArrayList<>();
        items.forEach(i -> out.add(i.withDiscount(Discount.NONE)));
        return out;
    }

    /** A discount of 0 changes nothing; net never exceeds gross; the breakdown of any two months sums exactly. */
    @Property(tries = 200)
    void discountsAndBreakdown(@ForAll("items") List<LineItem> items, @ForAll @IntRange(max = 10) int m0,
            @ForAll @IntRange(min = 1, max = 4) int gap) {
        List<LineItem> zero = new ArrayList<>();
        items.forEach(i -> zero.add(i.withDiscount(Discount.percent(BigDecimal.ZERO, OptionalInt.of(1)))));
        YearMonth month = FIRST.plusMonths(m0);
        for (ProrationRule rule : ProrationRule.values()) {
            Mrr plain = LineItemMrr.mrr(withoutDiscounts(items), month, rule, DiscountBasis.NET, USD);
            assertThat(LineItemMrr.mrr(zero, month, rule, DiscountBasis.NET, USD)).isEqualTo(plain);
            assertThat(LineItemMrr.mrr(items, month, rule, DiscountBasis.GROSS, USD)).isEqualTo(plain);
            assertThat(LineItemMrr.mrr(items, month, rule, DiscountBasis.NET, USD).compareTo(plain)).isLessThanOrEqualTo(0);
        }
        for (DiscountBasis basis : DiscountBasis.values()) {
            LineItemBreakdown b = LineItemBreakdown.between(items, month, month.plusMonths(gap), basis, USD);
            assertThat(b.startMrr()).isEqualTo(LineItemMrr.mrr(items, month, ProrationRule.END_OF_MONTH_SNAPSHOT, basis, USD));
            assertThat(b.endMrr()).isEqualTo(
                    LineItemMrr.mrr(items, month.plusMonths(gap), ProrationRule.END_OF_MONTH_SNAPSHOT, basis, USD));
        }
        assertThat(LineItemBreakdown.between(withoutDiscounts(items), month, month.plusMonths(gap), DiscountBasis.NET, USD)
                .discountEnded()).isEqualTo(Mrr.zero(USD));
    }
}
