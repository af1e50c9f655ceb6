package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChurnLtvSectionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    @Test
    void tenOfHundredAccountsChurningInFebruaryIsTenPercent() {
        // 100 accounts at USD 100 in January; 10 of them stop paying in February (DESIGN.md: 10 of 100 = 10 %).
        List<MrrHistory> histories = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            histories.add(MrrHistory.of("a" + i, USD, JAN, 10_000, i < 10 ? 0 : 10_000));
        }

        Map<String, String> f = ModelAssertions.figures(new ChurnLtvSection().build(new ReportData("test", histories)));

        assertThat(f).containsEntry("monthly_churn", "10.00 %").containsEntry("annual_churn_compound", "71.76 %")
                .containsEntry("ltv", "USD 1,000.00");
        // simple m × 12 = 120 % is no probability, and 108 expected losses of 90 customers are more than there are
        assertThat(f.get("annual_churn_simple")).startsWith("undefined (m \u00d7 12 exceeds 100 %");
        assertThat(f.get("expected_losses_simple")).isEqualTo("undefined (more than the 90 customers there are)");
        assertThat(f.get("expected_losses_compound")).isEqualTo("64.6 accounts");
        // MRR data has neither CAC nor margin: nothing assumed
        assertThat(f).doesNotContainKeys("cac", "cac_payback_months", "ltv_margin");
    }

    @Test
    void cacAndMarginComeFromTheUser() {
        List<MrrHistory> histories = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            histories.add(MrrHistory.of("a" + i, USD, JAN, 10_000, i < 10 ? 0 : 10_000));
        }
        ReportData data = new ReportData("test", histories, null, new ReportData.Settings("", Map.of(),
                java.util.Optional.empty(), java.util.Optional.of(io.csmetrics.Money.of("1200", "USD")),
                java.util.Optional.of(io.csmetrics.Ratio.of(80, 100))));

        Map<String, String> f = ModelAssertions.figures(new ChurnLtvSection().build(data));

        // LTV at 80 % margin = 100 × 0.8 / 0.1 = 800; payback = 1200 / (100 × 0.8) = 15 months
        assertThat(f).containsEntry("ltv_margin", "USD 800.00").containsEntry("cac", "USD 1,200.00")
                .containsEntry("cac_payback_months", "15.0 months").containsEntry("ltv_to_cac", "0.67x");
    }

    @Test
    void oneMonthOfDataSaysSo() {
        String text = write(new ReportData("test", List.of(MrrHistory.of("a", USD, JAN, 10_000))));

        assertThat(text).contains("churn needs two consecutive months");
    }

    private static String write(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ChurnLtvSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
