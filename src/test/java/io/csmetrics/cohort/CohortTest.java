package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class CohortTest {

    static final List<MrrHistory> EXAMPLE = RetentionMatrixTest.EXAMPLE;
    static final java.util.Currency USD = RetentionMatrixTest.USD;
    static final YearMonth JAN = RetentionMatrixTest.JAN;
    static final YearMonth FEB = RetentionMatrixTest.FEB;
    static final YearMonth MAR = RetentionMatrixTest.MAR;

    @Test
    void byAcquisitionMonth() {
        SortedMap<YearMonth, Cohort<YearMonth>> cohorts = Cohort.byAcquisitionMonth(EXAMPLE);
        assertThat(cohorts.keySet()).containsExactly(JAN, FEB);
        Cohort<YearMonth> jan = cohorts.get(JAN);
        assertThat(jan.key()).isEqualTo(JAN);
        assertThat(jan.asOf()).isEqualTo(MAR);
        assertThat(jan.size()).isEqualTo(4);
        assertThat(jan.currency()).isEqualTo(USD);
        assertThat(jan.startingMrr()).isEqualTo(Money.ofMinor(800, USD));
        // c's rows stop in February: its March is 0 (it churned), padded up to the "as of" month.
        assertThat(jan.members().get(2)).isEqualTo(MrrHistory.of("c", USD, JAN, 200, 200, 0));
        assertThat(jan.observedPeriods()).isEqualTo(2);
        assertThat(jan.survivalCounts()).containsExactly(4, 3, 2);
        // a 3+ months (censored at month 2), b lapsed in month 1, c in month 2, d censored at 2.
        assertThat(jan.lifetimes()).containsExactly(Lifetime.censoredAt(2), Lifetime.churnedAt(1), Lifetime.churnedAt(2),
                Lifetime.censoredAt(2));
        Cohort<YearMonth> feb = cohorts.get(FEB);
        // e's history starts in January at 0; as a member it starts at its acquisition month.
        assertThat(feb.members().get(0)).isEqualTo(MrrHistory.of("e", USD, FEB, 50, 50));
        assertThat(feb.survivalCounts()).containsExactly(2, 1);
        assertThat(jan.toString()).isEqualTo("Cohort{2024-01, 4 accounts, starting MRR USD 8.00, as of 2024-03}");
        assertThat(AccumulatorChecks.roundTrip(jan)).isEqualTo(jan).hasSameHashCodeAs(jan);
        assertThat(feb).isNotEqualTo(jan);
        assertThat(Cohort.byAcquisitionMonth(List.of())).isEmpty();
    }

    @Test
    void kaplanMeierOfAnAcquisitionCohortIsItsLogoRetention() {
        Cohort<YearMonth> jan = Cohort.byAcquisitionMonth(EXAMPLE).get(JAN);
        KaplanMeier km = KaplanMeier.of(jan);
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(EXAMPLE);
        for (int k = 0; k <= 2; k++) {
            assertThat(km.survival(k)).isEqualTo(m.logoRetention(JAN, k).toDouble());
        }
    }

    @Test
    void byAnyKey() {
        Map<String, String> plan = Map.of("a", "pro", "b", "basic", "c", "pro", "d", "pro", "e", "basic", "f", "basic");
        CohortKey<String> byPlan = (history, month) -> plan.get(history.accountId());
        SortedMap<String, Cohort<String>> cohorts = Cohort.by(EXAMPLE.subList(0, 6), byPlan, MAR);
        assertThat(cohorts.keySet()).containsExactly("basic", "pro");
        assertThat(cohorts.get("basic").size()).isEqualTo(3);
        // Members acquired in January and February: the cohort is observed 1 period for all of them.
        assertThat(cohorts.get("basic").observedPeriods()).isEqualTo(1);
        assertThat(cohorts.get("basic").survivalCounts()).containsExactly(3, 1);
        assertThat(Cohort.by(EXAMPLE, CohortKey.acquisitionQuarter(), MAR).keySet()).containsExactly("2024-Q1");
    }

    @Test
    void fromDates() {
        // The Tenure month rule: paying in the start month and in each month on whose first day the
        // account was still a customer. asOf 2024-04-20 → months January to April.
        LocalDate asOf = LocalDate.of(2024, 4, 20);
        Money fee = Money.of("10.00", "USD");
        Cohort<String> c = Cohort.fromDates("q1", List.of(
                Tenure.ended("x", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10), fee),
                Tenure.ended("y", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 1), fee),
                Tenure.active("z", LocalDate.of(2024, 1, 31), fee),
                Tenure.ended("w", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 1), fee),
                Tenure.ended("v", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 20), fee)), asOf);
        assertThat(c.asOf()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(c.members().get(0)).isEqualTo(MrrHistory.of("x", USD, JAN, 1000, 1000, 1000, 0));
        assertThat(c.members().get(1)).isEqualTo(MrrHistory.of("y", USD, JAN, 1000, 1000, 0, 0));
        assertThat(c.members().get(2)).isEqualTo(MrrHistory.of("z", USD, JAN, 1000, 1000, 1000, 1000));
        // w's end is after asOf: not known yet, so active.
        assertThat(c.members().get(3)).isEqualTo(MrrHistory.of("w", USD, JAN, 1000, 1000, 1000, 1000));
        // v ended within its start month: it paid that month only.
        assertThat(c.members().get(4)).isEqualTo(MrrHistory.of("v", USD, JAN, 1000, 0, 0, 0));
        assertThat(c.survivalCounts()).containsExactly(5, 4, 3, 2);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Cohort.of("k", List.of(), MAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a cohort needs at least one member (key k)");
        assertThatThrownBy(() -> Cohort.of("k", List.of(EXAMPLE.get(0), EXAMPLE.get(0)), MAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account a appears twice in cohort k");
        assertThatThrownBy(() -> Cohort.of("k", List.of(EXAMPLE.get(6)), MAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account never has no month with MRR above zero up to 2024-03");
        assertThatThrownBy(() -> Cohort.of("k", List.of(EXAMPLE.get(5)), JAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account f has no month with MRR above zero up to 2024-01");
        assertThatThrownBy(() -> Cohort.of("k", List.of(EXAMPLE.get(0), MrrHistory.of("eu", java.util.Currency.getInstance("EUR"),
                JAN, 100)), MAR)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Cohort.of(null, EXAMPLE, MAR)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key must not be null");
        assertThatThrownBy(() -> Cohort.of("k", EXAMPLE, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf must not be null");
        assertThatThrownBy(() -> Cohort.by(EXAMPLE, (h, m) -> null, MAR)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("returned null for account a");
        assertThatThrownBy(() -> Cohort.fromDates("k", List.of(Tenure.active("late", LocalDate.of(2024, 5, 1),
                Money.of("1", "USD"))), LocalDate.of(2024, 4, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account late starts (2024-05-01) after asOf (2024-04-01)");
    }

    @Test
    void tenureValidation() {
        LocalDate start = LocalDate.of(2024, 1, 15);
        Money fee = Money.of("10.00", "USD");
        assertThatThrownBy(() -> Tenure.ended("x", start, start.minusDays(1), fee)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end (2024-01-14) must not be before start (2024-01-15) (account x)");
        assertThatThrownBy(() -> Tenure.active("x", start, Money.of("0", "USD"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mrr must be positive: USD 0 (account x)");
        assertThatThrownBy(() -> Tenure.active("x", start, Money.of("1.001", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a whole number of minor units");
        assertThatThrownBy(() -> Tenure.active(" ", start, fee)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId must not be blank");
        assertThatThrownBy(() -> Tenure.active("x", null, fee)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("start must not be null");
        assertThatThrownBy(() -> Tenure.ended("x", start, null, fee)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("end must not be null");
    }
}
