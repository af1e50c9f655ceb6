package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Segmentation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SegmentSectionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    private static String render(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SegmentSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Two plans by hand: the rows and the total, which is their sum. */
    @Test
    void rowsSumToTheTotal() {
        List<MrrHistory> book = List.of(MrrHistory.of("a", USD, JAN, 10_000, 12_000), MrrHistory.of("b", USD, JAN, 5_000, 0),
                MrrHistory.of("c", USD, JAN, 0, 7_000));
        List<SegmentSection.Row> rows = SegmentSection.rows(book,
                Segmentation.byAccount(Map.of("a", "pro", "b", "basic", "c", "basic"), "other"), JAN, JAN.plusMonths(1));
        assertThat(rows).extracting(SegmentSection.Row::segment).containsExactly("basic", "pro", "total");
        assertThat(rows.get(0).churn()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(rows.get(0).newBusiness()).isEqualTo(Money.of("70.00", "USD"));
        assertThat(rows.get(1).expansion()).isEqualTo(Money.of("20.00", "USD"));
        assertThat(rows.get(2).endMrr()).isEqualTo(Money.of("190.00", "USD"));
        for (Function<SegmentSection.Row, Money> f : List.<Function<SegmentSection.Row, Money>>of(SegmentSection.Row::startMrr,
                SegmentSection.Row::endMrr, SegmentSection.Row::newBusiness, SegmentSection.Row::expansion,
                SegmentSection.Row::churn, SegmentSection.Row::contraction)) {
            assertThat(f.apply(rows.get(0)).plus(f.apply(rows.get(1)))).isEqualTo(f.apply(rows.get(2)));
        }
        assertThat(rows.get(2).nrr().isEquivalent(io.csmetrics.Ratio.of(120, 150))).isTrue();
    }

    @Test
    void sampleCompanyByPlanAndSizeBand() {
        Report.Section section = new SegmentSection().build(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));
        assertThat(ModelAssertions.table(section, "plan").rows()).last().satisfies(r -> assertThat(Fmt.cell(r.get(0))).isEqualTo("total"));
        assertThat(ModelAssertions.table(section, "size_band").rows()).anySatisfy(r -> assertThat(Fmt.cell(r.get(0))).isEqualTo("self-serve"));
        assertThat(ModelAssertions.chart(section, "plan").kind()).isEqualTo(Block.ChartKind.STACKED_BAR);
        String text = render(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));
        assertThat(text).contains("By plan at signup").contains("By size band").contains("total").contains("growth")
                .contains("self-serve");
    }

    @Test
    void csvDataWithoutASegmentColumnSaysSo() {
        assertThat(render(new ReportData("test", List.of(MrrHistory.of("a", USD, JAN, 100)))))
                .contains("n/a: the data set has no segment column");
    }
}
