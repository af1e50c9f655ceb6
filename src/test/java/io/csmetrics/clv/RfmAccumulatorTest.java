package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmAccumulatorTest {

    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
    static final List<Transaction> CDNOW_TRANSACTIONS = readTransactions();
    static final RfmSummary CDNOW = CDNOW_TRANSACTIONS.stream()
            .collect(RfmAccumulator.collector(CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEKS));

    static List<Transaction> readTransactions() {
        List<Transaction> list = new ArrayList<>();
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedReader r = Cdnow.open("cdnow_sample_transactions.txt")) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.trim().split("\\s+");
                if (p.length == 5) {
                    list.add(Transaction.of(p[1], LocalDate.parse(p[2], f), Money.of(p[4], "USD")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }

    @Test
    void derivesThePublishedCdnowSummaryFromTheTransactions() {
        assertThat(CDNOW_TRANSACTIONS).hasSize(6919);
        assertThat(CDNOW.customers()).hasSize(2357);
        assertThat(CDNOW.customersFirstSeenInHoldout()).isZero();
        assertThat(CDNOW.holdoutLength()).isCloseTo(273 / 7.0, within(1e-12));
        for (CustomerRfm published : Cdnow.SUMMARY) {
            CustomerRfm derived = CDNOW.customers().stream().filter(c -> Integer.parseInt(c.customerId())
                    == Integer.parseInt(published.customerId())).findFirst().orElseThrow();
            assertThat(derived.frequency()).as("x of %s", published.customerId()).isEqualTo(published.frequency());
            assertThat(derived.recency()).as("t_x of %s", published.customerId()).isCloseTo(published.recency(),
                    within(0.0051));
            assertThat(derived.age()).as("T of %s", published.customerId()).isCloseTo(published.age(), within(0.0051));
            if (published.frequency() > 0) {
                assertThat(derived.averageRepeatSpend(RoundingMode.HALF_UP).amount())
                        .as("zbar of %s", published.customerId())
                        .isEqualByComparingTo(published.averageRepeatSpend(RoundingMode.HALF_UP).amount());
            }
        }
    }

    @Test
    void firstCustomerByHand() {
        CustomerRfm c = CDNOW.customers().stream().filter(x -> x.customerId().equals("0001")).findFirst().orElseThrow();
        assertThat(c.frequency()).isEqualTo(2);
        assertThat(c.recency()).isEqualTo(213 / 7.0);
        assertThat(c.age()).isEqualTo(272 / 7.0);
        assertThat(c.repeatSpend()).isEqualTo(Money.of("44.69", "USD"));
        assertThat(c.holdoutFrequency()).isEqualTo(1); // 1997-12-12
    }

    @Test
    void allPathsAgree() {
        AccumulatorChecks.assertAllPathsAgree(CDNOW_TRANSACTIONS.subList(0, 700),
                () -> RfmAccumulator.create(CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEKS), RfmAccumulator::result);
    }

    @Test
    void sameDayPurchasesAreOnePurchaseAndLateCustomersAreCounted() {
        RfmAccumulator acc = RfmAccumulator.create(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 31), PeriodUnit.DAYS);
        acc.accept(Transaction.of("a", LocalDate.of(2024, 1, 1), Money.of("10", "EUR")));
        acc.accept(Transaction.of("a", LocalDate.of(2024, 1, 11), Money.of("5", "EUR")));
        acc.accept(Transaction.of("a", LocalDate.of(2024, 1, 11), Money.of("7", "EUR")));
        acc.accept(Transaction.of("a", LocalDate.of(2024, 2, 11), Money.of("7", "EUR")));
        acc.accept(Transaction.of("b", LocalDate.of(2024, 2, 2), Money.of("1", "EUR")));
        RfmSummary s = acc.result();
        assertThat(s.customers()).containsExactly(new CustomerRfm("a", 1, 10, 30, Money.of("12", "EUR"), 1));
        assertThat(s.customersFirstSeenInHoldout()).isEqualTo(1);
        assertThat(s.holdoutLength()).isEqualTo(60.0);
        assertThat(RfmAccumulator.create(LocalDate.of(2024, 1, 31), PeriodUnit.WEEKS).result().customers()).isEmpty();
    }

    @Test
    void calibrationHoldoutTableOnCdnow() {
        CalibrationHoldout table = CalibrationHoldout.of(BgNbdTest.CDNOW, CDNOW, 8);
        assertThat(table.rows()).hasSize(8);
        assertThat(table.rows().get(7).orMore()).isTrue();
        assertThat(table.rows().stream().mapToLong(CalibrationHoldout.Row::customers).sum()).isEqualTo(2357);
        long actualTotal = CDNOW.customers().stream().mapToLong(CustomerRfm::holdoutFrequency).sum();
        double actualFromTable = table.rows().stream().mapToDouble(r -> r.actual() * r.customers()).sum();
        assertThat(actualFromTable).isCloseTo(actualTotal, within(1e-6));
        // Group x = 0: the model's expectation is the same for everyone of the same age; by hand.
        double expected0 = CDNOW.customers().stream().filter(c -> c.frequency() == 0)
                .mapToDouble(c -> BgNbdTest.CDNOW.conditionalExpectedPurchases(273 / 7.0, 0, 0, c.age())).average()
                .orElseThrow();
        assertThat(table.rows().get(0).expected()).isCloseTo(expected0, within(1e-12));
        // The model tracks the holdout within 25 % in every group with more than 100 customers.
        table.rows().stream().filter(r -> r.customers() > 100)
                .forEach(r -> assertThat(r.expected()).as("%s", r).isCloseTo(r.actual(), within(0.25 * r.actual() + 0.02)));
        assertThat(table.rows().get(0).toString()).startsWith("x=0: n=1411");
    }

    @Test
    void rejectsBadInput() {
        RfmAccumulator acc = RfmAccumulator.create(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), PeriodUnit.DAYS);
        acc.accept(Transaction.of("a", LocalDate.of(2024, 1, 1), Money.of("10", "EUR")));
        assertThatThrownBy(() -> acc.accept(Transaction.of("a", LocalDate.of(2024, 3, 1), Money.of("1", "EUR"))))
                .hasMessageContaining("transaction date (2024-03-01) is after holdoutEnd (2024-02-29)");
        assertThatThrownBy(() -> acc.accept(Transaction.of("a", LocalDate.of(2024, 1, 2), Money.of("1", "USD"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result().customers().get(0).frequency()).isZero();
        assertThatThrownBy(() -> RfmAccumulator.create(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 30), PeriodUnit.DAYS))
                .hasMessage("holdoutEnd (2024-01-30) must not be before calibrationEnd (2024-01-31)");
        assertThatThrownBy(() -> acc.combine(RfmAccumulator.create(LocalDate.of(2024, 1, 31), PeriodUnit.DAYS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine");
        assertThatThrownBy(() -> Transaction.of(" ", LocalDate.of(2024, 1, 1), Money.of("1", "EUR")))
                .hasMessage("customerId must not be blank");
        assertThatThrownBy(() -> Transaction.of("a", LocalDate.of(2024, 1, 1), Money.of("-1", "EUR")))
                .hasMessage("amount must not be negative: EUR -1");
        assertThatThrownBy(() -> CustomerRfm.of("a", 0, 0, 3, Money.of("2", "EUR")))
                .hasMessage("repeatSpend (EUR 2) must be zero when frequency is 0");
        assertThatThrownBy(() -> CustomerRfm.of("a", 2, 0, 3, Money.of("2", "EUR")))
                .hasMessage("recency must be > 0 when frequency (2) is > 0");
        assertThatThrownBy(() -> CustomerRfm.of("a", 0, 0, 3, Money.of("0", "EUR")).averageRepeatSpendValue())
                .hasMessageContaining("made no repeat purchase");
        RfmAccumulator noHoldout = RfmAccumulator.create(LocalDate.of(2024, 1, 31), PeriodUnit.DAYS);
        assertThatThrownBy(() -> CalibrationHoldout.of(BgNbdTest.PRINTED, noHoldout.result(), 3)).hasMessage(
                "the summary has no holdout period (holdoutEnd 2024-01-31 = calibrationEnd)");
    }
}
