package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Segmentation;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentedBridgeAccumulatorTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    private static MovementTotal usd(String amount, long count) {
        return MovementTotal.of(Money.of(amount, "USD"), count);
    }

    /** Plans by account-month: x moves basic → pro in February, y stays basic, z is new on pro in February and churns in March. */
    private static final Segmentation PLANS = Segmentation.byAccountMonth(
            Map.of("x", Map.of(JAN, "basic", FEB, "pro"), "z", Map.of(FEB, "pro")), "basic");

    private static final List<MrrHistory> BOOK = List.of(
            MrrHistory.of("x", USD, JAN, 5_000, 8_000, 8_000),
            MrrHistory.of("y", USD, JAN, 5_000, 5_000, 4_000),
            MrrHistory.of("z", USD, FEB, 2_000, 0));

    /** SegmentBridgePeriod's Javadoc example, extended; every figure checked on paper. */
    @Test
    void aPlanChangeIsASegmentMoveNotAChurnAndANewAccount() {
        SegmentedBridge b = BOOK.stream().collect(SegmentedBridgeAccumulator.collector(USD, PLANS, JAN, MAR));
        SegmentBridgePeriod basicFeb = b.segment("basic").period(FEB);
        // basic: start 50 + 50 = 100 (2); x leaves with 50; y unchanged: end 50 (1)
        assertThat(basicFeb.startMrr()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(basicFeb.segmentOut()).isEqualTo(usd("50.00", 1));
        assertThat(basicFeb.churn()).isEqualTo(usd("0.00", 0));
        assertThat(basicFeb.endMrr()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(basicFeb.endAccounts()).isEqualTo(1);
        SegmentBridgePeriod proFeb = b.segment("pro").period(FEB);
        // pro: start 0; x comes in at 50 and expands by 30; z new at 20: end 100 (2)
        assertThat(proFeb.startMrr()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(proFeb.segmentIn()).isEqualTo(usd("50.00", 1));
        assertThat(proFeb.expansion()).isEqualTo(usd("30.00", 1));
        assertThat(proFeb.newBusiness()).isEqualTo(usd("20.00", 1));
        assertThat(proFeb.endMrr()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(proFeb.endAccounts()).isEqualTo(2);
        // March: y contracts by 10 in basic; z churns 20 from pro
        assertThat(b.segment("basic").period(MAR).contraction()).isEqualTo(usd("10.00", 1));
        assertThat(b.segment("pro").period(MAR).churn()).isEqualTo(usd("20.00", 1));
        assertThat(b.segment("pro").mrrAt(MAR)).isEqualTo(Money.of("80.00", "USD"));
        assertThat(b.segment("pro").accountsAt(JAN)).isZero();
        // total: the move is invisible, x's +30 is an expansion
        MrrBridgePeriod totalFeb = b.total().period(FEB);
        assertThat(totalFeb.expansion()).isEqualTo(usd("30.00", 1));
        assertThat(totalFeb.newBusiness()).isEqualTo(usd("20.00", 1));
        assertThat(totalFeb.churn()).isEqualTo(usd("0.00", 0));
        assertThat(b.segments().keySet()).containsExactly("basic", "pro");
        assertThat(proFeb.toString()).contains("+ in USD 50.00 (1 account)");
    }

    @Test
    void aConstantSegmentationIsTheTotal() {
        SegmentedBridge b = BOOK.stream().collect(SegmentedBridgeAccumulator.collector(USD, Segmentation.constant("all"),
                JAN, MAR));
        SegmentBridge all = b.segment("all");
        assertThat(all.openingMrr()).isEqualTo(b.total().openingMrr());
        for (int k = 0; k < 2; k++) {
            SegmentBridgePeriod p = all.periods().get(k);
            MrrBridgePeriod t = b.total().periods().get(k);
            for (MovementType type : MovementType.values()) {
                assertThat(p.movement(type)).isEqualTo(t.movement(type));
            }
            assertThat(p.segmentIn().count()).isZero();
            assertThat(p.endMrr()).isEqualTo(t.endMrr());
        }
    }

    @Test
    void allPathsAgree() {
        AccumulatorChecks.assertAllPathsAgree(BOOK, () -> SegmentedBridgeAccumulator.create(USD, PLANS, JAN, MAR),
                SegmentedBridgeAccumulator::bridge);
    }

    @Test
    void badInputNamesTheProblemAndChangesNothing() {
        SegmentedBridgeAccumulator acc = SegmentedBridgeAccumulator.create(USD, PLANS, JAN, MAR);
        acc.accept(BOOK.get(0));
        SegmentedBridge before = acc.bridge();
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("e", EUR, JAN, 1))).isInstanceOf(CurrencyMismatchException.class);
        SegmentedBridgeAccumulator blank = SegmentedBridgeAccumulator.create(USD, (a, m) -> m.equals(FEB) ? " " : "s",
                JAN, MAR);
        blank.accept(MrrHistory.of("q", USD, JAN, 1, 0, 0));
        SegmentedBridge blankBefore = blank.bridge();
        assertThatThrownBy(() -> blank.accept(MrrHistory.of("w", USD, JAN, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment of account w in 2024-02 must not be null or blank: ' '");
        assertThat(blank.bridge()).isEqualTo(blankBefore);
        assertThat(acc.bridge()).isEqualTo(before);
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SegmentedBridgeAccumulator.create(USD, null, JAN, MAR))
                .isInstanceOf(NullPointerException.class).hasMessage("segmentation must not be null");
        assertThatThrownBy(() -> acc.combine(SegmentedBridgeAccumulator.create(USD, PLANS, JAN, FEB)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> before.segment("gold")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown segment 'gold'; segments: [basic, pro]");
        assertThat(acc).hasToString("SegmentedBridgeAccumulator{USD, 2024-01..2024-03, 2 segments}");
    }

    @Test
    void theIdentityIsCheckedOnConstruction() {
        SegmentedBridge b = BOOK.stream().collect(SegmentedBridgeAccumulator.collector(USD, PLANS, JAN, MAR));
        Map<String, SegmentBridge> onlyBasic = new java.util.TreeMap<>(Map.of("basic", b.segment("basic")));
        assertThatThrownBy(() -> new SegmentedBridge(b.total(), new java.util.TreeMap<>(onlyBasic)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum");
        assertThatThrownBy(() -> new SegmentedBridge(b.total(), new java.util.TreeMap<>(Map.of("gold", b.segment("basic")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key gold holds the bridge of segment basic");
        SegmentBridgePeriod p = b.segment("basic").period(FEB);
        assertThatThrownBy(() -> new SegmentBridgePeriod("basic", JAN, FEB, p.startMrr(), p.startAccounts(),
                p.newBusiness(), p.expansion(), p.reactivation(), p.contraction(), p.churn(), p.segmentIn(),
                usd("0.00", 0), p.endMrr(), p.endAccounts())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment basic: MRR bridge does not sum");
        assertThatThrownBy(() -> new SegmentBridge("pro", JAN, p.startMrr(), p.startAccounts(), List.of(p)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("periods[0] is of segment basic, not pro");
    }

    @Test
    void segmentationsRejectBadLabels() {
        assertThatThrownBy(() -> Segmentation.constant(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment must not be blank: ' '");
        assertThatThrownBy(() -> Segmentation.byAccount(Map.of("a", ""), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment of account a must not be blank: ''");
        assertThatThrownBy(() -> Segmentation.byAccount(Map.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("otherwise must not be null");
        assertThatThrownBy(() -> Segmentation.byAccountMonth(Map.of("a", Map.of(JAN, ""))
                , "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment of account a from 2024-01 must not be blank: ''");
        Segmentation s = Segmentation.byAccountMonth(Map.of("a", Map.of(FEB, "pro")), "basic");
        assertThat(s.segmentOf("a", JAN)).isEqualTo("basic");
        assertThat(s.segmentOf("a", MAR)).isEqualTo("pro");
        assertThat(s.segmentOf("b", MAR)).isEqualTo("basic");
        assertThat(AccumulatorChecks.roundTrip(s).segmentOf("a", FEB)).isEqualTo("pro");
    }
}
