package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalSectionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    private static String write(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RenewalSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheBridgeAndRatesOfAUsersHistories() {
        // acme 100 → 120 (expansion 20), beta new at 50; one month: NRR = 120/100, GRR = 100/100, no loss.
        Report.Section s = new RenewalSection().build(new ReportData("test.csv", List.of(
                MrrHistory.of("acme", USD, JAN, 100_00, 120_00), MrrHistory.of("beta", USD, JAN.plusMonths(1), 50_00))));

        assertThat(ModelAssertions.row(ModelAssertions.table(s, "bridge"), 1)).containsExactly("2024-02", "USD 100.00",
                "USD 50.00", "USD 20.00", "USD 0.00", "USD 0.00", "USD 0.00", "USD 170.00", "2", "-");
        assertThat(ModelAssertions.figures(s)).containsEntry("arr", "USD 2,040.00").containsEntry("arpa", "USD 85.00")
                .containsEntry("nrr_1m", "120.0 %").containsEntry("grr_1m", "100.0 %")
                .containsEntry("quick_ratio_1m", "undefined (no MRR lost)").doesNotContainKey("nrr_12m");
        assertThat(write(new ReportData("test.csv", List.of(MrrHistory.of("acme", USD, JAN, 100_00, 120_00)))))
                .contains("NRR 1 month (2024-01 \u2192 2024-02, 1 start accounts): 120.0 % (standard)")
                .contains("NRR and GRR over the trailing 12 months need 13 months of data");
    }

    @Test
    void aSingleMonthHasOnlyAnOpeningBalance() {
        String text = write(new ReportData("one.csv", List.of(MrrHistory.of("acme", USD, JAN, 100_00))));

        assertThat(text).contains("ARR 2024-01: USD 1,200.00").contains("NRR, GRR and quick ratio need at least two months");
    }

    @Test
    void writesTheSampleCompanyWithTrailingTwelveMonths() {
        String text = write(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));

        assertThat(text).contains("NRR trailing 12 months (2024-12 \u2192 2025-12")
                .contains("quick ratio 2024-12 \u2192 2025-12");
    }

    @Test
    void bridgeChartHasOneBarPerMovementAndMonth() {
        Report.Section s = new RenewalSection().build(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));

        Block.Chart bridge = ModelAssertions.chart(s, "bridge");
        assertThat(bridge.categories()).hasSize(23);
        assertThat(bridge.series()).extracting(Block.Series::name)
                .containsExactly("new", "expansion", "reactivation", "contraction", "churn");
        assertThat(ModelAssertions.chart(s, "mrr").categories()).hasSize(24);
    }
}
