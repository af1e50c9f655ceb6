package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the free-plan bridge over random books and random free-plan months. */
class FreePlanProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth LAST = FIRST.plusMonths(9);

    @Provide
    Arbitrary<List<RevenueProperties.Account>> accounts() {
        return RevenueProperties.books(20);
    }

    /** Every zero month of an even-numbered account is a free-plan month. */
    private static FreePlan evenAccountsFree(List<RevenueProperties.Account> accounts) {
        Map<String, Set<YearMonth>> months = new HashMap<>();
        for (int i = 0; i < accounts.size(); i += 2) {
            Set<YearMonth> s = new HashSet<>();
            for (int m = -1; m < 10; m++) {
                s.add(FIRST.plusMonths(m));
            }
            months.put("acc-" + i, s);
        }
        return FreePlan.byAccountMonths(months);
    }

    /** With no free plan both rules give the plain bridge; with one, both rules give the same MRR and counts of free customers. */
    @Property
    void rulesAgreeOnMrrAndEqualThePlainBridgeWithoutFreePlan(@ForAll("accounts") List<RevenueProperties.Account> accounts) {
        List<MrrHistory> book = RevenueProperties.histories(accounts);
        MrrBridge plain = RevenueProperties.bridge(accounts, 10);
        for (FreeToPaid rule : FreeToPaid.values()) {
            List<FreePlanBridgePeriod> none = book.stream()
                    .collect(FreePlanBridgeAccumulator.collector(USD, rule, FreePlan.none(), FIRST, LAST));
            for (int k = 0; k < none.size(); k++) {
                MrrBridgePeriod p = plain.periods().get(k);
                FreePlanBridgePeriod f = none.get(k);
                assertThat(f.newBusiness()).isEqualTo(p.newBusiness());
                assertThat(f.expansion()).isEqualTo(p.expansion());
                assertThat(f.reactivation()).isEqualTo(p.reactivation());
                assertThat(f.contraction()).isEqualTo(p.contraction());
                assertThat(f.churn()).isEqualTo(p.churn());
                assertThat(f.endFree()).isZero();
            }
        }
        FreePlan free = evenAccountsFree(accounts);
        List<FreePlanBridgePeriod> asNew = book.stream()
                .collect(FreePlanBridgeAccumulator.collector(USD, FreeToPaid.NEW, free, FIRST, LAST));
        List<FreePlanBridgePeriod> asExpansion = book.parallelStream()
                .collect(FreePlanBridgeAccumulator.collector(USD, FreeToPaid.EXPANSION, free, FIRST, LAST));
        for (int k = 0; k < asNew.size(); k++) {
            FreePlanBridgePeriod n = asNew.get(k);
            FreePlanBridgePeriod e = asExpansion.get(k);
            assertThat(e.endMrr()).isEqualTo(n.endMrr());
            assertThat(e.endPaying()).isEqualTo(n.endPaying());
            assertThat(e.endFree()).isEqualTo(n.endFree());
            assertThat(e.freeToPaid()).isEqualTo(n.freeToPaid());
            // what NEW calls new + reactivation + churn, EXPANSION moves into expansion and contraction by the free moves
            assertThat(e.newBusiness().amount().plus(e.reactivation().amount()).plus(e.freeToPaid().amount()))
                    .isEqualTo(n.newBusiness().amount().plus(n.reactivation().amount()));
            assertThat(e.expansion().amount()).isEqualTo(n.expansion().amount().plus(n.freeToPaid().amount()));
            assertThat(e.contraction().amount()).isEqualTo(n.contraction().amount().plus(n.paidToFree().amount()));
        }
    }
}
