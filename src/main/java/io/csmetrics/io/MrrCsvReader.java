package io.csmetrics.io;

import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * Reads account MRR rows from CSV into an {@link MrrTable}, streaming, straight from bytes into
 * primitive columns: no object per row, and memory bounded by accounts × months, not by rows.
 *
 * <p><b>Format.</b> RFC 4180: fields separated by a delimiter (default {@code ','}), records ended
 * by CRLF or LF (the last one may be unterminated), fields optionally in double quotes, a quote in
 * a quoted field written twice ({@code "Acme ""EU"", Inc."}); a quoted field may hold the
 * delimiter and line breaks. UTF-8, with or without a byte-order mark; malformed UTF-8 in an id,
 * a dimension or the header is an error, never a replacement character. Blanks around an unquoted
 * field are removed (so {@code acme} and {@code " acme "} unquoted are one account, and
 * {@code "acme"} quoted is the same account too); a quoted field is kept as written. Lines that
 * are empty or blank are skipped.
 *
 * <p><b>Columns</b> are found by header name, ignoring case and surrounding blanks, in any order:
 * {@code account}, {@code month} ({@code yyyy-MM}), {@code mrr} (plain decimal digits, e.g.
 * {@code 1250.00}; no sign, no exponent, no thousands separator; at most the currency's minor digits
 * except trailing zeros) and {@code currency} (ISO 4217, e.g. {@code USD}); the names are
 * configurable. Without a currency column, {@link Builder#currency(Currency)} gives the currency.
 * Every other column is kept as a named string dimension per account (see {@link MrrTable}).
 *
 * <p><b>Bounds, checked before any allocation or arithmetic they guard:</b> a record longer than
 * {@link Builder#maxLineBytes(int)} (default 1 MiB) is an error, not an endless read (so a binary file
 * or {@code /dev/zero} fails within that many bytes); an amount is parsed digit by digit into a
 * {@code long} of minor units with an overflow check at each digit, so an exponent, a million
 * digits or a value above {@code Long.MAX_VALUE} minor units is rejected at once; a month outside
 * {@link Builder#monthRange(YearMonth, YearMonth)} (default 1900-01..2199-12) is rejected when read,
 * and the months of the file may span at most {@link Builder#maxMonths(int)} (default 1,200),
 * checked before the matrix grows; the matrix may hold at most {@link Builder#maxCells(long)}
 * account-months; the running total of all amounts is kept with {@link Math#addExact(long, long)},
 * so no total the bridge or retention kernels form from the table can overflow (each is bounded by
 * it), and a file whose total overflows is rejected at its first offending line.
 *
 * <p><b>Errors</b> are {@link CsvFormatException}s naming the file, the line, the column, the byte
 * offset and the value (cut to a readable length): malformed bytes, a wrong field count, a bad or
 * out-of-range field, a duplicate account-month, an account in two currencies, a second currency
 * unless {@link Builder#mixedCurrencies(boolean) allowed}. Reading stops at the first error and no
 * table is returned, so nothing is computed from input not known to be good.
 *
 * <p><b>Rows in any order; memory.</b> Accounts are interned as they appear; each account owns one
 * row of a dense matrix of {@code long} minor units over the months seen so far, stored in chunks of
 * 4,096 accounts so that adding accounts never copies the matrix (blocks share arrays of up to 32 MiB,
 * which the garbage collector allocates outside its young generation and never copies). When a row's month falls outside
 * the months seen so far, the month range grows by at least half of its size (so sorted-by-month
 * input regrows only O(log months) times) and each chunk is re-laid out once. A bitmap of one bit
 * per cell detects duplicates. While the matrix is one block its months regrow to the exact span, and
 * the table returned keeps exactly the file's months (each block is laid out again once if the range
 * grew with spare months). Peak memory is therefore at most about {@code 8 × ⌈accounts / 4096⌉ × 4096 ×
 * 1.5 × months} bytes for the matrix, plus {@code months / 8} bytes per account for the bitmap, about 30
 * bytes per account for the ids and per-account columns, and the read buffer of {@code maxLineBytes +
 * 1 MiB}; it does not grow with the number of rows, and the table kept is {@code 8 × ⌈accounts / 4096⌉ ×
 * 4096 × months} bytes plus the ids. For 1,000,000 accounts × 36 months the table is about 300 MB.
 * {@link Builder#threads(int)} reads a large file in parts on several threads (see there for memory).
 *
 * <p>Example:
 * <pre>{@code
 * MrrTable t = MrrCsvReader.builder().delimiter(';').build().read(Path.of("mrr.csv"));
 * MrrBridge bridge = t.bridge();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; each {@code read} uses its own state.
 * @since 0.1.0
 */
public final class MrrCsvReader {

    /** The default longest record: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** The default longest span of months in one file: 100 years. */
    public static final int DEFAULT_MAX_MONTHS = 1_200;
    /** The default earliest month accepted. */
    public static final YearMonth DEFAULT_MIN_MONTH = YearMonth.of(1900, 1);
    /** The default latest month accepted. */
    public static final YearMonth DEFAULT_MAX_MONTH = YearMonth.of(2199, 12);
    /** The default largest matrix: 2<sup>29</sup> account-months (4 GiB of minor units). */
    public static final long DEFAULT_MAX_CELLS = 1L << 29;

    final String accountColumn;
    final String monthColumn;
    final String mrrColumn;
    final String currencyColumn;
    final byte delimiter;
    final int maxLineBytes;
    final int maxMonths;
    final int minMonth;
    final int maxMonth;
    final long maxCells;
    final Currency currency;
    final boolean mixedCurrencies;
    final int threads;

    private MrrCsvReader(Builder b) {
        accountColumn = b.accountColumn;
        monthColumn = b.monthColumn;
        mrrColumn = b.mrrColumn;
        currencyColumn = b.currencyColumn;
        delimiter = (byte) b.delimiter;
        maxLineBytes = b.maxLineBytes;
        maxMonths = b.maxMonths;
        minMonth = MrrTable.absolute(b.minMonth);
        maxMonth = MrrTable.absolute(b.maxMonth);
        maxCells = b.maxCells;
        currency = b.currency;
        mixedCurrencies = b.mixedCurrencies;
        threads = b.threads;
    }

    /**
     * Returns a reader with every default: columns {@code account,month,mrr,currency}, comma
     * delimiter, the default bounds, one currency.
     *
     * @return the reader
     */
    public static MrrCsvReader create() {
        return builder().build();
    }

    /**
     * Returns a builder, initially with every default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a file.
     *
     * @param file the file, not null; its name as given appears in error messages
     * @return the table
     * @throws NullPointerException if {@code file} is null
     * @throws CsvFormatException if the content is malformed or beyond a bound
     * @throws IOException if reading fails
     */
    public MrrTable read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        if (threads > 1 && Files.isRegularFile(file)) {
            return ParallelCsvRead.read(this, file, threads);
        }
        return readOnce(file);
    }

    /** Reads a file with one parser. */
    MrrTable readOnce(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a stream to its end; the stream is not closed.
     *
     * @param in the bytes, not null
     * @param name the name of the input in error messages, not null
     * @return the table
     * @throws NullPointerException if an argument is null
     * @throws CsvFormatException if the content is malformed or beyond a bound
     * @throws IOException if reading fails
     */
    public MrrTable read(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(name, "name must not be null");
        return new CsvMrrParser(this, in, name).parse();
    }

    /**
     * Returns e.g. {@code "MrrCsvReader{account,month,mrr,currency; ',', maxLineBytes 1048576, ...}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MrrCsvReader{" + accountColumn + "," + monthColumn + "," + mrrColumn + "," + currencyColumn + "; '"
                + (char) delimiter + "', maxLineBytes " + maxLineBytes + ", months " + MrrTable.month(minMonth) + ".."
                + MrrTable.month(maxMonth) + ", maxMonths " + maxMonths + ", maxCells " + maxCells
                + (currency == null ? "" : ", currency " + currency) + (mixedCurrencies ? ", mixed currencies" : "")
                + (threads > 1 ? ", threads " + threads : "") + "}";
    }

    /**
     * Configures an {@link MrrCsvReader}. Each setter validates its argument at once.
     *
     * @implSpec This builder is mutable and not thread-safe.
     * @since 0.1.0
     */
    public static final class Builder {

        private String accountColumn = "account";
        private String monthColumn = "month";
        private String mrrColumn = "mrr";
        private String currencyColumn = "currency";
        private char delimiter = ',';
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private int maxMonths = DEFAULT_MAX_MONTHS;
        private YearMonth minMonth = DEFAULT_MIN_MONTH;
        private YearMonth maxMonth = DEFAULT_MAX_MONTH;
        private long maxCells = DEFAULT_MAX_CELLS;
        private Currency currency;
        private boolean mixedCurrencies;
        private int threads = 1;

        private Builder() {
        }

        private static String name(String value, String what) {
            Objects.requireNonNull(value, what + " must not be null");
            String v = value.strip();
            if (v.isEmpty()) {
                throw new IllegalArgumentException(what + " must not be blank: '" + value + "'");
            }
            return v;
        }

        /**
         * Sets the header names of the four columns (matched ignoring case).
         *
         * @param account the account id column, default {@code account}
         * @param month the month column, default {@code month}
         * @param mrr the MRR amount column, default {@code mrr}
         * @param currency the currency column, default {@code currency}; it may be absent from a
         *     file when {@link #currency(Currency)} is set
         * @return this builder
         * @throws NullPointerException if a name is null
         * @throws IllegalArgumentException if a name is blank or two are equal ignoring case
         */
        public Builder columns(String account, String month, String mrr, String currency) {
            String[] names = {name(account, "account"), name(month, "month"), name(mrr, "mrr"),
                name(currency, "currency")};
            for (int i = 0; i < names.length; i++) {
                for (int j = i + 1; j < names.length; j++) {
                    if (names[i].equalsIgnoreCase(names[j])) {
                        throw new IllegalArgumentException("column names must differ: '" + names[i] + "' is given twice");
                    }
                }
            }
            accountColumn = names[0];
            monthColumn = names[1];
            mrrColumn = names[2];
            currencyColumn = names[3];
            return this;
        }

        /**
         * Sets the field delimiter.
         *
         * @param delimiter a printable ASCII character or tab, not a double quote; default {@code ','}
         * @return this builder
         * @throws IllegalArgumentException if {@code delimiter} is not allowed
         */
        public Builder delimiter(char delimiter) {
            if (delimiter != '\t' && (delimiter < 0x21 || delimiter > 0x7e) || delimiter == '"') {
                throw new IllegalArgumentException("delimiter must be a printable ASCII character or tab, not a"
                        + " double quote: " + String.format("U+%04X", (int) delimiter));
            }
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Sets the longest record, in bytes, line break excluded.
         *
         * @param maxLineBytes from 64 to 2<sup>28</sup>; default 1 MiB
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxLineBytes(int maxLineBytes) {
            if (maxLineBytes < 64 || maxLineBytes > 1 << 28) {
                throw new IllegalArgumentException("maxLineBytes (valid values 64 - 268435456): " + maxLineBytes);
            }
            this.maxLineBytes = maxLineBytes;
            return this;
        }

        /**
         * Sets the longest span of months, from the earliest to the latest month in the file.
         *
         * @param maxMonths from 1 to {@link MrrBridgeAccumulator#MAX_MONTHS}; default 1,200
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxMonths(int maxMonths) {
            if (maxMonths < 1 || maxMonths > MrrBridgeAccumulator.MAX_MONTHS) {
                throw new IllegalArgumentException("maxMonths (valid values 1 - " + MrrBridgeAccumulator.MAX_MONTHS
                        + "): " + maxMonths);
            }
            this.maxMonths = maxMonths;
            return this;
        }

        /**
         * Sets the months accepted; a row outside is an error.
         *
         * @param earliest the earliest month, year 0 or later, not null; default 1900-01
         * @param latest the latest month, not before {@code earliest}, year 9999 or earlier, not
         *     null; default 2199-12
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the range is empty or outside years 0 - 9999
         */
        public Builder monthRange(YearMonth earliest, YearMonth latest) {
            Objects.requireNonNull(earliest, "earliest must not be null");
            Objects.requireNonNull(latest, "latest must not be null");
            if (earliest.getYear() < 0 || latest.getYear() > 9999) {
                throw new IllegalArgumentException("monthRange must lie in years 0 - 9999: " + earliest + ".." + latest);
            }
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("latest (" + latest + ") must not be before earliest (" + earliest + ")");
            }
            minMonth = earliest;
            maxMonth = latest;
            return this;
        }

        /**
         * Sets the largest matrix, in account-months (each 8 bytes): a file is refused, at the row that
         * would pass it, when its accounts in blocks of 4,096 times the span of its months, {@code
         * ⌈accounts / 4096⌉ × 4096 × months}, exceed it, whatever the order of its rows or the number of
         * threads; spare months for rows out of order are kept only within it. (A read in parts may
         * hold up to one partly filled block per part more while it merges.)
         *
         * @param maxCells from 4,096 to 2<sup>40</sup>; default 2<sup>29</sup>
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxCells(long maxCells) {
            if (maxCells < MrrTable.CHUNK || maxCells > 1L << 40) {
                throw new IllegalArgumentException("maxCells (valid values 4096 - 1099511627776): " + maxCells);
            }
            this.maxCells = maxCells;
            return this;
        }

        /**
         * Sets the currency of a file without a currency column; a file with one must then be in
         * this currency only.
         *
         * @param currency the currency, with a minor unit, or null for none (the default: the file
         *     must have a currency column)
         * @return this builder
         * @throws IllegalArgumentException if the currency has no minor unit (e.g. XAU)
         */
        public Builder currency(Currency currency) {
            if (currency != null && currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException("currency must have a minor unit: " + currency);
            }
            this.currency = currency;
            return this;
        }

        /**
         * Allows accounts in different currencies (each account still in one); the default is one
         * currency per file, and a row in a second currency is an error.
         *
         * @param allowed whether several currencies are allowed
         * @return this builder
         */
        public Builder mixedCurrencies(boolean allowed) {
            this.mixedCurrencies = allowed;
            return this;
        }

        /**
         * Sets the most threads {@link MrrCsvReader#read(Path)} may use for one file (default 1: the
         * calling thread only). A regular file of at least 8 MiB per thread is cut into that many parts
         * at line breaks; each part is parsed on its own thread (the first on the calling thread) into
         * its own table, and the parts are merged in file order. The result equals a one-thread read
         * of the same file, account numbers included. Where a part fails, or the parts together break
         * a rule (a duplicate account-month across parts, a total beyond a {@code long}, ...), the file
         * is read again by the calling thread alone, so errors, their lines and values are exactly
         * those of a one-thread read; a malformed file may thus cost two reads. Streams
         * ({@link MrrCsvReader#read(InputStream, String)}) and files that are not regular (pipes,
         * devices) are always read by one thread.
         *
         * <p>Memory: each part has its own read buffer ({@code maxLineBytes + 1 MiB}) and matrix
         * (each within {@link #maxCells(long)}). The parts of a file sorted by account are taken
         * whole (their matrices become the table's, no copy); other files' parts are copied into the
         * first part's matrix, so that the parts and the merged matrix briefly coexist, up to about
         * twice the one-thread peak.
         *
         * <p>Example: {@code builder().threads(Runtime.getRuntime().availableProcessors())}.
         *
         * @param threads the most threads, 1 - 256
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is outside 1 - 256
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads (valid values 1 - 256): " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Returns the reader.
         *
         * @return the reader
         */
        public MrrCsvReader build() {
            return new MrrCsvReader(this);
        }
    }
}
