package io.csmetrics.clv;

import io.csmetrics.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads purchase transactions from CSV text with the header {@code customer,date,amount} (columns
 * found by name, in any order, case-insensitive; other columns ignored): ISO dates
 * ({@code 2024-03-31}), plain decimal amounts ({@code 29.73}) in one currency given by the caller.
 *
 * <p>Format: RFC 4180 fields separated by commas, optionally double-quoted with {@code ""} for a
 * quote; a UTF-8 byte-order mark and blank lines are skipped; line breaks inside quotes are not
 * supported (a transaction never needs one) and are reported. Bounds: at most
 * {@value #MAX_LINE_LENGTH} characters a line and {@code maxRows} data rows, so a hostile file cannot
 * exhaust memory. Every error names the line number and column:
 * {@code "line 7, column amount: not a decimal number: 'abc'"}.
 *
 * <p>Example: {@code TransactionsCsv.read(reader, Currency.getInstance("USD"), 1_000_000, accumulator)}
 * streams the rows into an {@link RfmAccumulator}.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.2.0
 */
public final class TransactionsCsv {

    /** The longest line accepted, in characters. */
    public static final int MAX_LINE_LENGTH = 4096;

    private TransactionsCsv() {
    }

    /**
     * Reads every transaction and hands each to {@code sink}, in file order.
     *
     * @param reader the CSV text, not null; not closed
     * @param currency the currency of every amount, not null
     * @param maxRows the most data rows accepted, {@code ≥ 1}
     * @param sink receives each transaction, not null
     * @return the number of transactions read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the header lacks a column, a line is malformed or too long,
     *     a value is invalid, or there are more than {@code maxRows} rows; the message names the line
     *     and column. Rows before the bad one have already been handed to {@code sink}.
     * @throws UncheckedIOException if reading fails
     */
    public static long read(Reader reader, Currency currency, long maxRows, Consumer<? super Transaction> sink) {
        Objects.requireNonNull(reader, "reader must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1: " + maxRows);
        }
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            long lineNumber = 0;
            int customer = -1;
            int date = -1;
            int amount = -1;
            int columns = 0;
            long rows = 0;
            for (String line = readLine(in, lineNumber + 1); line != null; line = readLine(in, lineNumber + 1)) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line, lineNumber);
                if (customer < 0) {
                    columns = fields.size();
                    for (int i = 0; i < fields.size(); i++) {
                        switch (fields.get(i).trim().toLowerCase(Locale.ROOT)) {
                            case "customer" -> customer = i;
                            case "date" -> date = i;
                            case "amount" -> amount = i;
                            default -> {
                                // Other columns are allowed and ignored.
                            }
                        }
                    }
                    if (customer < 0 || date < 0 || amount < 0) {
                        throw new IllegalArgumentException("line " + lineNumber
                                + ": the header must name the columns customer, date and amount: " + fields);
                    }
                    continue;
                }
                if (fields.size() != columns) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected " + columns + " fields, found "
                            + fields.size());
                }
                if (++rows > maxRows) {
                    throw new IllegalArgumentException("line " + lineNumber + ": more than maxRows (" + maxRows + ") rows");
                }
                sink.accept(parse(fields, customer, date, amount, currency, lineNumber));
            }
            if (customer < 0) {
                throw new IllegalArgumentException("line " + (lineNumber + 1) + ": no header (customer,date,amount)");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every transaction into a list.
     *
     * @param reader the CSV text
     * @param currency the currency of every amount
     * @param maxRows the most data rows accepted
     * @return the transactions in file order
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #read(Reader, Currency, long, Consumer)}
     * @throws UncheckedIOException if reading fails
     */
    public static List<Transaction> readAll(Reader reader, Currency currency, long maxRows) {
        List<Transaction> list = new ArrayList<>();
        read(reader, currency, maxRows, list::add);
        return list;
    }

    private static String readLine(BufferedReader in, long lineNumber) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return sb.length() == 0 ? null : sb.toString();
            }
            if (c == '\n') {
                return sb.toString();
            }
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE_LENGTH) {
                throw new IllegalArgumentException("line " + lineNumber + ": longer than " + MAX_LINE_LENGTH + " characters");
            }
            sb.append((char) c);
        }
    }

    private static List<String> split(String line, long lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("line " + lineNumber + ", field " + (fields.size() + 1)
                                + ": unterminated quote (line breaks inside quotes are not supported)");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("line " + lineNumber + ", field " + (fields.size() + 1)
                            + ": text after the closing quote");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    private static Transaction parse(List<String> fields, int customer, int date, int amount, Currency currency,
            long lineNumber) {
        String id = fields.get(customer).trim();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNumber + ", column customer: empty");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(fields.get(date).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNumber + ", column date: not an ISO date (yyyy-mm-dd): '"
                    + fields.get(date) + "'", e);
        }
        String text = fields.get(amount).trim();
        BigDecimal value;
        try {
            if (text.length() > 40) {
                throw new NumberFormatException("too long");
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNumber + ", column amount: not a decimal number: '" + text
                    + "'", e);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("line " + lineNumber + ", column amount: negative: " + text);
        }
        if (value.scale() > Math.max(0, currency.getDefaultFractionDigits()) || value.scale() < -6) {
            throw new IllegalArgumentException("line " + lineNumber + ", column amount: " + text + " has more decimals than "
                    + currency.getCurrencyCode() + " allows");
        }
        return Transaction.of(id, day, Money.of(value, currency));
    }
}
