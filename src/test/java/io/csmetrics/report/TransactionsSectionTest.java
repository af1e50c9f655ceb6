package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.clv.CustomerLifetimeValue;
import io.csmetrics.clv.Transaction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionsSectionTest {

    static final SampleCompany COMPANY = SampleCompany.generate(SampleCompany.DEFAULT_SEED);

    @Test
    void sampleFiguresFitAndRankTheTopCustomers() {
        List<Transaction> transactions = SampleTransactions.generate(COMPANY);
        assertThat(transactions).isNotEmpty();
        assertThat(SampleTransactions.generate(COMPANY)).isEqualTo(transactions);
        TransactionsSection.Figures f = TransactionsSection.Figures.compute(transactions, 10);
        assertThat(f.failure()).isNull();
        assertThat(f.top()).hasSize(10);
        for (int i = 1; i < f.top().size(); i++) {
            assertThat(f.top().get(i - 1).clv().isLessThan(f.top().get(i).clv())).isFalse();
        }
        TransactionsSection.TopCustomer first = f.top().get(0);
        assertThat(first.probabilityAlive()).isBetween(0.0, 1.0);
        assertThat(first.clv()).isEqualTo(CustomerLifetimeValue.discounted(f.purchases().model(), f.spend().model(),
                first.customer(), 12, 52.0 / 12, 0.01));
        // The generator's dropout is Beta(1, 3) and its purchase shape 0.6: the fit lands within 4 SE.
        assertThat(f.purchases().estimate("r")).isCloseTo(0.6,
                org.assertj.core.api.Assertions.within(4 * f.purchases().standardError("r")));
    }

    @Test
    void writesTheTableAndExplainsAFailedFit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new TransactionsSection().write(new ReportData(COMPANY), out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("BG/NBD purchases").contains("P(alive)");
        Report.Section section = new TransactionsSection().build(new ReportData(COMPANY));
        assertThat(ModelAssertions.table(section, "top_clv").rows()).hasSize(10);
        assertThat(Fmt.value(ModelAssertions.table(section, "top_clv").rows().get(0).get(6))).startsWith("USD ");
        assertThat(ModelAssertions.chart(section, "top_clv").categories()).hasSize(10);
        assertThat(ModelAssertions.table(section, "fits").rows()).hasSize(7);

        bytes.reset();
        List<Transaction> once = List.of(Transaction.of("a", LocalDate.of(2024, 1, 1), Money.of("5", "USD")),
                Transaction.of("b", LocalDate.of(2024, 2, 1), Money.of("5", "USD")));
        Report.SectionBuilder b = new Report.SectionBuilder("transactions", "t");
        TransactionsSection.build(TransactionsSection.Figures.compute(once, 10), b);
        assertThat(b.build().blocks()).anySatisfy(x -> assertThat(x).isInstanceOfSatisfying(Block.Note.class,
                n -> assertThat(n.text()).contains("the models could not be fitted: BG/NBD: none of the 2")));
    }
}
