package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.revenue.MrrBridge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables of many blocks (4,096 accounts each), which the small generated files of the properties never
 * reach: blocks share slabs of growing size, the month axis regrows (spare months, exact regrowth while
 * one block) and is compacted, and a parallel read merges parts of several blocks each; every account's
 * series must come back as written, and the bridge equal the object API's.
 */
class MrrCsvReaderBlocksTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final YearMonth JAN = YearMonth.of(2024, 1);

    /** 30,000 accounts sorted by account over months 2..6, then month 0 and 1 rows for every third (regrowth). */
    static String company(List<MrrSnapshot> snapshots) {
        Random r = new Random(7);
        StringBuilder b = new StringBuilder("account,month,mrr\n");
        List<String> late = new ArrayList<>();
        for (int a = 0; a < 30_000; a++) {
            String id = String.format("c%06d", a);
            for (int k = 2; k < 2 + 1 + r.nextInt(5); k++) {
                long cents = 100 + r.nextInt(100_000);
                b.append(id).append(',').append(JAN.plusMonths(k)).append(',').append(Money.ofMinor(cents, EUR)
                        .amount().toPlainString()).append('\n');
                snapshots.add(MrrSnapshot.of(id, JAN.plusMonths(k), Money.ofMinor(cents, EUR)));
            }
            if (a % 3 == 0) {
                for (int k = 0; k < 2; k++) {
                    long cents = 100 + r.nextInt(1_000);
                    late.add(id + "," + JAN.plusMonths(k) + "," + Money.ofMinor(cents, EUR).amount().toPlainString() + "\n");
                    snapshots.add(MrrSnapshot.of(id, JAN.plusMonths(k), Money.ofMinor(cents, EUR)));
                }
            }
        }
        late.forEach(b::append);
        return b.toString();
    }

    @Test
    void manyBlocksReadBackAsWritten(@TempDir Path dir) throws IOException {
        List<MrrSnapshot> snapshots = new ArrayList<>();
        String csv = company(snapshots);
        List<MrrHistory> expected = MrrHistory.fromSnapshots(snapshots);
        Path file = dir.resolve("company.csv");
        Files.writeString(file, csv);
        MrrCsvReader reader = MrrCsvReader.builder().currency(EUR).build();
        List<MrrTable> tables = List.of(
                reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "company.csv"),
                ParallelCsvRead.inParts(reader, file, 2, 1 << 10),
                ParallelCsvRead.inParts(reader, file, 5, 1 << 10),
                // the cell bound just above what the table needs: slabs must stay within it
                MrrCsvReader.builder().currency(EUR).maxCells(8L * 4096 * 7).build().read(file));
        // The file is sorted by account until its late rows, so no part is adopted whole (the last one holds
        // accounts of every other part); the parts are copied.
        assertThat(tables.get(1).segmentCount()).isEqualTo(1);
        for (MrrTable t : tables) {
            assertThat(t).isNotNull();
            assertThat(t.accountCount()).isEqualTo(30_000);
            assertThat(t.firstMonth()).isEqualTo(JAN);
            List<MrrHistory> histories = t.toHistories();
            assertThat(histories).containsExactlyInAnyOrderElementsOf(expected);
            java.util.Map<String, MrrHistory> byId = new java.util.HashMap<>();
            expected.forEach(h -> byId.put(h.accountId(), h));
            for (int a = 0; a < t.accountCount(); a += 997) {
                assertThat(t.accountId(a)).isEqualTo(String.format("c%06d", a));
                assertThat(t.history(a).toMinorUnitsArray()).isEqualTo(byId.get(t.accountId(a)).toMinorUnitsArray());
            }
            assertThat(t.bridge()).isEqualTo(MrrBridge.fromSnapshots(snapshots, t.firstMonth(), t.lastMonth()));
        }
    }

    @Test
    void partsOfAFileSortedByAccountAreAdoptedWhole(@TempDir Path dir) throws IOException {
        Random r = new Random(11);
        StringBuilder b = new StringBuilder("account,month,mrr,plan\n");
        List<MrrSnapshot> snapshots = new ArrayList<>();
        for (int a = 0; a < 20_000; a++) {
            String id = String.format("c%06d", a);
            int from = r.nextInt(6);
            for (int k = from; k < from + 1 + r.nextInt(6); k++) {
                long cents = r.nextInt(100_000);
                b.append(id).append(',').append(JAN.plusMonths(k)).append(',')
                        .append(Money.ofMinor(cents, EUR).amount().toPlainString()).append(',').append(a % 7 == 0 ? "pro" : "team")
                        .append('\n');
                snapshots.add(MrrSnapshot.of(id, JAN.plusMonths(k), Money.ofMinor(cents, EUR)));
            }
        }
        Path file = dir.resolve("sorted.csv");
        Files.writeString(file, b);
        MrrCsvReader reader = MrrCsvReader.builder().currency(EUR).build();
        List<String> one = MrrCsvReaderPathsProperties.describe(reader.readOnce(file));
        for (int threads = 2; threads <= 6; threads++) {
            MrrTable parts = ParallelCsvRead.inParts(reader, file, threads, 1 << 10);
            assertThat(parts.segmentCount()).as("%d parts", threads).isEqualTo(threads);
            assertThat(MrrCsvReaderPathsProperties.describe(parts)).isEqualTo(one);
            assertThat(parts.bridge()).isEqualTo(MrrBridge.fromSnapshots(snapshots, parts.firstMonth(), parts.lastMonth()));
            assertThat(parts.retention(JAN.plusMonths(3), JAN.plusMonths(9)))
                    .isEqualTo(reader.readOnce(file).retention(JAN.plusMonths(3), JAN.plusMonths(9)));
            for (int a = 0; a < parts.accountCount(); a += 1_999) {
                assertThat(parts.minorUnits(a, JAN.plusMonths(a % 12))).isEqualTo(
                        reader.readOnce(file).minorUnits(a, JAN.plusMonths(a % 12)));
            }
        }
        // a cell bound below what the adopted parts need makes the merge give way to one pass, same table
        MrrCsvReader tight = MrrCsvReader.builder().currency(EUR).maxCells(8L * 4096 * 11).build();
        assertThat(MrrCsvReaderPathsProperties.describe(ParallelCsvRead.read(tight, file, 4, 1 << 10))).isEqualTo(one);
    }
}
