package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads account MRR snapshots from CSV: a header {@code account,month,mrr,currency} and one row per
 * account and month, e.g. {@code acme,2024-03,1250.00,USD}. Months are ISO {@code yyyy-MM}; the
 * currency is an ISO 4217 code. A malformed row is reported with its line and column. Columns after
 * the four are kept as each account's string dimensions (for {@code --segment}).
 */
final class MrrCsv {

    static final String HEADER = "account,month,mrr,currency";

    private MrrCsv() {
    }

    /**
     * The rows and each account's extra columns (string dimensions such as a segment or a region).
     *
     * @param rows the snapshots in file order
     * @param dimensions account to column to value, for columns after the four required ones
     */
    record Parsed(List<MrrSnapshot> rows, Map<String, Map<String, String>> dimensions) {
    }

    static List<MrrSnapshot> read(BufferedReader reader, String name) throws IOException {
        return parse(reader, name).rows();
    }

    /**
     * Reads a file whose header starts with {@value #HEADER}; further columns are kept per account
     * as string dimensions (the last non-empty value of an account wins). Quoting is not supported:
     * the library reader replaces this minimal reading.
     */
    static Parsed parse(BufferedReader reader, String name) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException(name + ": empty file; expected header '" + HEADER + "'");
        }
        String[] columns = header.strip().replace(" ", "").split(",", -1);
        if (columns.length < 4 || !String.join(",", java.util.Arrays.copyOf(columns, 4)).equalsIgnoreCase(HEADER)) {
            throw new IllegalArgumentException(name + ":1: expected header '" + HEADER + "' but was '" + header + "'");
        }
        List<MrrSnapshot> rows = new ArrayList<>();
        Map<String, Map<String, String>> dimensions = new LinkedHashMap<>();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != columns.length) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + columns.length + " columns ("
                        + String.join(",", columns) + ") but found " + f.length + ": '" + line + "'");
            }
            String account = f[0].strip();
            if (account.isEmpty()) {
                throw error(name, lineNo, 1, "account", "must not be empty", f[0]);
            }
            YearMonth month;
            try {
                month = YearMonth.parse(f[1].strip());
            } catch (DateTimeParseException e) {
                throw error(name, lineNo, 2, "month", "is not an ISO month (yyyy-MM)", f[1]);
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(f[2].strip());
            } catch (NumberFormatException e) {
                throw error(name, lineNo, 3, "mrr", "is not a decimal number", f[2]);
            }
            Currency currency;
            try {
                currency = Currency.getInstance(f[3].strip());
            } catch (IllegalArgumentException e) {
                throw error(name, lineNo, 4, "currency", "is not an ISO 4217 code", f[3]);
            }
            try {
                rows.add(MrrSnapshot.of(account, month, Money.of(amount, currency)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": column 3 (mrr): " + e.getMessage(), e);
            }
            for (int i = 4; i < columns.length; i++) {
                if (!f[i].isBlank()) {
                    dimensions.computeIfAbsent(account, a -> new TreeMap<>()).put(columns[i], f[i].strip());
                }
            }
        }
        return new Parsed(rows, dimensions);
    }

    private static IllegalArgumentException error(String name, int line, int column, String field, String problem,
            String value) {
        return new IllegalArgumentException(name + ":" + line + ": column " + column + " (" + field + ") " + problem
                + ": '" + value + "'");
    }
}
