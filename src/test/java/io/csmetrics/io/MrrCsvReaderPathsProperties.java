package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts change nothing: the fused one-pass row ({@code CsvMrrParser.fastRow}) against
 * the general record path alone, and a read of a file cut into parts on several threads against a
 * read by one parser. Each pair must give the same table (accounts in the same order, histories,
 * currencies, dimensions, row count) or fail with the same message, line and value, on files that mix
 * plain rows with every case the shortcuts leave to the general path or that are errors.
 */
class MrrCsvReaderPathsProperties {

    private static final String[] AMOUNTS = {"660.00", "1250", "0", "0.00", "007.5", ".5", "5.", "1.000", "1.001",
        "-1", "+1", "1e3", "1,5", "", " 12.50 ", "999999999999999999", "9999999999999999.99", "99999999999999999.99",
        "9223372036854775807", "92233720368547758.07", "1..2", "12a", "١٢"};
    private static final String[] MONTHS = {"2024-01", "2024-02", "2024-03", "2024-12", "2025-06", "2023-13", "2024-1",
        "2024/01", "1899-12", "2200-01", " 2024-04", "2024-00", "24-01-01"};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "usd", "UsD", "EUR", "JPY", "US", "USDX", "U$D",
        "\"USD\"", "BHD"};
    private static final String[] IDS = {"acct-1", "acct-2", "acct-3", "a", "acct-1 ", "\"acct-2\"", "\"acct \"\"q\"\"\"",
        "ac\u00e9", "", "\"multi\nline\"", "acct\t4", "x"};
    private static final String[] PLANS = {"pro", "team", "", "\"a,b\"", "plan x", "\u00fcber", "\"two\nlines\"",
        "\"\n\nacct-9,2024-01,1.00,USD\n\""};

    /** Unusual fields that are valid, for files meant to read without error. */
    private static final String[] VALID_AMOUNTS = {"0", "0.00", "007.5", ".5", "5.", "1.000", " 12.50 ", "\"3.10\"",
        "999999999999.99"};
    private static final String[] VALID_MONTHS = {"2024-01", "2024-12", "2025-06", "2023-02", " 2024-04"};
    private static final String[] VALID_CURRENCIES = {"USD", "usd", "UsD", "\"USD\""};
    private static final String[] VALID_IDS = {"acct-1", "acct-1 ", "\"acct-2\"", "\"acct \"\"q\"\"\"", "ac\u00e9",
        "x", "\"acct,5\""};

    /**
     * A file of mostly plain rows, with unusual fields mixed in at random: in half the files only
     * valid ones (and no account-month twice), in the other half anything, errors included.
     */
    static byte[] file(Random r, int rows, boolean plansColumn) {
        boolean clean = r.nextBoolean();
        String[] ids = clean ? VALID_IDS : IDS;
        String[] months = clean ? VALID_MONTHS : MONTHS;
        String[] amounts = clean ? VALID_AMOUNTS : AMOUNTS;
        String[] currencies = clean ? VALID_CURRENCIES : CURRENCIES;
        java.util.Set<String> used = new java.util.HashSet<>();
        StringBuilder b = new StringBuilder();
        String eol = r.nextInt(4) == 0 ? "\r\n" : "\n";
        b.append(plansColumn ? "account,month,mrr,currency,plan" : "account,month,mrr,currency").append(eol);
        int odd = 1 + r.nextInt(40);                         // one row in 'odd' takes an unusual field
        // Half the files are sorted by account (runs of rows per account, plain ids), as most exports are.
        int run = r.nextBoolean() ? 1 + r.nextInt(6) : 0;
        for (int i = 0; i < rows; i++) {
            String plain = run > 0 ? String.format("acct-%05d", i / run) : "acct-" + r.nextInt(rows / 3 + 1);
            String id = run == 0 && r.nextInt(odd) == 0 ? ids[r.nextInt(ids.length)] : plain;
            String month = r.nextInt(odd) == 0 ? months[r.nextInt(months.length)]
                    : "2024-" + String.format("%02d", 1 + (run > 0 ? i % run : r.nextInt(12)));
            if (clean && !used.add(id.strip().replace("\"\"", "'").replace("\"", "") + " " + month.strip())) {
                continue;
            }
            String amount = r.nextInt(odd) == 0 ? amounts[r.nextInt(amounts.length)]
                    : r.nextInt(100_000) + "." + String.format("%02d", r.nextInt(100));
            String currency = r.nextInt(odd) == 0 ? currencies[r.nextInt(currencies.length)] : "USD";
            b.append(id).append(',').append(month).append(',').append(amount).append(',').append(currency);
            if (plansColumn) {
                b.append(',').append(r.nextInt(odd) == 0 ? PLANS[r.nextInt(PLANS.length)] : "pro");
            }
            if (!clean && r.nextInt(odd * 4) == 0) {
                b.append(r.nextBoolean() ? "," : eol);       // a wrong field count or a blank line
            }
            b.append(eol);
        }
        if (r.nextBoolean()) {
            b.setLength(b.length() - eol.length());
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The table, or the error message, of a read. */
    interface Read {
        MrrTable read() throws IOException;
    }

    static Object outcome(Read read) throws IOException {
        try {
            return describe(read.read());
        } catch (CsvFormatException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Everything a table says, in account order. */
    static List<String> describe(MrrTable t) {
        List<String> out = new ArrayList<>();
        out.add(t.rowCount() + " rows, " + t.accountCount() + " accounts, " + t.firstMonth() + ".." + t.lastMonth()
                + ", " + t.currencies() + ", " + t.dimensionNames());
        for (int a = 0; a < t.accountCount(); a++) {
            StringBuilder dims = new StringBuilder();
            for (String d : t.dimensionNames()) {
                dims.append(' ').append(d).append('=').append(t.dimension(a, d));
            }
            out.add(t.accountId(a) + " " + t.currency(a) + " " + t.history(a) + dims);
        }
        return out;
    }

    @Property(tries = 400)
    void fastRowsChangeNoResultAndNoMessage(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int rows,
            @ForAll boolean plans, @ForAll boolean mixed) throws IOException {
        byte[] csv = file(new Random(seed), rows, plans);
        MrrCsvReader config = MrrCsvReader.builder().mixedCurrencies(mixed).build();
        Object general = outcome(() -> new CsvMrrParser(config, new ByteArrayInputStream(csv), "f.csv", false).parse());
        Object fast = outcome(() -> config.read(new ByteArrayInputStream(csv), "f.csv"));
        Statistics.label("outcome").collect(fast instanceof String ? "error" : "table");
        assertThat(fast).isEqualTo(general);
    }

    @Property(tries = 250)
    void aFileReadInPartsEqualsAOneThreadRead(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int rows,
            @ForAll @IntRange(min = 2, max = 6) int threads, @ForAll boolean plans, @ForAll boolean mixed)
            throws IOException {
        byte[] csv = file(new Random(seed), rows, plans);
        Path file = Files.createTempFile("csmetrics-parts-", ".csv");
        try {
            Files.write(file, csv);
            MrrCsvReader config = MrrCsvReader.builder().mixedCurrencies(mixed).build();
            Object one = outcome(() -> config.readOnce(file));
            long part = Math.max(1, csv.length / (threads + new Random(seed).nextInt(3)));
            Object parts = outcome(() -> ParallelCsvRead.read(config, file, threads, part));
            Statistics.label("outcome").collect(one instanceof String ? "error" : "table");
            assertThat(parts).isEqualTo(one);
            // The merge alone, without the one-pass fallback: when it gives a table, it is the same table.
            MrrTable merged = null;
            try {
                merged = ParallelCsvRead.inParts(config, file, threads, part);
            } catch (CsvFormatException e) {
                // a malformed header: the parts are not even started
            }
            Statistics.label("merge").collect(merged == null ? "one pass" : merged.segmentCount() > 1 ? "parts taken whole"
                    : "parts copied");
            if (merged != null) {
                assertThat(describe(merged)).isEqualTo(one);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aValidFileIsMergedFromItsParts(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder("\uFEFFAccount;Plan;Month;MRR\r\n");
        for (int i = 0; i < 3_000; i++) {
            int account = r.nextInt(700);                    // rows in any order, accounts spread over every part
            b.append(r.nextInt(5) == 0 ? "\"acct-" + account + "\"" : "acct-" + account).append(';')
                    .append(r.nextBoolean() ? "pro" : "\"team \"\"x\"\"\"").append(';')
                    .append(2020 + i % 7).append('-').append(String.format("%02d", 1 + i / 7 % 12)).append(';')
                    .append(r.nextInt(10_000)).append(".5\r\n");
        }
        // Each (account, month) at most once: keep a row's first occurrence only.
        List<String> lines = new ArrayList<>(List.of(b.toString().split("\r\n")));
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder unique = new StringBuilder(lines.get(0)).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (seen.add(f[0].replace("\"", "") + " " + f[2])) {
                unique.append(line).append("\r\n");
            }
        }
        Path file = dir.resolve("f.csv");
        Files.writeString(file, unique);
        MrrCsvReader config = MrrCsvReader.builder().delimiter(';').currency(java.util.Currency.getInstance("EUR"))
                .build();
        List<String> one = describe(config.readOnce(file));
        assertThat(one.get(0)).startsWith(seen.size() + " rows, ").contains("2020-01..2026-12, [EUR], [Plan]");
        for (int threads = 2; threads <= 8; threads++) {
            MrrTable merged = ParallelCsvRead.inParts(config, file, threads, 256);
            assertThat(merged).as("%d parts", threads).isNotNull();
            assertThat(describe(merged)).isEqualTo(one);
        }
        assertThat(describe(MrrCsvReader.builder().delimiter(';').currency(java.util.Currency.getInstance("EUR"))
                .threads(4).build().read(file))).isEqualTo(one);
    }

    @Test
    void partsThatTogetherBreakARuleGiveTheOneThreadError(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        StringBuilder b = new StringBuilder("account,month,mrr,currency\n");
        for (int i = 0; i < 200; i++) {
            b.append("acct-").append(i).append(",2024-01,10.00,USD\n");
        }
        String clean = b.toString();
        String[] endings = {
            "acct-3,2024-01,10.00,USD\n",                    // a duplicate of a row in the first part
            "acct-3,2024-02,10.00,EUR\n",                    // a second currency
            "acct-3,2024-02,92233720368547758.07,USD\n",      // a total beyond a long
            "acct-3,1990-02,10.00,USD\n",                    // a month span beyond maxMonths (below)
            "\"acct-500\n\",2024-01,10.00,USD\n",            // a quoted line break in an id
        };
        for (String ending : endings) {
            Path file = dir.resolve("f.csv");
            Files.writeString(file, clean + clean.substring(clean.indexOf('\n') + 1).replace("2024-01", "2024-03")
                    + ending);
            MrrCsvReader config = MrrCsvReader.builder().maxMonths(120).build();
            Object one = outcome(() -> config.readOnce(file));
            for (int threads = 2; threads <= 4; threads++) {
                int t = threads;
                assertThat(outcome(() -> ParallelCsvRead.read(config, file, t, 64))).as(ending + " in %d parts", t)
                        .isEqualTo(one);
            }
            assertThat(one).asString().startsWith("error:");
        }
    }

    @Test
    void aDelimiterThatCanStandInsideAFieldLeavesEveryRowToTheGeneralPath() throws IOException {
        java.util.Currency usd = java.util.Currency.getInstance("USD");
        String[][] cases = {
            {".", "account.month.mrr\na.2024-01.100\nb.2024-01.100.50\nc.2024-01.1\n"},
            {"-", "account-month-mrr\na-\"2024-01\"-100\nb-2024-01-7\nc-\"2024-01\"-1\n"},
            {"0", "account0month0mrr\na0\"2024-01\"0\"5\"\nb02024-0107\n"},
            {"x", "accountxmonthxmrr\naax2024-01x10\n"},
        };
        for (String[] c : cases) {
            MrrCsvReader config = MrrCsvReader.builder().delimiter(c[0].charAt(0)).currency(usd).build();
            byte[] csv = c[1].getBytes(StandardCharsets.UTF_8);
            Object general = outcome(() -> new CsvMrrParser(config, new ByteArrayInputStream(csv), "f.csv", false).parse());
            assertThat(outcome(() -> config.read(new ByteArrayInputStream(csv), "f.csv"))).as(c[0]).isEqualTo(general);
        }
    }

    @Test
    void maxCellsBoundsTheCellsNeededWhateverTheOrderOrThreads(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        StringBuilder b = new StringBuilder("account,month,mrr\n");
        for (int a = 0; a < 8192; a++) {
            b.append(String.format("a%05d", a)).append(",2024-01,1\n");
        }
        for (int m = 2; m <= 10; m++) {
            b.append("a00000,2024-").append(String.format("%02d", m)).append(",1\n");
        }
        Path file = dir.resolve("f.csv");
        Files.writeString(file, b);
        java.util.Currency usd = java.util.Currency.getInstance("USD");
        // 2 blocks × 10 months = 81,920 cells: exactly enough, so every read gives the table; one cell less fails
        for (long maxCells : new long[] {2L * 4096 * 10, 2L * 4096 * 10 - 1}) {
            MrrCsvReader config = MrrCsvReader.builder().currency(usd).maxCells(maxCells).build();
            Object one = outcome(() -> config.readOnce(file));
            assertThat(one).asString().startsWith(maxCells == 81_920 ? "[" : "error:");
            for (int threads = 2; threads <= 5; threads++) {
                int t = threads;
                assertThat(outcome(() -> ParallelCsvRead.read(config, file, t, 1_000))).isEqualTo(one);
            }
        }
    }
}
