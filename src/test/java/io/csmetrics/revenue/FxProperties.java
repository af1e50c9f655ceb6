package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the multi-currency bridge over random books and random rates. */
class FxProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth RATES_FROM = FIRST.minusMonths(5);

    @Provide
    Arbitrary<List<RevenueProperties.Account>> accounts() {
        return RevenueProperties.books(20);
    }

    @Provide
    Arbitrary<List<BigDecimal>> rates() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("500")).ofScale(4).list()
                .ofSize(40);
    }

    /** Account {@code i} bills in USD, EUR or GBP by {@code i mod 3}. */
    private static List<MrrHistory> mixed(List<RevenueProperties.Account> accounts) {
        Currency[] currencies = {USD, EUR, GBP};
        List<MrrHistory> h = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            RevenueProperties.Account a = accounts.get(i);
            h.add(MrrHistory.of("acc-" + i, currencies[i % 3], FIRST.plusMonths(a.offset()), a.values()));
        }
        return h;
    }

    private static FxRates table(List<BigDecimal> rates) {
        FxRates fx = FxRates.of(USD);
        for (int i = 0; i < 20; i++) {
            fx = fx.withRate(EUR, RATES_FROM.plusMonths(i), rates.get(i)).withRate(GBP, RATES_FROM.plusMonths(i),
                    rates.get(20 + i));
        }
        return fx;
    }

    /** With every rate 1 the FX path equals the single-currency path exactly, and the FX line is zero. */
    @Property
    void allRatesOneGiveTheSingleCurrencyBridge(@ForAll("accounts") List<RevenueProperties.Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        List<BigDecimal> ones = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ones.add(BigDecimal.ONE);
        }
        YearMonth last = FIRST.plusMonths(months - 1L);
        for (FxPolicy policy : FxPolicy.values()) {
            FxBridge fx = mixed(accounts).stream().collect(FxBridgeAccumulator.collector(table(ones), policy, FIRST, last));
            MrrBridge single = RevenueProperties.bridge(accounts, months);
            assertThat(fx.openingMrr()).isEqualTo(single.openingMrr());
            assertThat(fx.openingAccounts()).isEqualTo(single.openingAccounts());
            for (int k = 0; k < single.periods().size(); k++) {
                MrrBridgePeriod s = single.periods().get(k);
                FxBridgePeriod f = fx.periods().get(k);
                assertThat(f.fxImpact()).isEqualTo(Money.zero(USD));
                assertThat(f.endMrr()).isEqualTo(s.endMrr());
                assertThat(f.endAccounts()).isEqualTo(s.endAccounts());
                for (MovementType t : MovementType.values()) {
                    assertThat(f.movement(t)).isEqualTo(s.movement(t));
                }
            }
        }
    }

    /**
     * Any rates: the bridge sums exactly (construction checks it, and the closing balance is re-derived here from
     * each account's converted end-month MRR), movement counts are the single-currency counts, and under
     * RATE_AT_ACCOUNT_START there is no FX impact.
     */
    @Property
    void fxBridgeSumsExactlyAndKeepsTheMovementCounts(@ForAll("accounts") List<RevenueProperties.Account> accounts,
            @ForAll("rates") List<BigDecimal> rates, @ForAll @IntRange(min = 1, max = 12) int months) {
        FxRates fx = table(rates);
        YearMonth last = FIRST.plusMonths(months - 1L);
        List<MrrHistory> book = mixed(accounts);
        MrrBridge single = RevenueProperties.bridge(accounts, months);
        FxBridge monthly = book.stream().collect(FxBridgeAccumulator.collector(fx, FxPolicy.MONTHLY_RATE, FIRST, last));
        Money closing = Money.zero(USD);
        for (MrrHistory h : book) {
            Money m = h.mrrAt(last);
            if (m.isPositive()) {
                closing = closing.plus(fx.convert(m, last));
            }
        }
        assertThat(monthly.closingMrr().isEqual(closing)).as("%s vs %s", monthly.closingMrr(), closing).isTrue();
        Money sum = monthly.openingMrr();
        for (FxBridgePeriod p : monthly.periods()) {
            sum = sum.plus(p.netNewMrrExcludingFx()).plus(p.fxImpact());
        }
        assertThat(sum.isEqual(monthly.closingMrr())).isTrue();
        FxBridge constant = book.stream().collect(FxBridgeAccumulator.collector(fx, FxPolicy.RATE_AT_ACCOUNT_START, FIRST,
                last));
        for (int k = 0; k < single.periods().size(); k++) {
            for (MovementType t : MovementType.values()) {
                assertThat(monthly.periods().get(k).movement(t).count()).isEqualTo(single.periods().get(k).movement(t).count());
                assertThat(constant.periods().get(k).movement(t).count()).isEqualTo(single.periods().get(k).movement(t).count());
            }
            assertThat(constant.periods().get(k).fxImpact().isZero()).isTrue();
        }
    }

    /** Parallel == sequential, for any rates. */
    @Property(tries = 50)
    void parallelEqualsSequential(@ForAll("accounts") List<RevenueProperties.Account> accounts,
            @ForAll("rates") List<BigDecimal> rates) {
        FxRates fx = table(rates);
        YearMonth last = FIRST.plusMonths(11);
        for (FxPolicy policy : FxPolicy.values()) {
            FxBridge sequential = mixed(accounts).stream().collect(FxBridgeAccumulator.collector(fx, policy, FIRST, last));
            FxBridge parallel = mixed(accounts).parallelStream().collect(FxBridgeAccumulator.collector(fx, policy, FIRST, last));
            assertThat(parallel).isEqualTo(sequential);
        }
    }
}
