package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trip: any generated book written as CSV (random quoting, BOM or not, CRLF or LF, shuffled
 * rows, columns in any order, extra columns) reads back as the same histories, the same bridge and
 * the same retention and the same cohort retention matrices as the object API computes from the
 * same snapshots.
 */
class MrrCsvReaderProperties {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth FIRST = YearMonth.of(2023, 11);

    record Account(String id, int offset, long[] cents, String region) {
    }

    @Provide
    Arbitrary<List<Account>> books() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("abcXYZ019 ,;\"'é€\u00a0").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<long[]> cents = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 1_000_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 1_000_000_000_000L)))
                .array(long[].class).ofMinSize(1).ofMaxSize(14);
        Arbitrary<Account> account = Combinators.combine(ids, Arbitraries.integers().between(0, 12), cents,
                Arbitraries.of("EU", "US", "", "APAC, \"east\"")).as(Account::new);
        return account.list().ofMinSize(1).ofMaxSize(30).uniqueElements(Account::id);
    }

    @Property(tries = 300)
    void csvReadsBackAsTheObjectApisBridge(@ForAll("books") List<Account> book, @ForAll long formatSeed)
            throws IOException {
        Random r = new Random(formatSeed);
        List<MrrSnapshot> snapshots = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (Account a : book) {
            for (int i = 0; i < a.cents().length; i++) {
                boolean gap = i > 0 && i < a.cents().length - 1 && a.cents()[i] == 0 && r.nextBoolean();
                if (gap) {
                    continue; // a missing month between the first and last row is zero
                }
                YearMonth month = FIRST.plusMonths(a.offset() + i);
                snapshots.add(MrrSnapshot.of(a.id(), month, Money.ofMinor(a.cents()[i], USD)));
                rows.add(new String[] {a.id(), month.toString(), amount(a.cents()[i], r), r.nextBoolean() ? "USD" : "usd",
                    a.region()});
            }
        }
        Collections.shuffle(rows, r);
        byte[] csv = write(rows, r);

        MrrTable t = MrrCsvReader.create().read(new ByteArrayInputStream(csv), "generated.csv");

        List<MrrHistory> histories = MrrHistory.fromSnapshots(snapshots);
        assertThat(t.toHistories()).isEqualTo(histories);
        assertThat(t.rowCount()).isEqualTo(snapshots.size());
        YearMonth first = t.firstMonth();
        YearMonth last = t.lastMonth();
        assertThat(t.bridge()).isEqualTo(MrrBridge.fromSnapshots(snapshots, first, last));
        YearMonth from = FIRST.plusMonths(r.nextInt(20));
        YearMonth to = from.plusMonths(1 + r.nextInt(13));
        assertThat(t.bridge(from, to)).isEqualTo(MrrBridge.fromSnapshots(snapshots, from, to));
        assertThat(t.retention(from, to)).isEqualTo(histories.stream()
                .collect(RevenueRetentionAccumulator.collector(USD, from, to)));
        Map<String, String> regions = new LinkedHashMap<>();
        book.forEach(a -> regions.put(a.id(), a.region()));
        for (int i = 0; i < t.accountCount(); i++) {
            assertThat(t.dimension(i, "region")).isEqualTo(regions.get(t.accountId(i)));
        }
        YearMonth asOf = FIRST.plusMonths(r.nextInt(30));
        CohortKey<String> byRegion = (h, month) -> regions.get(h.accountId());
        for (CohortReactivationRule rule : CohortReactivationRule.values()) {
            assertThat(t.retentionMatrix(CohortKey.acquisitionQuarter(), asOf, rule))
                    .isEqualTo(RetentionMatrix.of(histories, CohortKey.acquisitionQuarter(), asOf, rule));
            assertThat(t.retentionMatrix(CohortKey.acquisitionMonth(), asOf, rule))
                    .isEqualTo(RetentionMatrix.of(histories, CohortKey.acquisitionMonth(), asOf, rule));
            assertThat(t.retentionMatrix(byRegion, asOf, rule)).isEqualTo(RetentionMatrix.of(histories, byRegion, asOf, rule));
        }
    }

    /** Cents as a decimal: sometimes whole units, sometimes with trailing zeros or leading zeros. */
    private static String amount(long cents, Random r) {
        BigDecimal v = BigDecimal.valueOf(cents, 2);
        switch (r.nextInt(4)) {
            case 0:
                return v.toPlainString();
            case 1:
                return v.setScale(4).toPlainString();
            case 2:
                return "00" + v.toPlainString();
            default:
                return cents % 100 == 0 ? String.valueOf(cents / 100) : v.toPlainString();
        }
    }

    private static byte[] write(List<String[]> rows, Random r) {
        String[] names = {"account", "month", "mrr", "currency", "region"};
        int[] order = {0, 1, 2, 3, 4};
        for (int i = order.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        String eol = r.nextBoolean() ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder();
        line(b, names, order, r, eol, true);
        for (String[] row : rows) {
            line(b, row, order, r, eol, false);
        }
        if (r.nextBoolean()) {
            b.setLength(b.length() - eol.length()); // no line break after the last record
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.nextBoolean()) {
            out.write(0xEF);
            out.write(0xBB);
            out.write(0xBF);
        }
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder b, String[] fields, int[] order, Random r, String eol, boolean header) {
        for (int k = 0; k < order.length; k++) {
            if (k > 0) {
                b.append(',');
            }
            String f = fields[order[k]];
            boolean mustQuote = f.contains(",") || f.contains("\"") || !f.strip().equals(f);
            if (mustQuote || r.nextInt(3) == 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(header && r.nextBoolean() ? f.toUpperCase(java.util.Locale.ROOT) : f);
            }
        }
        b.append(eol);
    }
}
