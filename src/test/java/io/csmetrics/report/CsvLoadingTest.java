package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.MrrHistory;
import io.csmetrics.io.CsvFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's {@code --csv} loading through {@link io.csmetrics.io.MrrCsvReader}. */
class CsvLoadingTest {

    private static String render(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KpiReport.write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void columnarLoadingGivesTheSameReportAsTheHistories(@TempDir Path dir) throws IOException {
        List<MrrHistory> histories = SampleCompany.generate(7).histories();
        StringBuilder csv = new StringBuilder("\ufeffRegion,account,month,mrr,currency\r\n");
        int k = 0;
        for (MrrHistory h : histories) {
            for (int i = h.length() - 1; i >= 0; i--) { // months in reverse: rows in any order
                csv.append(k % 3 == 0 ? "\"EU, west\"" : "US").append(",\"").append(h.accountId()).append("\",")
                        .append(h.firstMonth().plusMonths(i)).append(',')
                        .append(BigDecimal.valueOf(h.minorUnitsAt(i), 2).toPlainString()).append(",USD\r\n");
            }
            k++;
        }
        Path file = dir.resolve("company.csv");
        Files.writeString(file, csv);
        ReportData columnar = KpiReport.load(new String[] {"--csv", file.toString()});
        ReportData objects = new ReportData(file.toString(), histories);
        String text = render(columnar);
        assertThat(text).isEqualTo(render(objects)).contains("== Renew: MRR movements ==");
    }

    @Test
    void aMalformedFileFailsBeforeAnySectionRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "account,month,mrr,currency\na,2024-01,100,USD\nb,2024-01,1e999999999,USD\n");
        assertThatThrownBy(() -> KpiReport.load(new String[] {"--csv", file.toString()}))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage(file + ":3: column 3 (mrr), byte 55: has an exponent; write the amount in plain digits:"
                        + " '1e999999999'");
    }
}
