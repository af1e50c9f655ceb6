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
        String text = write(new ReportData("test.csv", List.of(MrrHistory.of("acme", USD, JAN, 100_00, 120_00),
                MrrHistory.of("beta", USD, JAN.plusMonths(1), 50_00))));

        assertThat(text).contains("2024-02          100         50         20          0          0          0          170        2")
                .contains("ARR 2024-02: USD 2,040")
                .contains("ARPA 2024-02: USD 85.00")
                .contains("NRR 1 month (2024-01→2024-02, 1 start accounts): 120.0 % standard")
                .contains("GRR 100.0 %")
                .contains("NRR, GRR trailing 12 months: n/a (needs 13 months of data)")
                .contains("quick ratio 2024-02: undefined (no MRR lost)");
    }

    @Test
    void aSingleMonthHasOnlyAnOpeningBalance() {
        String text = write(new ReportData("one.csv", List.of(MrrHistory.of("acme", USD, JAN, 100_00))));

        assertThat(text).contains("ARR 2024-01: USD 1,200").contains("NRR, GRR, quick ratio: n/a");
    }

    @Test
    void writesTheSampleCompanyWithTrailingTwelveMonths() {
        String text = write(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));

        assertThat(text).contains("NRR trailing 12 months (2024-12→2025-12").contains("quick ratio 2024-12→2025-12");
    }
}
