package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class ExpansionRateTest {

    private static final Currency JPY = Currency.getInstance("JPY");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);

    /** 10 accounts at 50,000 and 10 at 100,000 (JPY 1,500,000); two 50,000 accounts upgrade to 100,000. */
    private static List<MrrHistory> documentsBook() {
        List<MrrHistory> book = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            book.add(MrrHistory.of("s" + i, JPY, JAN, 50_000, i < 2 ? 100_000 : 50_000));
            book.add(MrrHistory.of("l" + i, JPY, JAN, 100_000, 100_000));
        }
        book.add(MrrHistory.of("new", JPY, FEB, 70_000));
        return book;
    }

    @Test
    void documentsExampleFromTheBridgeAndFromRetention() {
        MrrBridge bridge = documentsBook().stream().collect(MrrBridgeAccumulator.collector(JPY, JAN, FEB));
        ExpansionRate r = ExpansionRate.of(bridge.period(FEB));
        assertThat(r.accountRate()).isEqualTo(Ratio.of(2, 20));
        assertThat(r.mrrRate()).isEqualTo(Ratio.of(Money.of("100000", "JPY"), Money.of("1500000", "JPY")));
        assertThat(r.mrrRate().isEquivalent(Ratio.of(1, 15))).isTrue();
        RevenueRetention retention = documentsBook().stream().collect(RevenueRetentionAccumulator.collector(JPY, JAN, FEB));
        assertThat(ExpansionRate.of(retention)).isEqualTo(r);
    }

    @Test
    void undefinedWithoutStartAccountsAndBadInput() {
        ExpansionRate none = new ExpansionRate(JAN, FEB, 0, 0, Money.zero(JPY), Money.zero(JPY));
        assertThat(none.accountRate().isDefined()).isFalse();
        assertThat(none.mrrRate().isDefined()).isFalse();
        assertThatThrownBy(() -> new ExpansionRate(JAN, FEB, 1, 2, Money.zero(JPY), Money.of("5", "JPY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expandingAccounts (2) must be from 0 to startAccounts (1)");
        assertThatThrownBy(() -> new ExpansionRate(JAN, FEB, 1, 1, Money.of("5", "JPY"), Money.zero(JPY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be zero exactly when");
        assertThatThrownBy(() -> new ExpansionRate(JAN, JAN, 0, 0, Money.zero(JPY), Money.zero(JPY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("endMonth (2024-01) must be after startMonth (2024-01)");
        assertThatThrownBy(() -> new ExpansionRate(JAN, FEB, 0, 0, Money.zero(JPY), Money.of("0", "USD")))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        MrrBridge bridge = documentsBook().stream().collect(MrrBridgeAccumulator.collector(JPY, JAN, YearMonth.of(2024, 3)));
        assertThatThrownBy(() -> ExpansionRate.of(bridge.between(JAN, YearMonth.of(2024, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one month long");
        assertThatThrownBy(() -> ExpansionRate.of((MrrBridgePeriod) null)).isInstanceOf(NullPointerException.class);
    }

    @Provide
    Arbitrary<List<RevenueProperties.Account>> accounts() {
        return RevenueProperties.books(25);
    }

    /** Account rate in [0, 1], MRR rate ≥ 0, and the one-month bridge agrees with one-month retention. */
    @Property(tries = 200)
    void ratesWithinBoundsAndSourcesAgree(@ForAll("accounts") List<RevenueProperties.Account> accounts) {
        MrrBridge bridge = RevenueProperties.bridge(accounts, 12);
        for (MrrBridgePeriod p : bridge.periods()) {
            ExpansionRate r = ExpansionRate.of(p);
            if (r.startAccounts() > 0) {
                assertThat(r.accountRate().compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
                assertThat(r.accountRate().compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
                assertThat(r.mrrRate().compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            }
            RevenueRetention retention = RevenueProperties.histories(accounts).stream()
                    .collect(RevenueRetentionAccumulator.collector(Currency.getInstance("USD"), p.startMonth(), p.endMonth()));
            assertThat(ExpansionRate.of(retention)).isEqualTo(r);
        }
    }
}
