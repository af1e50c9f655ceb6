package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RenewalsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate Q1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate Q2 = LocalDate.of(2025, 4, 1);

    private static Money usd(String amount) {
        return Money.of(amount + ".00", "USD");
    }

    /** RenewalSummary's worked example, plus one renewal due outside the quarter and one still open. */
    private static final List<RenewalRecord> BOOK = List.of(
            RenewalRecord.renewed("A", LocalDate.of(2025, 3, 31), usd("12000"), usd("15000"), LocalDate.of(2025, 3, 20)),
            RenewalRecord.renewed("B", LocalDate.of(2025, 2, 1), usd("10000"), usd("8000"), LocalDate.of(2025, 2, 15)),
            RenewalRecord.lost("C", LocalDate.of(2025, 1, 15), usd("8000")),
            RenewalRecord.open("D", LocalDate.of(2025, 4, 10), usd("5000")));

    @Test
    void grossAndNetRenewalRatesOnTimeAndLate() {
        RenewalSummary s = RenewalSummary.of(BOOK, Q1, Q2, 0, USD);
        assertThat(s.due()).isEqualTo(3);
        assertThat(s.arrDue()).isEqualTo(usd("30000"));
        assertThat(s.renewedArr()).isEqualTo(usd("23000"));
        assertThat(s.grossRenewedArr()).isEqualTo(usd("20000"));
        assertThat(s.grossRenewalRate().isEquivalent(Ratio.of(2, 3))).isTrue();
        assertThat(s.netRenewalRate().isEquivalent(Ratio.of(23, 30))).isTrue();
        assertThat(s.onTime()).isEqualTo(1);
        assertThat(s.late()).isEqualTo(1);
        assertThat(s.lost()).isEqualTo(1);
        assertThat(s.open()).isZero();
        assertThat(s.onTimeRate()).isEqualTo(Ratio.of(1, 2));
        // with 14 days' grace B is on time
        assertThat(RenewalSummary.of(BOOK, Q1, Q2, 14, USD).onTime()).isEqualTo(2);
        // Q2 so far: D is open and counts as not renewed
        RenewalSummary q2 = RenewalSummary.of(BOOK, Q2, LocalDate.of(2025, 7, 1), 0, USD);
        assertThat(q2.open()).isEqualTo(1);
        assertThat(q2.grossRenewalRate().isEquivalent(Ratio.ZERO)).isTrue();
        assertThat(RenewalSummary.of(List.of(), Q1, Q2, 0, USD).grossRenewalRate().isDefined()).isFalse();
    }

    @Test
    void upcomingRenewalsWithHealth() {
        LocalDate asOf = LocalDate.of(2025, 1, 1);
        List<RenewalRecord> book = List.of(RenewalRecord.open("x", LocalDate.of(2025, 1, 20), usd("10000")),
                RenewalRecord.open("y", LocalDate.of(2025, 2, 15), usd("5000")),
                RenewalRecord.open("z", LocalDate.of(2025, 3, 20), usd("7000")),
                RenewalRecord.open("w", LocalDate.of(2025, 1, 20), usd("20000")),
                RenewalRecord.lost("v", LocalDate.of(2025, 1, 5), usd("1")),
                RenewalRecord.open("old", LocalDate.of(2024, 12, 31), usd("1")));
        assertThat(UpcomingRenewals.arrDueWithin(book, asOf, 30, USD)).isEqualTo(usd("30000"));
        assertThat(UpcomingRenewals.arrDueWithin(book, asOf, 60, USD)).isEqualTo(usd("35000"));
        assertThat(UpcomingRenewals.arrDueWithin(book, asOf, 90, USD)).isEqualTo(usd("42000"));
        Map<String, Integer> health = Map.of("x", 40, "w", 85);
        List<UpcomingRenewals.Entry<Integer>> list = UpcomingRenewals.within(book, asOf, 60,
                id -> Optional.ofNullable(health.get(id)));
        assertThat(list).extracting(e -> e.renewal().accountId()).containsExactly("w", "x", "y");
        assertThat(list.get(0).daysUntilDue()).isEqualTo(19);
        assertThat(list.get(1).health()).contains(40);
        assertThat(list.get(2).health()).isEmpty();
        assertThatThrownBy(() -> UpcomingRenewals.within(book, asOf, -1, id -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("days must not be negative: -1");
        assertThatThrownBy(() -> UpcomingRenewals.within(book, asOf, 30, id -> null))
                .isInstanceOf(NullPointerException.class).hasMessage("health of w must not be null");
    }

    @Test
    void committedMrr() {
        CommittedMrr c = CommittedMrr.of(usd("100000"), usd("8000"), usd("3000"));
        assertThat(c.committed()).isEqualTo(usd("105000"));
        assertThat(c.value(MrrBasis.CURRENT)).isEqualTo(usd("100000"));
        assertThat(c.value(MrrBasis.COMMITTED)).isEqualTo(usd("105000"));
        assertThatThrownBy(() -> CommittedMrr.of(usd("1"), usd("0"), usd("2"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scheduledCancellations (USD 2.00) exceeds currentMrr (USD 1.00)");
        assertThatThrownBy(() -> CommittedMrr.of(usd("1"), Money.of("-1", "USD"), usd("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommittedMrr.of(usd("1"), Money.of("1", "EUR"), usd("0")))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
    }

    @Test
    void badRecordsAndPeriods() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> RenewalRecord.open(" ", d, usd("1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank: ' '");
        assertThatThrownBy(() -> RenewalRecord.open("a", d, usd("0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrDue of a must be positive: USD 0.00");
        assertThatThrownBy(() -> RenewalRecord.renewed("a", d, usd("1"), usd("0"), d))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mark a renewal at zero as lost");
        assertThatThrownBy(() -> new RenewalRecord("a", d, usd("1"), Optional.of(usd("1")), Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both present or both empty");
        assertThatThrownBy(() -> new RenewalRecord("a", d, usd("1"), Optional.of(usd("1")), Optional.of(d), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("renewal of a cannot be both renewed and lost");
        assertThatThrownBy(() -> RenewalRecord.renewed("a", d, usd("1"), Money.of("1", "EUR"), d))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        assertThatThrownBy(() -> RenewalSummary.of(BOOK, Q2, Q1, 0, USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to (2025-01-01) must be after from (2025-04-01)");
        assertThatThrownBy(() -> RenewalSummary.of(BOOK, Q1, Q2, -1, USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graceDays must not be negative: -1");
        assertThatThrownBy(() -> RenewalSummary.of(BOOK, Q1, Q2, 0, Currency.getInstance("EUR")))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        assertThatThrownBy(() -> new RenewalSummary(Q1, Q2, 0, 2, usd("1"), 1, usd("1"), usd("1"), 0, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts do not add up");
    }

    @Provide
    Arbitrary<List<RenewalRecord>> books() {
        Arbitrary<RenewalRecord> r = Combinators.combine(Arbitraries.integers().between(0, 200),
                Arbitraries.longs().between(1, 100_000), Arbitraries.longs().between(0, 200_000),
                Arbitraries.integers().between(-30, 60), Arbitraries.integers().between(0, 2))
                .as((day, due, renewed, signed, kind) -> {
                    LocalDate date = Q1.plusDays(day);
                    Money arr = Money.ofMinor(due, USD);
                    return switch (kind) {
                        case 0 -> RenewalRecord.open("a" + day, date, arr);
                        case 1 -> RenewalRecord.lost("a" + day, date, arr);
                        default -> RenewalRecord.renewed("a" + day, date, arr, Money.ofMinor(renewed + 1, USD),
                                date.plusDays(signed));
                    };
                });
        return r.list().ofMaxSize(30);
    }

    /** Gross ≤ net is not claimed (downgrades); gross in [0, 1], gross ≤ 1, and the periods of a split add up. */
    @Property(tries = 300)
    void ratesBoundedAndPeriodsAdditive(@ForAll("books") List<RenewalRecord> book) {
        LocalDate mid = Q1.plusDays(100);
        LocalDate end = Q1.plusDays(201);
        RenewalSummary all = RenewalSummary.of(book, Q1, end, 0, USD);
        RenewalSummary a = RenewalSummary.of(book, Q1, mid, 0, USD);
        RenewalSummary b = RenewalSummary.of(book, mid, end, 0, USD);
        assertThat(a.due() + b.due()).isEqualTo(book.size()).isEqualTo(all.due());
        assertThat(a.arrDue().plus(b.arrDue())).isEqualTo(all.arrDue());
        assertThat(a.grossRenewedArr().plus(b.grossRenewedArr())).isEqualTo(all.grossRenewedArr());
        assertThat(a.renewedArr().plus(b.renewedArr())).isEqualTo(all.renewedArr());
        if (all.due() > 0) {
            assertThat(all.grossRenewalRate().compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(all.grossRenewalRate().compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        }
        assertThat(RenewalSummary.of(book, Q1, end, 90, USD).onTime()).isGreaterThanOrEqualTo(all.onTime());
        List<RenewalRecord> upcoming = new ArrayList<>(book);
        assertThat(UpcomingRenewals.arrDueWithin(upcoming, Q1, 30, USD)
                .isGreaterThan(UpcomingRenewals.arrDueWithin(upcoming, Q1, 60, USD))).isFalse();
    }
}
