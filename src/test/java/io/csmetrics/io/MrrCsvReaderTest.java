package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionCell;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.revenue.MrrBridge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrrCsvReaderTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency JPY = Currency.getInstance("JPY");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final YearMonth FEB = YearMonth.of(2024, 2);
    static final YearMonth MAR = YearMonth.of(2024, 3);

    static MrrTable read(String text) throws IOException {
        return read(MrrCsvReader.create(), text);
    }

    static MrrTable read(MrrCsvReader reader, String text) throws IOException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mrr.csv");
    }

    static MrrTable read(byte[] bytes) throws IOException {
        return MrrCsvReader.create().read(new ByteArrayInputStream(bytes), "mrr.csv");
    }

    @Test
    void readsRowsIntoColumns() throws IOException {
        MrrTable t = read("account,month,mrr,currency\nacme,2024-01,1250.00,USD\nacme,2024-03,1300.5,USD\n"
                + "beta,2024-02,99,USD\n");
        assertThat(t.accountCount()).isEqualTo(2);
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.accountId(0)).isEqualTo("acme");
        assertThat(t.firstMonth()).isEqualTo(JAN);
        assertThat(t.lastMonth()).isEqualTo(MAR);
        assertThat(t.minorUnits(0, JAN)).isEqualTo(125_000);
        assertThat(t.minorUnits(0, FEB)).isZero();
        assertThat(t.minorUnits(0, MAR)).isEqualTo(130_050);
        assertThat(t.minorUnits(1, FEB)).isEqualTo(9_900);
        assertThat(t.minorUnits(1, MAR)).isZero();
        assertThat(t.firstMonth(1)).isEqualTo(FEB);
        assertThat(t.lastMonth(1)).isEqualTo(FEB);
        assertThat(t.currency()).isEqualTo(USD);
        assertThat(t.currency(1)).isEqualTo(USD);
        assertThat(t.dimensionNames()).isEmpty();
        assertThat(t.toHistories()).containsExactly(MrrHistory.of("acme", USD, JAN, 125_000, 0, 130_050),
                MrrHistory.of("beta", USD, FEB, 9_900));
        assertThat(t.toString()).isEqualTo("MrrTable{mrr.csv, 2 accounts, 3 rows, 2024-01..2024-03, [USD], dimensions []}");
    }

    @Test
    void bridgeAndRetentionEqualTheObjectApi() throws IOException {
        String csv = "account,month,mrr,currency\n" + "a,2024-01,100,USD\na,2024-02,150,USD\na,2024-03,0,USD\n"
                + "b,2024-02,50,USD\nb,2024-03,40,USD\n" + "c,2023-11,10,USD\nc,2024-03,10,USD\n";
        MrrTable t = read(csv);
        List<MrrSnapshot> snapshots = List.of(s("a", JAN, "100"), s("a", FEB, "150"), s("a", MAR, "0"),
                s("b", FEB, "50"), s("b", MAR, "40"), s("c", YearMonth.of(2023, 11), "10"), s("c", MAR, "10"));
        assertThat(t.bridge(JAN, MAR)).isEqualTo(MrrBridge.fromSnapshots(snapshots, JAN, MAR));
        assertThat(t.bridge()).isEqualTo(MrrBridge.fromSnapshots(snapshots, YearMonth.of(2023, 11), MAR));
        assertThat(t.bridge(JAN, MAR).periods().get(1).reactivation().count()).isEqualTo(1);
        assertThat(t.retention(JAN, MAR)).isEqualTo(MrrHistory.fromSnapshots(snapshots).stream().collect(
                io.csmetrics.revenue.RevenueRetentionAccumulator.collector(USD, JAN, MAR)));
        assertThat(t.toHistories()).isEqualTo(MrrHistory.fromSnapshots(snapshots));
        // Cohorts: a (January, 100 then 150, churned in March), b (February, 50 then 40); c pays in
        // November 2023 and again in March 2024 only (months between without a row are zero).
        RetentionMatrix<YearMonth> m = t.retentionMatrix(CohortKey.acquisitionMonth(), MAR,
                CohortReactivationRule.NOT_RETAINED);
        assertThat(m).isEqualTo(RetentionMatrix.of(MrrHistory.fromSnapshots(snapshots), CohortKey.acquisitionMonth(),
                MAR, CohortReactivationRule.NOT_RETAINED));
        assertThat(m.keys()).containsExactly(YearMonth.of(2023, 11), JAN, FEB);
        assertThat(m.cell(JAN, 1)).isEqualTo(new RetentionCell(1, 1, 10_000, 10_000, 15_000, USD));
        assertThat(m.cell(JAN, 2)).isEqualTo(new RetentionCell(1, 0, 10_000, 0, 0, USD));
        assertThat(m.cell(FEB, 1)).isEqualTo(new RetentionCell(1, 1, 5_000, 4_000, 4_000, USD));
        assertThat(m.cell(YearMonth.of(2023, 11), 4)).isEqualTo(new RetentionCell(1, 0, 1_000, 0, 0, USD));
    }

    private static MrrSnapshot s(String id, YearMonth m, String usd) {
        return MrrSnapshot.of(id, m, Money.of(usd, "USD"));
    }

    @Test
    void rfc4180QuotingBomCrlfAndReorderedExtraColumns() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Region,MRR,Account , CURRENCY,Month,\"Plan\"\r\n"
                + "\"EU, west\",10.00,\"Acme, Inc.\",USD,2024-01,\"Pro \"\"plus\"\"\"\r\n"
                + "EU,20.00,Acme, Inc.,USD,2024-02,Pro\r\n".replace("Acme, Inc.", "\"Acme, Inc.\"")
                + "\"multi\nline\",5,beta,usd,2024-01,Free";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        MrrTable t = read(all);
        assertThat(t.accountCount()).isEqualTo(2);
        assertThat(t.accountId(0)).isEqualTo("Acme, Inc.");
        assertThat(t.minorUnits(0, FEB)).isEqualTo(2000);
        assertThat(t.dimensionNames()).containsExactly("Region", "Plan");
        assertThat(t.dimension(0, "region")).isEqualTo("EU");
        assertThat(t.dimension(0, "Plan")).isEqualTo("Pro");
        assertThat(t.dimension(1, "REGION")).isEqualTo("multi\nline");
        assertThatThrownBy(() -> t.dimension(0, "segment")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no dimension 'segment' in mrr.csv; dimensions: [Region, Plan]");
    }

    @Test
    void quotedAndUnquotedIdsAreOneAccount() throws IOException {
        MrrTable t = read("account,month,mrr,currency\n\"acme\",2024-01,10,USD\n acme ,2024-02,12,USD\n");
        assertThat(t.accountCount()).isEqualTo(1);
        assertThat(t.bridge().periods().get(0).expansion().count()).isEqualTo(1);
        assertThat(t.bridge().periods().get(0).churn().count()).isZero();
    }

    @Test
    void dimensionIsTheLatestMonthsValueWhateverTheRowOrder() throws IOException {
        String header = "account,month,mrr,currency,plan\n";
        MrrTable sorted = read(header + "a,2024-01,1,USD,basic\na,2024-02,2,USD,pro\n");
        MrrTable reversed = read(header + "a,2024-02,2,USD,pro\na,2024-01,1,USD,basic\n");
        assertThat(sorted.dimension(0, "plan")).isEqualTo("pro");
        assertThat(reversed.dimension(0, "plan")).isEqualTo("pro");
    }

    @Test
    void blankLinesAndAFinalLineWithoutBreakAreFine() throws IOException {
        MrrTable t = read("account,month,mrr,currency\n\n  \r\na,2024-01,1,USD\n\nb,2024-01,2,USD");
        assertThat(t.rowCount()).isEqualTo(2);
    }

    @Test
    void configuredColumnsDelimiterAndCurrency() throws IOException {
        MrrCsvReader reader = MrrCsvReader.builder().columns("kunde", "monat", "betrag", "waehrung").delimiter(';')
                .currency(JPY).build();
        MrrTable t = read(reader, "Kunde;Monat;Betrag\nk1;2024-01;100000\nk1;2024-02;120000\n");
        assertThat(t.currency()).isEqualTo(JPY);
        assertThat(t.minorUnits(0, FEB)).isEqualTo(120_000);
        assertThat(reader.toString()).isEqualTo("MrrCsvReader{kunde,monat,betrag,waehrung; ';', maxLineBytes 1048576,"
                + " months 1900-01..2199-12, maxMonths 1200, maxCells 536870912, currency JPY}");
    }

    @Test
    void mixedCurrenciesWhenAllowed() throws IOException {
        MrrTable t = read(MrrCsvReader.builder().mixedCurrencies(true).build(),
                "account,month,mrr,currency\na,2024-01,1,USD\nb,2024-01,100,JPY\n");
        assertThat(t.currencies()).containsExactly(USD, JPY);
        assertThat(t.currency(1)).isEqualTo(JPY);
        assertThat(t.minorUnits(1, JAN)).isEqualTo(100);
        assertThatThrownBy(t::currency).isInstanceOf(IllegalStateException.class)
                .hasMessage("mrr.csv holds 2 currencies [USD, JPY]; a single-currency result needs them converted first");
        assertThatThrownBy(t::bridge).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.retentionMatrix(CohortKey.acquisitionMonth(), JAN,
                CohortReactivationRule.NOT_RETAINED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds 2 currencies");
    }

    @Test
    void manyAccountsAndMonthsInAnyOrderGrowTheMatrix() throws IOException {
        StringBuilder b = new StringBuilder("account,month,mrr,currency\n");
        int accounts = 9_000;
        // month-major and descending: every new month grows the range downwards
        for (int m = 40; m >= 0; m--) {
            for (int a = 0; a < accounts; a += 1 + m % 3) {
                b.append("acc").append(a).append(',').append(JAN.plusMonths(m)).append(',').append(a + m).append(",USD\n");
            }
        }
        MrrTable t = read(b.toString());
        assertThat(t.accountCount()).isEqualTo(accounts);
        assertThat(t.firstMonth()).isEqualTo(JAN);
        assertThat(t.lastMonth()).isEqualTo(JAN.plusMonths(40));
        for (int a : new int[] {0, 1, 4095, 4096, 8999}) {
            int account = indexOf(t, "acc" + a);
            for (int m = 0; m <= 40; m++) {
                long expected = a % (1 + m % 3) == 0 ? a + m : 0;
                assertThat(t.minorUnits(account, JAN.plusMonths(m))).as("acc%d month %d", a, m).isEqualTo(expected * 100);
            }
        }
        List<MrrSnapshot> snapshots = t.toHistories().stream().flatMap(h -> h.toSnapshots().stream()).toList();
        assertThat(t.bridge()).isEqualTo(MrrBridge.fromSnapshots(snapshots, t.firstMonth(), t.lastMonth()));
    }

    private static int indexOf(MrrTable t, String id) {
        for (int a = 0; a < t.accountCount(); a++) {
            if (t.accountId(a).equals(id)) {
                return a;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void forEachSeriesGivesEveryAccountsSeries() throws IOException {
        MrrTable t = read("account,month,mrr,currency\na,2024-02,1,USD\na,2024-03,2,USD\nb,2024-01,3,USD\n");
        StringBuilder seen = new StringBuilder();
        t.forEachSeries((account, offset, units, from, length) -> {
            seen.append(account).append('@').append(offset).append(':');
            for (int i = from; i < from + length; i++) {
                seen.append(units[i]).append(' ');
            }
        });
        assertThat(seen.toString()).isEqualTo("0@1:100 200 1@0:300 ");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mrr.csv");
        Files.writeString(file, "account,month,mrr,currency\na,2024-01,1,USD\n");
        assertThat(MrrCsvReader.create().read(file).source()).isEqualTo(file.toString());
    }

    @Test
    void accessorsCheckTheirArguments() throws IOException {
        MrrTable t = read("account,month,mrr,currency\na,2024-01,1,USD\n");
        assertThatThrownBy(() -> t.accountId(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.minorUnits(-1, JAN)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.minorUnits(0, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("month must not be null");
        assertThatThrownBy(() -> t.forEachSeries(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("consumer must not be null");
        assertThatThrownBy(() -> t.retentionMatrix(null, JAN, CohortReactivationRule.NOT_RETAINED))
                .isInstanceOf(NullPointerException.class).hasMessage("key must not be null");
        assertThatThrownBy(() -> t.retentionMatrix(CohortKey.acquisitionMonth(), null,
                CohortReactivationRule.NOT_RETAINED)).isInstanceOf(NullPointerException.class)
                .hasMessage("asOf must not be null");
        assertThatThrownBy(() -> t.retentionMatrix(CohortKey.acquisitionMonth(), JAN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rule must not be null");
        assertThatThrownBy(() -> t.retentionMatrix(CohortKey.acquisitionMonth(), YearMonth.of(3100, 1),
                CohortReactivationRule.NOT_RETAINED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 12000 months after the acquisition of account a (2024-01)");
        assertThatThrownBy(() -> MrrCsvReader.create().read((InputStream) null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("in must not be null");
        assertThatThrownBy(() -> MrrCsvReader.create().read((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
    }

    @Test
    void builderValidatesEachSetting() {
        MrrCsvReader.Builder b = MrrCsvReader.builder();
        assertThatThrownBy(() -> b.delimiter('"')).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delimiter must be a printable ASCII character or tab, not a double quote: U+0022");
        assertThatThrownBy(() -> b.delimiter('\n')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxLineBytes(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLineBytes (valid values 64 - 268435456): 10");
        assertThatThrownBy(() -> b.maxMonths(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxMonths (valid values 1 - 12000): 0");
        assertThatThrownBy(() -> b.maxCells(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCells (valid values 4096 - 1099511627776): 1");
        assertThatThrownBy(() -> b.monthRange(FEB, JAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("latest (2024-01) must not be before earliest (2024-02)");
        assertThatThrownBy(() -> b.monthRange(YearMonth.of(-1, 1), JAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthRange must lie in years 0 - 9999: -0001-01..2024-01");
        assertThatThrownBy(() -> b.monthRange(null, JAN)).isInstanceOf(NullPointerException.class)
                .hasMessage("earliest must not be null");
        assertThatThrownBy(() -> b.columns("a", "m", "A", "c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column names must differ: 'a' is given twice");
        assertThatThrownBy(() -> b.columns(" ", "m", "r", "c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account must not be blank: ' '");
        assertThatThrownBy(() -> b.columns(null, "m", "r", "c")).isInstanceOf(NullPointerException.class)
                .hasMessage("account must not be null");
        assertThatThrownBy(() -> b.currency(Currency.getInstance("XAU"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must have a minor unit: XAU");
    }
    @Test
    void recordsSpanningReadsAndBufferRefillsReadAsAtOnce() throws IOException {
        // Over 3 MB with quoted multi-line fields, fed in random small chunks: the buffer is refilled and compacted
        // mid-record many times.
        java.util.Random r = new java.util.Random(11);
        StringBuilder b = new StringBuilder("account,note,month,mrr,currency\r\n");
        for (int a = 0; b.length() < 3_200_000; a++) {
            String note = "\"line one\nline \"\"two\"\", " + "x".repeat(r.nextInt(200)) + "\"";
            for (int m = 0; m < 1 + r.nextInt(12); m++) {
                b.append("acct-").append(a).append(',').append(note).append(',').append(JAN.plusMonths(m)).append(',')
                        .append(r.nextInt(100_000)).append(".5,USD\r\n");
            }
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        MrrTable whole = read(bytes);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] dst, int off, int len) {
                return super.read(dst, off, Math.min(len, 1 + r.nextInt(7000)));
            }
        };
        MrrTable chunked = MrrCsvReader.builder().maxLineBytes(1024).build().read(trickle, "mrr.csv");
        assertThat(chunked.toHistories()).isEqualTo(whole.toHistories());
        assertThat(chunked.rowCount()).isEqualTo(whole.rowCount());
        assertThat(chunked.dimension(chunked.accountCount() - 1, "note")).startsWith("line one\nline \"two\", x");
        assertThat(chunked.bridge()).isEqualTo(whole.bridge());
    }
}
