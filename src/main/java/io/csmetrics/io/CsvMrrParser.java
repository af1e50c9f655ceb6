package io.csmetrics.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * One read of {@link MrrCsvReader}: the byte-level RFC 4180 scanner and the columnar table under
 * construction. Single use, single thread.
 */
final class CsvMrrParser {

    private static final int READ_CHUNK = 1 << 20;
    /**
     * The most bytes one {@code read} asks for: small enough that the bytes just copied are still in
     * the core's cache when they are parsed (a read of the whole free buffer copies megabytes, whose
     * start the cache has already dropped when the parser reaches it).
     */
    private static final int READ_BYTES = 1 << 17;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final MrrCsvReader config;
    private final boolean fastRows;
    private final InputStream in;
    private final String name;

    // input buffer: buf[pos, lim) not yet consumed; buf[0] is byte bufStart of the input
    private final byte[] buf;
    private int pos;
    private int lim;
    private long bufStart;
    private boolean eof;
    private long line = 1;

    // the fields of the current record
    private int fieldCount;
    private int[] fs = new int[16];
    private int[] fe = new int[16];
    private boolean[] escaped = new boolean[16];
    private boolean[] quoted = new boolean[16];
    private byte[] scratch = new byte[256];
    private long recordLine;
    private int recordStart;

    // header
    private String[] header;
    private int accountCol;
    private int monthCol;
    private int mrrCol;
    private int currencyCol = -1;
    private int[] dimCols;

    // the table under construction
    private final ByteDictionary ids = new ByteDictionary();
    private int lastAccount = -1;
    private int accounts;
    private int[] first = new int[1024];
    private int[] last = new int[1024];
    private byte[] currencyOf = new byte[1024];
    private int[] dimMonth = new int[1024];
    private int[][] dimCodes;
    private ByteDictionary[] dimDicts;
    /**
     * Block {@code c} of the matrix (accounts {@code c × 4096 ..}) is {@code chunks[c][chunkBase[c] ..
     * chunkBase[c] + 4096 × stride)}: blocks share large arrays ("slabs"), so that the garbage collector
     * allocates them outside the young generation and never copies them.
     */
    private long[][] chunks = new long[16][];
    private int[] chunkBase = new int[16];
    private long[] slab;
    private int slabUsed;
    private int nextSlabChunks = 1;
    /** The largest slab: 32 MiB of cells, above half of G1's largest region, so always allocated as humongous. */
    static final int SLAB_CELLS = 1 << 22;
    private long[][] seen = new long[16][];
    private int base;
    private int stride;
    /**
     * Once a part has been adopted whole ({@link #absorb}), the matrix is in segments: accounts
     * {@code segStart[s] ..} are rows of blocks {@code segBlock[s] ..} laid out with
     * {@code segStride[s]} months from {@code segBase[s]}; null while it is one layout.
     */
    private int[] segStart;
    private int[] segBlock;
    private int[] segStride;
    private int[] segBase;
    private int[] segSkip;
    private int segments;
    private int blocks;
    private long exactRegrowthCells;
    private int minMonth = Integer.MAX_VALUE;
    private int maxMonth = Integer.MIN_VALUE;
    private long rows;
    private long total;
    private final List<Currency> currencies = new ArrayList<>();
    private final List<Long> currencyLines = new ArrayList<>();
    private int lastCurrencyCode = -1;
    private int lastCurrencyIndex = -1;
    private int[] currencyCodes = new int[4];
    private int lastFractionDigits;

    /** What each column of the header is, for {@link #fastRows()}: one of the {@code KIND_} constants. */
    private byte[] kinds;
    private static final byte KIND_ACCOUNT = 1;
    private static final byte KIND_MONTH = 2;
    private static final byte KIND_MRR = 3;
    private static final byte KIND_CURRENCY = 4;
    private static final byte KIND_DIMENSION = 5;
    /** Where {@link #fastRows()} found each dimension's value in the buffer. */
    private int[] dimStart;
    private int[] dimEnd;
    /** The account of the last row {@link #fastRows()} read ({@code fastAccountLength} -1: none yet), for the next. */
    private int fastAccount = -1;
    private int fastAccountLength = -1;
    private long[] fastAccountWords = new long[4];
    private final long delimiterWord;
    private final byte delimiter;

    /**
     * Byte classes for {@link #fastRows()}: 0 for a printable ASCII byte other than space, quote and the
     * delimiter; {@link #PLAIN_DELIMITER}; {@link #PLAIN_NEWLINE}; {@link #CARRIAGE_RETURN}; {@link #OTHER}
     * for everything else (controls, space, tab, quote, DEL and every non-ASCII byte), which the fast
     * path leaves to the general one.
     */
    private final byte[] fastClass = new byte[256];

    /** Byte classes for the record scan: 0 ordinary, {@link #NEWLINE}, {@link #QUOTE}. */
    private static final byte[] RECORD_CLASS = new byte[256];
    private static final byte NEWLINE = 1;
    private static final byte QUOTE = 2;

    static {
        RECORD_CLASS['\n'] = NEWLINE;
        RECORD_CLASS['"'] = QUOTE;
    }

    /** Byte classes for an unquoted field: 0 ordinary, {@link #DELIMITER}, {@link #FORBIDDEN}. */
    private final byte[] fieldClass = new byte[256];
    private static final byte DELIMITER = 1;
    private static final byte FORBIDDEN = 2;

    /**
     * Byte classes for {@link #plainRecord()}: 0 ordinary, {@link #PLAIN_DELIMITER}, {@link #PLAIN_NEWLINE},
     * {@link #CARRIAGE_RETURN}, and {@link #OTHER} for every byte that needs the general path.
     */
    private final byte[] plainClass = new byte[256];
    private static final byte PLAIN_DELIMITER = 1;
    private static final byte PLAIN_NEWLINE = 2;
    private static final byte CARRIAGE_RETURN = 3;
    private static final byte OTHER = 4;

    CsvMrrParser(MrrCsvReader config, InputStream in, String name) {
        this(config, in, name, true);
    }

    /**
     * A parser; {@code fastRows} false reads every record through the general path only, which tests
     * use to check that {@link #fastRows()} changes no result and no message.
     */
    CsvMrrParser(MrrCsvReader config, InputStream in, String name, boolean fastRows) {
        // A delimiter that can stand inside a month, an amount or a currency code ('-', '.', a letter or a digit)
        // would make the fast path's fixed-form fields swallow it: such files take the general path only.
        char d = (char) (config.delimiter & 0xff);
        this.fastRows = fastRows && !Character.isLetterOrDigit(d) && d != '-' && d != '.';
        this.config = config;
        this.delimiterWord = ONES * (config.delimiter & 0xff);
        this.delimiter = config.delimiter;
        this.in = in;
        this.name = name;
        this.buf = new byte[config.maxLineBytes + 1 + READ_CHUNK];
        // one table look-up per byte instead of a chain of comparisons on the hot path
        for (int c = 0; c < 0x20; c++) {
            fieldClass[c] = c == '\t' ? 0 : FORBIDDEN;
        }
        fieldClass[0x7f] = FORBIDDEN;
        fieldClass['"'] = FORBIDDEN;
        fieldClass[config.delimiter & 0xff] = DELIMITER;
        for (int c = 0; c < 0x20; c++) {
            plainClass[c] = OTHER;
        }
        plainClass[' '] = OTHER;
        plainClass[0x7f] = OTHER;
        plainClass['"'] = OTHER;
        plainClass['\r'] = CARRIAGE_RETURN;
        plainClass['\n'] = PLAIN_NEWLINE;
        plainClass[config.delimiter & 0xff] = PLAIN_DELIMITER;
        for (int c = 0; c < 256; c++) {
            fastClass[c] = c > ' ' && c < 0x7f && c != '"' ? 0 : OTHER;
        }
        fastClass['\r'] = CARRIAGE_RETURN;
        fastClass['\n'] = PLAIN_NEWLINE;
        fastClass[config.delimiter & 0xff] = PLAIN_DELIMITER;
    }

    MrrTable parse() throws IOException {
        readHeaderRecord();
        readRows();
        return table();
    }

    /** Reads the byte-order mark, if any, and the header record, and finds the columns. */
    void readHeaderRecord() throws IOException {
        fill();
        if (lim - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (!nextRecord()) {
            throw new CsvFormatException(name, 0, 0, null, -1, "empty file; expected a header with the columns "
                    + expectedColumns(), null);
        }
        readHeader();
    }

    /**
     * Starts a parser of a later part of a file whose header another parser read: {@code header} are
     * that parser's column names, and the input starts at a record.
     */
    void startAfterHeader(String[] names) {
        header = names.clone();
        findColumns();
    }

    /** The column names of the header read, as written (blanks stripped). */
    String[] header() {
        return header.clone();
    }

    /** Reads the data records to the end of the input. */
    void readRows() throws IOException {
        while (true) {
            if (fastRows && fastRows()) {
                continue;
            }
            if (!nextRecord()) {
                break;
            }
            if (blankRecord()) {
                continue;
            }
            row();
        }
    }

    /**
     * Lays the matrix out again over exactly the months read so far, the duplicate bitmap with it: a
     * part of a parallel read does this on its own thread before the merge, so the parts and the
     * merged matrix carry no spare months.
     */
    void fitMonths() {
        if (stride > 0 && stride != maxMonth - minMonth + 1) {
            relayout(minMonth, maxMonth - minMonth + 1);
        }
    }

    /** The table of the rows read; single use. */
    MrrTable table() {
        if (accounts == 0) {
            throw new CsvFormatException(name, 0, 0, null, -1, "no data rows after the header", null);
        }
        return build();
    }

    private String expectedColumns() {
        return config.accountColumn + ", " + config.monthColumn + ", " + config.mrrColumn
                + (config.currency == null ? ", " + config.currencyColumn : " (" + config.currencyColumn + " optional)");
    }

    // ---------------------------------------------------------------- bytes and records

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (lim == buf.length) {
            if (pos == 0) {
                return false;
            }
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            bufStart += pos;
            lim -= pos;
            pos = 0;
        }
        int n = in.read(buf, lim, Math.min(READ_BYTES, buf.length - lim));
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /**
     * Finds the next record and splits it into fields; false at the end of the input. The record's
     * line break is consumed; its bytes stay in the buffer until the next call.
     */
    private boolean nextRecord() throws IOException {
        if (pos >= lim && !fill() && pos >= lim) {
            return false;
        }
        if (plainRecord()) {
            return true;
        }
        recordLine = line;
        int i = pos;
        boolean inQuotes = false;
        long breaks = 0;
        int end;
        while (true) {
            int stop = lim;
            byte[] b = buf;
            byte[] classes = RECORD_CLASS;
            for (; i < stop; i++) {
                byte k = classes[b[i] & 0xff];
                if (k != 0) {
                    if (k == NEWLINE) {
                        if (!inQuotes) {
                            break;
                        }
                        breaks++;
                    } else {
                        inQuotes = !inQuotes;
                    }
                }
            }
            if (i - pos > config.maxLineBytes) {
                throw error(0, bufStart + pos, "record longer than " + config.maxLineBytes
                        + " bytes (maxLineBytes); a binary file or a quote left open?", null);
            }
            if (i < lim) {
                end = i;
                break;
            }
            int consumed = pos;
            if (!fill()) {
                if (inQuotes) {
                    throw error(0, bufStart + pos, "quoted field not closed before the end of the input", null);
                }
                end = lim;
                break;
            }
            i -= consumed - pos;
        }
        recordStart = pos;
        int e = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
        split(pos, e);
        pos = end < lim ? end + 1 : end;
        line += 1 + breaks;
        return true;
    }

    /**
     * The common record in one pass over its bytes: finds the line break and the delimiters together
     * when the record, with its line break, lies in the buffer and holds no quote, control character
     * (other than a CR before the LF), space or tab, and has at most {@code fs.length} fields. Anything
     * else returns false having changed nothing that {@link #nextRecord()}'s general path does not set
     * again, so that path, with its checks and messages, reads the record instead.
     */
    private boolean plainRecord() {
        byte[] b = buf;
        byte[] classes = plainClass;
        int start = pos;
        int stop = (int) Math.min(lim, (long) start + config.maxLineBytes + 1);
        int n = 0;
        int capacity = fs.length;
        int fieldStart = start;
        for (int i = start; i < stop; i++) {
            byte k = classes[b[i] & 0xff];
            if (k == 0) {
                continue;
            }
            if (k == PLAIN_DELIMITER) {
                if (n == capacity - 1) {
                    return false;
                }
                fs[n] = fieldStart;
                fe[n++] = i;
                fieldStart = i + 1;
                continue;
            }
            int end;
            int next;
            if (k == PLAIN_NEWLINE) {
                end = i;
                next = i + 1;
            } else if (k == CARRIAGE_RETURN && i + 1 < stop && b[i + 1] == '\n') {
                end = i;
                next = i + 2;
            } else {
                return false;
            }
            fs[n] = fieldStart;
            fe[n++] = end;
            for (int f = 0; f < n; f++) {
                quoted[f] = false;
                escaped[f] = false;
            }
            fieldCount = n;
            recordLine = line;
            recordStart = start;
            pos = next;
            line++;
            return true;
        }
        return false;
    }

    /**
     * Common data rows, each parsed while it is scanned (each byte read once, the fields straight into
     * the table), as many in a row as there are, with the position, counts and total in locals until the
     * first row it does not take; returns whether it took any. It takes only a row that needs no
     * decision the general path makes: every
     * field plain ASCII (no quote, space, control or non-ASCII byte), the month {@code yyyy-MM} within the
     * months seen so far, the amount plain digits of at most 18 significant digits, the currency the
     * previous row's, the row's line break in the buffer, and nothing that would be an error (a
     * duplicate, a second currency for the account, an overflowing total) or allocate a block of the
     * matrix. At any other row it stops, having changed nothing for that row but the remembered last
     * account, and {@link #nextRecord()} and {@link #row()} read the row with every check and message;
     * so the two paths cannot disagree on what a file means, and every error comes from one place.
     */
    private boolean fastRows() {
        byte[] b = buf;
        byte[] kind = kinds;
        int n = kind.length;
        int limit = lim;
        int start = pos;
        long sumSoFar = total;
        int taken = 0;
        rows:
        while (true) {
            int p = start;
            int accountStart = 0;
            int accountEnd = 0;
            boolean sameAccount = false;
            int m = 0;
            long digits = 0;
            int digitCount = 0;
            int integerDigits = 0;
            int ci = 0;
            int d = 0;
            for (int f = 0; f < n; f++) {
                switch (kind[f]) {
                    case KIND_MONTH -> {
                        if (p + 7 >= limit || b[p + 4] != '-') {
                            break rows;
                        }
                        int y1 = b[p] - '0';
                        int y2 = b[p + 1] - '0';
                        int y3 = b[p + 2] - '0';
                        int y4 = b[p + 3] - '0';
                        int m1 = b[p + 5] - '0';
                        int m2 = b[p + 6] - '0';
                        if ((y1 | y2 | y3 | y4 | m1 | m2) < 0 || y1 > 9 || y2 > 9 || y3 > 9 || y4 > 9 || m1 > 9 || m2 > 9) {
                            break rows;
                        }
                        int moy = m1 * 10 + m2;
                        if (moy < 1 || moy > 12) {
                            break rows;
                        }
                        m = (((y1 * 10 + y2) * 10 + y3) * 10 + y4) * 12 + moy - 1;
                        p += 7;
                    }
                    case KIND_MRR -> {
                        int s = p;
                        int x;
                        while (p < limit && (x = b[p] - '0') >= 0 && x <= 9) {
                            digits = digits * 10 + x;
                            p++;
                        }
                        integerDigits = p - s;
                        if (p < limit && b[p] == '.') {
                            int f0 = ++p;
                            while (p < limit && (x = b[p] - '0') >= 0 && x <= 9) {
                                digits = digits * 10 + x;
                                p++;
                            }
                            digitCount = integerDigits + p - f0;
                        } else {
                            digitCount = integerDigits;
                        }
                        if (integerDigits == 0 || digitCount > 18) {
                            break rows;
                        }
                    }
                    case KIND_CURRENCY -> {
                        if (p + 3 >= limit) {
                            break rows;
                        }
                        // The previous row's code, case folded: only letters fold to a code of letters, so equality checks them.
                        if (((b[p] & 0xdf) << 16 | (b[p + 1] & 0xdf) << 8 | (b[p + 2] & 0xdf)) != lastCurrencyCode) {
                            break rows;
                        }
                        ci = lastCurrencyIndex;
                        p += 3;
                    }
                    case KIND_ACCOUNT -> {
                        // Scanned eight bytes at a time up to the delimiter or line break, and compared with the previous
                        // fast row's account as it goes; only an account that differs has its bytes checked (below).
                        int s = p;
                        long[] previous = fastAccountWords;
                        boolean same = true;
                        for (int w = 0; ; w++, p += 8) {
                            if (p + 8 > limit) {
                                break rows;
                            }
                            long word = (long) LONGS.get(b, p);
                            long x = word ^ delimiterWord;
                            long y = word ^ (ONES * '\n');
                            long ends = (((x - ONES) & ~x) | ((y - ONES) & ~y)) & HIGHS;
                            if (ends != 0) {
                                int k = Long.numberOfTrailingZeros(ends) >>> 3;
                                long mask = k == 0 ? 0 : -1L >>> (64 - 8 * k);
                                same &= w < previous.length && ((word ^ previous[w]) & mask) == 0;
                                p += k;
                                break;
                            }
                            same &= w < previous.length && word == previous[w];
                        }
                        if (p == s) {
                            break rows;
                        }
                        sameAccount = same && p - s == fastAccountLength;
                        if (!sameAccount && !plain(b, s, p)) {
                            break rows;
                        }
                        accountStart = s;
                        accountEnd = p;
                    }
                    default -> {
                        int s = p;
                        p = plainRun(b, p, limit);
                        dimStart[d] = s;
                        dimEnd[d++] = p;
                    }
                }
                if (p >= limit) {
                    break rows;
                }
                byte c = b[p];
                if (f < n - 1) {
                    if (c != delimiter) {
                        break rows;
                    }
                    p++;
                } else if (c == '\n') {
                    p++;
                } else if (c == '\r' && p + 1 < limit && b[p + 1] == '\n') {
                    p += 2;
                } else {
                    break rows;
                }
            }
            if (p - 1 - start > config.maxLineBytes) {
                break rows;                                   // the general path names the limit
            }
            // The amount in minor units: at most 18 digits, so no step below can overflow a long.
            int fraction = lastFractionDigits;
            int decimals = digitCount - integerDigits;
            long v;
            if (decimals <= fraction) {
                if (integerDigits + fraction > 18) {
                    break rows;
                }
                v = digits * POW10[fraction - decimals];
            } else {
                long extra = POW10[decimals - fraction];
                if (digits % extra != 0) {
                    break rows;
                }
                v = digits / extra;
            }
            if (m < minMonth || m > maxMonth) {
                break rows;                                   // (the months laid out are all within the configured range)
            }
            long sum = sumSoFar + v;
            if (sum < 0) {
                break rows;
            }
            int a = fastAccount;
            if (!sameAccount) {
                if ((accounts & (MrrTable.CHUNK - 1)) == 0) {
                    break rows;                               // a new account here would need a new block
                }
                a = ids.intern(b, accountStart, accountEnd);
                rememberFastAccount(a, b, accountStart, accountEnd);
                if (a == accounts) {
                    addAccount(m, ci);
                }
            }
            if (currencyOf[a] != ci) {
                break rows;
            }
            int cell = (a & (MrrTable.CHUNK - 1)) * stride + m - base;
            long[] bits = seen[a >>> MrrTable.CHUNK_BITS];
            long bit = 1L << cell;
            if ((bits[cell >>> 6] & bit) != 0) {
                break rows;
            }
            bits[cell >>> 6] |= bit;
            chunks[a >>> MrrTable.CHUNK_BITS][chunkBase[a >>> MrrTable.CHUNK_BITS] + cell] = v;
            sumSoFar = sum;
            if (m < first[a]) {
                first[a] = m;
            }
            if (m > last[a]) {
                last[a] = m;
            }
            if (d > 0 && m >= dimMonth[a]) {            // (only the dimensions read it)
                dimMonth[a] = m;
                for (int x = 0; x < d; x++) {
                    dimCodes[x][a] = dimDicts[x].intern(b, dimStart[x], dimEnd[x]);
                }
            }
            taken++;
            start = p;
        }
        if (taken == 0) {
            return false;
        }
        pos = start;
        total = sumSoFar;
        rows += taken;
        line += taken;
        recordLine = line - 1;
        return true;
    }

    /**
     * Keeps account {@code a}'s bytes as little-endian words, zero past its end, for the next rows'
     * comparison; the words were read by the scan, so reading them again stays within the buffer.
     */
    private void rememberFastAccount(int a, byte[] b, int s, int e) {
        int words = (e - s + 7) >>> 3;
        if (fastAccountWords.length <= words) {
            // one more word than the id's, so that an id of a multiple of 8 bytes still reaches its terminator word
            fastAccountWords = new long[Math.max(words + 1, fastAccountWords.length * 2)];
        }
        for (int w = 0; w < words; w++) {
            long word = (long) LONGS.get(b, s + 8 * w);
            int k = Math.min(8, e - s - 8 * w);
            fastAccountWords[w] = k == 8 ? word : word & (-1L >>> (64 - 8 * k));
        }
        fastAccount = a;
        fastAccountLength = e - s;
    }

    /**
     * Flags (high bit of the byte) the bytes of a little-endian word that {@link #fastClass} does not
     * call ordinary: non-ASCII, below {@code 0x21}, DEL, a quote or the delimiter. The zero-byte tests
     * can flag a byte above a flagged one too (a borrow), never below, so the lowest flagged byte is
     * exact.
     */
    private long flagged(long w) {
        long quote = w ^ (ONES * '"');
        long delimiter = w ^ delimiterWord;
        long del = w ^ (ONES * 0x7f);
        return (w | ((w - ONES * 0x21) & ~w) | ((quote - ONES) & ~quote) | ((delimiter - ONES) & ~delimiter)
                | ((del - ONES) & ~del)) & HIGHS;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Whether {@code b[s, e)} are all bytes {@link #fastClass} calls ordinary; the words read were read by
     * the scan that found {@code e}, so they lie within the buffer.
     */
    private boolean plain(byte[] b, int s, int e) {
        for (int i = s; i < e; i += 8) {
            long flagged = flagged((long) LONGS.get(b, i));
            if (e - i < 8) {
                flagged &= -1L >>> (64 - 8 * (e - i));
            }
            if (flagged != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the run of bytes from {@code p} that {@link #fastClass} calls ordinary (printable ASCII
     * other than space, quote and the delimiter), eight bytes at a time.
     */
    private int plainRun(byte[] b, int p, int limit) {
        while (p + 8 <= limit) {
            long flagged = flagged((long) LONGS.get(b, p));
            if (flagged != 0) {
                return p + (Long.numberOfTrailingZeros(flagged) >>> 3);
            }
            p += 8;
        }
        while (p < limit && fastClass[b[p] & 0xff] == 0) {
            p++;
        }
        return p;
    }

    private void split(int s, int e) {
        fieldCount = 0;
        int p = s;
        while (true) {
            if (fieldCount == fs.length) {
                int n = fs.length * 2;
                fs = Arrays.copyOf(fs, n);
                fe = Arrays.copyOf(fe, n);
                escaped = Arrays.copyOf(escaped, n);
                quoted = Arrays.copyOf(quoted, n);
            }
            int f = fieldCount++;
            if (p < e && buf[p] == '"') {
                int q = p + 1;
                boolean esc = false;
                while (true) {
                    while (q < e && buf[q] != '"') {
                        q++;
                    }
                    if (q >= e) {
                        throw error(f + 1, bufStart + p, "quoted field not closed", text(p, e, false));
                    }
                    if (q + 1 < e && buf[q + 1] == '"') {
                        esc = true;
                        q += 2;
                    } else {
                        break;
                    }
                }
                fs[f] = p + 1;
                fe[f] = q;
                quoted[f] = true;
                escaped[f] = esc;
                for (int k = p + 1; k < q; k++) {
                    byte c = buf[k];
                    if ((c >= 0 && c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f) {
                        throw error(f + 1, bufStart + k, "control character in a field", text(p + 1, q, false));
                    }
                }
                p = q + 1;
                if (p < e && buf[p] != config.delimiter) {
                    throw error(f + 1, bufStart + p, "unexpected character after a closing quote (a quote inside a"
                            + " quoted field is written twice)", text(fs[f] - 1, Math.min(e, p + 1), false));
                }
            } else {
                int q = p;
                byte[] classes = fieldClass;
                byte[] b = buf;
                while (q < e) {
                    byte c = b[q];
                    byte k = classes[c & 0xff];
                    if (k == DELIMITER) {
                        break;
                    }
                    if (k == FORBIDDEN) {
                        throw error(f + 1, bufStart + q, c == '"' ? "double quote inside an unquoted field (quote the"
                                + " whole field and write the quote twice)" : "control character in a field", text(p, lineEnd(q, e), false));
                    }
                    q++;
                }
                int a = p;
                int z = q;
                while (a < z && (buf[a] == ' ' || buf[a] == '\t')) {
                    a++;
                }
                while (z > a && (buf[z - 1] == ' ' || buf[z - 1] == '\t')) {
                    z--;
                }
                fs[f] = a;
                fe[f] = z;
                quoted[f] = false;
                escaped[f] = false;
                p = q;
            }
            if (p >= e) {
                return;
            }
            p++;
        }
    }

    private int lineEnd(int q, int e) {
        int z = q;
        while (z < e && buf[z] != config.delimiter) {
            z++;
        }
        return z;
    }

    private boolean blankRecord() {
        return fieldCount == 1 && !quoted[0] && fs[0] == fe[0];
    }

    /** The field's text for a message, decoded leniently and bounded. */
    private String text(int s, int e, boolean unescape) {
        int n = Math.min(e - s, 4 * CsvFormatException.MAX_VALUE_CHARS);
        String t = new String(buf, s, n, StandardCharsets.UTF_8);
        if (unescape) {
            t = t.replace("\"\"", "\"");
        }
        return CsvFormatException.cut(t, n < e - s, e - s);
    }

    /** Text in a message cut to 200 characters, so that no input makes a message long. */
    private static String shortText(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " characters)";
    }

    private String field(int f) {
        return text(fs[f], fe[f], escaped[f]);
    }

    private CsvFormatException error(int column, long offset, String problem, String value) {
        String columnName = column > 0 && header != null && column <= header.length ? header[column - 1] : null;
        return new CsvFormatException(name, recordLine, column, columnName, offset, problem, value);
    }

    private CsvFormatException fieldError(int f, String problem) {
        return error(f + 1, bufStart + fs[f], problem, field(f));
    }

    // ---------------------------------------------------------------- header

    private void readHeader() {
        int n = fieldCount;
        header = new String[n];
        for (int f = 0; f < n; f++) {
            int bad = invalidUtf8(buf, fs[f], fe[f]);
            if (bad >= 0) {
                throw error(f + 1, bufStart + bad, "malformed UTF-8 in the header", null);
            }
            String h = new String(buf, fs[f], fe[f] - fs[f], StandardCharsets.UTF_8);
            h = (escaped[f] ? h.replace("\"\"", "\"") : h).strip();
            header[f] = h.isEmpty() ? "column" + (f + 1) : h;
        }
        for (int f = 0; f < n; f++) {
            for (int g = 0; g < f; g++) {
                if (header[f].equalsIgnoreCase(header[g])) {
                    throw error(f + 1, bufStart + fs[f], "column name given twice (also column " + (g + 1) + ")",
                            CsvFormatException.cut(header[f], false, fe[f] - fs[f]));
                }
            }
        }
        findColumns();
    }

    private void findColumns() {
        int n = header.length;
        accountCol = column(config.accountColumn, true);
        monthCol = column(config.monthColumn, true);
        mrrCol = column(config.mrrColumn, true);
        currencyCol = column(config.currencyColumn, config.currency == null);
        int dims = n - 3 - (currencyCol >= 0 ? 1 : 0);
        dimCols = new int[dims];
        dimCodes = new int[dims][1024];
        dimDicts = new ByteDictionary[dims];
        for (int f = 0, d = 0; f < n; f++) {
            if (f != accountCol && f != monthCol && f != mrrCol && f != currencyCol) {
                dimCols[d] = f;
                dimDicts[d++] = new ByteDictionary();
            }
        }
        if (config.currency != null) {
            currencyIndex(code(config.currency.getCurrencyCode()), config.currency);
            lastFractionDigits = config.currency.getDefaultFractionDigits();   // the fast path's, without a column
        }
        kinds = new byte[n];
        for (int f = 0; f < n; f++) {
            kinds[f] = f == accountCol ? KIND_ACCOUNT : f == monthCol ? KIND_MONTH : f == mrrCol ? KIND_MRR
                    : f == currencyCol ? KIND_CURRENCY : KIND_DIMENSION;
        }
        dimStart = new int[dims];
        dimEnd = new int[dims];
    }

    private int column(String wanted, boolean required) {
        for (int f = 0; f < header.length; f++) {
            if (header[f].equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        if (required) {
            throw error(0, bufStart + recordStart, "no column '" + wanted + "' in the header; expected the columns "
                    + expectedColumns() + " but found " + shortText(String.join(", ", header)), null);
        }
        return -1;
    }

    // ---------------------------------------------------------------- a data row

    private void row() {
        if (fieldCount != header.length) {
            throw error(0, bufStart + recordStart, "expected " + header.length + " fields, as the header has, but found "
                    + fieldCount, text(recordStart, fe[fieldCount - 1], false));
        }
        int ci = currencyCol >= 0 ? currency(currencyCol) : 0;
        int m = month(monthCol);
        long v = amount(mrrCol, currencies.get(ci).getDefaultFractionDigits(), currencies.get(ci));
        int a = account(accountCol);
        if (a == accounts) {
            addAccount(m, ci);
        } else if (currencyOf[a] != ci) {
            throw fieldError(currencyCol, "account '" + shortText(ids.string(a)) + "' has rows in "
                    + currencies.get(currencyOf[a]).getCurrencyCode() + " too; an account's rows must be in one currency");
        }
        int col = place(m);
        int cell = (a & (MrrTable.CHUNK - 1)) * stride + col;
        long[] bits = seen[a >>> MrrTable.CHUNK_BITS];
        if ((bits[cell >>> 6] & (1L << cell)) != 0) {
            throw fieldError(monthCol, "duplicate row: account '" + shortText(ids.string(a)) + "' already has a row for "
                    + MrrTable.month(m));
        }
        long sum = total + v;
        if (sum < 0) {
            throw fieldError(mrrCol, "the total of all amounts so far exceeds " + Long.MAX_VALUE
                    + " minor units, so totals over this file would overflow");
        }
        total = sum;
        bits[cell >>> 6] |= 1L << cell;
        chunks[a >>> MrrTable.CHUNK_BITS][chunkBase[a >>> MrrTable.CHUNK_BITS] + cell] = v;
        if (m < first[a]) {
            first[a] = m;
        }
        if (m > last[a]) {
            last[a] = m;
        }
        if (m >= dimMonth[a]) {
            dimMonth[a] = m;
            for (int d = 0; d < dimCols.length; d++) {
                dimCodes[d][a] = dimension(d);
            }
        }
        rows++;
    }

    private int currency(int f) {
        int s = fs[f];
        if (fe[f] - s != 3) {
            throw fieldError(f, fe[f] == s ? "is empty; expected an ISO 4217 code" : "is not an ISO 4217 code");
        }
        int code = 0;
        for (int k = s; k < s + 3; k++) {
            int c = buf[k] & 0xff;
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            }
            if (c < 'A' || c > 'Z') {
                throw fieldError(f, "is not an ISO 4217 code");
            }
            code = code << 8 | c;
        }
        if (code == lastCurrencyCode) {
            return lastCurrencyIndex;
        }
        for (int i = 0; i < currencies.size(); i++) {
            if (currencyCodes[i] == code) {
                return remember(code, i);
            }
        }
        Currency c;
        try {
            c = Currency.getInstance(new String(buf, s, 3, StandardCharsets.US_ASCII).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fieldError(f, "is not an ISO 4217 code");
        }
        if (c.getDefaultFractionDigits() < 0) {
            throw fieldError(f, "has no minor unit, so it cannot be MRR");
        }
        if (!currencies.isEmpty() && !config.mixedCurrencies) {
            throw fieldError(f, "is a second currency: line " + currencyLines.get(0) + " is in "
                    + currencies.get(0).getCurrencyCode() + (config.currency != null ? " (the configured currency)" : "")
                    + "; convert the amounts first, or allow mixed currencies");
        }
        if (currencies.size() == 127) {
            throw fieldError(f, "is a 128th currency; at most 127 are supported");
        }
        return remember(code, currencyIndex(code, c));
    }

    private int remember(int code, int index) {
        lastCurrencyCode = code;
        lastCurrencyIndex = index;
        lastFractionDigits = currencies.get(index).getDefaultFractionDigits();
        return index;
    }

    private int currencyIndex(int code, Currency c) {
        if (currencies.size() == currencyCodes.length) {
            currencyCodes = Arrays.copyOf(currencyCodes, currencyCodes.length * 2);
        }
        currencyCodes[currencies.size()] = code;
        currencies.add(c);
        currencyLines.add(recordLine);
        return currencies.size() - 1;
    }

    private static int code(String iso) {
        return iso.charAt(0) << 16 | iso.charAt(1) << 8 | iso.charAt(2);
    }

    private int month(int f) {
        int s = fs[f];
        if (fe[f] - s != 7 || buf[s + 4] != '-') {
            throw fieldError(f, fe[f] == s ? "is empty; expected a month yyyy-MM" : "is not a month yyyy-MM");
        }
        int year = 0;
        for (int k = s; k < s + 4; k++) {
            int d = buf[k] - '0';
            if (d < 0 || d > 9) {
                throw fieldError(f, "is not a month yyyy-MM");
            }
            year = year * 10 + d;
        }
        int d1 = buf[s + 5] - '0';
        int d2 = buf[s + 6] - '0';
        if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9 || d1 * 10 + d2 < 1 || d1 * 10 + d2 > 12) {
            throw fieldError(f, "is not a month yyyy-MM (month of year 01 - 12)");
        }
        int m = year * 12 + d1 * 10 + d2 - 1;
        if (m < config.minMonth || m > config.maxMonth) {
            throw fieldError(f, "is outside the accepted months " + MrrTable.month(config.minMonth) + ".."
                    + MrrTable.month(config.maxMonth));
        }
        return m;
    }

    /**
     * Parses plain decimal digits into minor units, checking overflow at every digit, so no input
     * length or exponent costs more than a scan of the field.
     */
    private long amount(int f, int fractionDigits, Currency c) {
        int s = fs[f];
        int e = fe[f];
        if (s == e) {
            throw fieldError(f, "is empty; expected an amount such as 1250.00");
        }
        if (buf[s] == '-') {
            throw fieldError(f, "must not be negative");
        }
        long v = 0;
        int digits = 0;
        int k = s;
        for (; k < e; k++) {
            int d = buf[k] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = append(v, d, f);
            digits++;
        }
        int decimals = 0;
        if (k < e && buf[k] == '.') {
            for (k++; k < e; k++) {
                int d = buf[k] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (decimals < fractionDigits) {
                    v = append(v, d, f);
                    decimals++;
                } else if (d != 0) {
                    throw fieldError(f, "has more decimals than " + c.getCurrencyCode() + " allows (" + fractionDigits
                            + ")");
                }
                digits++;
            }
        }
        if (k < e) {
            byte b = buf[k];
            throw fieldError(f, b == 'e' || b == 'E' ? "has an exponent; write the amount in plain digits"
                    : b == ',' ? "has a thousands separator or a decimal comma; write digits and a decimal point"
                    : "is not a decimal number");
        }
        if (digits == 0) {
            throw fieldError(f, "is not a decimal number");
        }
        if (decimals < fractionDigits) {
            long scale = POW10[fractionDigits - decimals];
            if (v > Long.MAX_VALUE / scale) {
                throw tooLarge(f);
            }
            v *= scale;
        }
        return v;
    }

    private long append(long v, int d, int f) {
        if (v > (Long.MAX_VALUE - d) / 10) {
            throw tooLarge(f);
        }
        return v * 10 + d;
    }

    private CsvFormatException tooLarge(int f) {
        return fieldError(f, "is above the largest amount, " + Long.MAX_VALUE + " minor units");
    }

    private int account(int f) {
        int s = fs[f];
        int e = fe[f];
        byte[] b = buf;
        if (escaped[f]) {
            e = unescape(s, e);
            s = 0;
            b = scratch;
        }
        // Files are usually grouped by account: the previous row's account (already checked) is tried before
        // checking and hashing.
        if (lastAccount >= 0 && ids.is(lastAccount, b, s, e)) {
            return lastAccount;
        }
        boolean blank = true;
        for (int k = s; k < e; k++) {
            byte c = b[k];
            if (c != ' ' && c != '\t') {
                blank = false;
            }
            if (c < 0x20 && c >= 0) {
                throw fieldError(f, "has a control character; an account id must be printable");
            }
            if (c == (byte) 0xEF && k + 2 < e && b[k + 1] == (byte) 0xBB && b[k + 2] == (byte) 0xBF) {
                throw fieldError(f, "has a byte-order mark (U+FEFF) inside; an account id must be printable");
            }
        }
        if (blank) {
            throw fieldError(f, "must not be empty");
        }
        int bad = invalidUtf8(b, s, e);
        if (bad >= 0) {
            throw error(f + 1, bufStart + fs[f] + (b == buf ? bad - s : 0), "malformed UTF-8 in the account id", field(f));
        }
        lastAccount = ids.intern(b, s, e);
        return lastAccount;
    }

    private int dimension(int d) {
        int f = dimCols[d];
        int s = fs[f];
        int e = fe[f];
        byte[] b = buf;
        if (escaped[f]) {
            e = unescape(s, e);
            s = 0;
            b = scratch;
        }
        int bad = invalidUtf8(b, s, e);
        if (bad >= 0) {
            throw error(f + 1, bufStart + fs[f] + (b == buf ? bad - s : 0), "malformed UTF-8", field(f));
        }
        return dimDicts[d].intern(b, s, e);
    }

    /** Copies a quoted field's content to {@code scratch} with each doubled quote made single; returns its length. */
    private int unescape(int s, int e) {
        if (scratch.length < e - s) {
            scratch = new byte[Math.max(e - s, scratch.length * 2)];
        }
        int n = 0;
        for (int k = s; k < e; k++) {
            scratch[n++] = buf[k];
            if (buf[k] == '"') {
                k++;
            }
        }
        return n;
    }

    /** Index of the first byte that is not well-formed UTF-8 (RFC 3629), or -1. */
    static int invalidUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + n >= to) {
                return i;
            }
            int c1 = b[i + 1] & 0xff;
            if (c1 < lo || c1 > hi) {
                return i;
            }
            for (int k = 2; k <= n; k++) {
                int ck = b[i + k] & 0xff;
                if (ck < 0x80 || ck > 0xBF) {
                    return i;
                }
            }
            i += n + 1;
        }
        return -1;
    }

    // ---------------------------------------------------------------- the matrix

    private void ensureAccounts(int n) {
        if (n > first.length) {
            int size = Math.max(n, first.length * 2);
            first = Arrays.copyOf(first, size);
            last = Arrays.copyOf(last, size);
            currencyOf = Arrays.copyOf(currencyOf, size);
            dimMonth = Arrays.copyOf(dimMonth, size);
            for (int d = 0; d < dimCodes.length; d++) {
                dimCodes[d] = Arrays.copyOf(dimCodes[d], size);
            }
        }
    }

    private void addAccount(int m, int ci) {
        int a = accounts;
        ensureAccounts(a + 1);
        int chunk = a >>> MrrTable.CHUNK_BITS;
        if (stride > 0 && (a & (MrrTable.CHUNK - 1)) == 0) {
            newChunk(chunk, stride, a);
        }
        first[a] = m;
        last[a] = m;
        currencyOf[a] = (byte) ci;
        dimMonth[a] = Integer.MIN_VALUE;
        accounts++;
    }

    private void newChunk(int chunk, int width, int forAccount) {
        int span = maxMonth - minMonth + 1;
        long needed = ((long) chunk + 1) * MrrTable.CHUNK * span;
        if (needed > config.maxCells) {
            throw error(0, bufStart + recordStart, "account " + (forAccount + 1) + " would make the table "
                    + needed + " account-months (" + (chunk + 1) + " blocks of " + MrrTable.CHUNK + " accounts × " + span
                    + " months), above maxCells " + config.maxCells, null);
        }
        if (((long) chunk + 1) * MrrTable.CHUNK * width > config.maxCells) {
            relayout(minMonth, span);                       // give up the spare months rather than pass maxCells
            width = stride;
        }
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk * 2);
            chunkBase = Arrays.copyOf(chunkBase, chunk * 2);
            seen = Arrays.copyOf(seen, chunk * 2);
        }
        allocate(chunk, width, nextSlabChunks);
        seen[chunk] = new long[(MrrTable.CHUNK * width + 63) >>> 6];
    }

    /**
     * Places block {@code chunk} of {@code width} months in the current slab, first starting a slab for
     * up to {@code wanted} blocks when the current one is full: slabs double from one block up to
     * {@link #SLAB_CELLS} cells, and never reach past {@code maxCells}.
     */
    private void allocate(int chunk, int width, int wanted) {
        int cells = MrrTable.CHUNK * width;
        if (slab == null || slab.length - slabUsed < cells) {
            long allowed = Math.max(1, config.maxCells / cells - chunk);
            int n = (int) Math.max(1, Math.min(Math.min(wanted, allowed), SLAB_CELLS / cells));
            slab = new long[n * cells];
            slabUsed = 0;
            nextSlabChunks = Math.min(n * 2, Math.max(1, SLAB_CELLS / cells));
        }
        chunks[chunk] = slab;
        chunkBase[chunk] = slabUsed;
        slabUsed += cells;
    }

    /** Returns month {@code m}'s column, growing the month range first if needed. */
    private int place(int m) {
        if (m >= minMonth && m <= maxMonth) {
            return m - base;
        }
        int lo = Math.min(minMonth, m);
        int hi = Math.max(maxMonth, m);
        int span = hi - lo + 1;
        if (span > config.maxMonths) {
            throw fieldError(monthCol, "the file's months would span " + MrrTable.month(lo) + ".." + MrrTable.month(hi)
                    + ", " + span + " months, above maxMonths " + config.maxMonths);
        }
        if (stride == 0 || m < base || m >= base + stride) {
            // While the matrix is one block, regrowths to the exact span are cheap (one block each, 2^24 cells in
            // all at most), and the first accounts usually show the file's whole range (the first account of a
            // file sorted by account alone brings one month at a time); after that the range grows by half at
            // least, so that month-ordered input regrows O(log months) times.
            // maxCells bounds the cells the table needs (blocks × the months of the file), whatever the order of
            // the rows; spare months are kept only within it.
            long blocks = Math.max(1, (accounts + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS);
            long needed = blocks * MrrTable.CHUNK * span;
            if (needed > config.maxCells) {
                throw error(0, bufStart + recordStart, "the table would need " + needed + " account-months (" + blocks
                        + " blocks of " + MrrTable.CHUNK + " accounts × " + span + " months), above maxCells "
                        + config.maxCells, null);
            }
            boolean exact = accounts <= MrrTable.CHUNK && exactRegrowthCells + (long) MrrTable.CHUNK * span <= 1L << 24;
            int width = exact ? span : Math.max(span, Math.min(config.maxMonths, stride + (stride >> 1)));
            width = (int) Math.max(span, Math.min(width, config.maxCells / (blocks * MrrTable.CHUNK)));
            if (exact) {
                exactRegrowthCells += (long) MrrTable.CHUNK * span;
            }
            // Spare capacity goes on the side the range grows towards.
            relayout(stride > 0 && m < base ? hi - width + 1 : lo, width);
        }
        minMonth = lo;
        maxMonth = hi;
        return m - base;
    }

    /** Lays every block out again with {@code width} months from {@code newBase}; callers keep it within maxCells. */
    private void relayout(int newBase, int width) {
        int chunkCount = (accounts + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS;
        int used = maxMonth - minMonth + 1;
        int fromCol = minMonth - base;
        int toCol = minMonth - newBase;
        slab = null;                                        // new slabs, sized for the blocks there are
        for (int c = 0; c < chunkCount; c++) {
            long[] old = chunks[c];
            int oldBase = chunkBase[c];
            long[] oldSeen = seen[c];
            allocate(c, width, chunkCount - c);
            long[] grown = chunks[c];
            int grownBase = chunkBase[c];
            long[] grownSeen = new long[(MrrTable.CHUNK * width + 63) >>> 6];
            if (old != null && stride > 0) {
                for (int r = 0; r < MrrTable.CHUNK; r++) {
                    System.arraycopy(old, oldBase + r * stride + fromCol, grown, grownBase + r * width + toCol, used);
                    for (int k = 0; k < used; k++) {
                        int from = r * stride + fromCol + k;
                        if ((oldSeen[from >>> 6] & (1L << from)) != 0) {
                            int to = r * width + toCol + k;
                            grownSeen[to >>> 6] |= 1L << to;
                        }
                    }
                }
            }
            seen[c] = grownSeen;
        }
        base = newBase;
        stride = width;
    }

    // ---------------------------------------------------------------- merging the parts of a parallel read

    /**
     * Adds the rows another parser read from the part of the file after this parser's part, as if this
     * parser had read them next: accounts new to this part are appended in the order they first appear
     * there, so the table equals the one a single parser builds from the whole file. Returns false,
     * leaving this parser unusable, where the parts together break a rule a single parser checks at a
     * line (a duplicate account-month, an account in two currencies, a second currency, a total beyond
     * a {@code long}, the month span or the cell bound): the caller then reads the file again in one
     * pass, which reports the first such line with its message.
     */
    boolean absorb(CsvMrrParser o, boolean whole) {
        if (o.accounts == 0) {
            return true;
        }
        long sum = total + o.total;
        if (sum < 0) {
            return false;
        }
        int[] currencyMap = new int[o.currencies.size()];
        for (int i = 0; i < currencyMap.length; i++) {
            int code = o.currencyCodes[i];
            int mine = -1;
            for (int k = 0; k < currencies.size(); k++) {
                if (currencyCodes[k] == code) {
                    mine = k;
                }
            }
            if (mine < 0) {
                if (!currencies.isEmpty() && !config.mixedCurrencies || currencies.size() == 127) {
                    return false;
                }
                mine = currencyIndex(code, o.currencies.get(i));
            }
            currencyMap[i] = mine;
        }
        int lo = Math.min(minMonth, o.minMonth);
        int hi = Math.max(maxMonth, o.maxMonth);
        if (hi - lo + 1 > config.maxMonths) {
            return false;
        }
        if (whole) {
            return adopt(o, currencyMap, sum);
        }
        try {
            place(lo);
            place(hi);
            for (int b = 0; b < o.accounts; b++) {
                int a = ids.intern(o.ids, b);
                int ci = currencyMap[o.currencyOf[b]];
                if (a == accounts) {
                    addAccount(o.first[b], ci);
                } else if (currencyOf[a] != ci) {
                    return false;
                }
                if (!mergeAccount(o, b, a, a >>> MrrTable.CHUNK_BITS, (a & (MrrTable.CHUNK - 1)) * stride, base, stride)) {
                    return false;
                }
                if ((b & (MrrTable.CHUNK - 1)) == MrrTable.CHUNK - 1) {
                    o.chunks[b >>> MrrTable.CHUNK_BITS] = null;      // copied: the merge holds one block at a time
                    o.seen[b >>> MrrTable.CHUNK_BITS] = null;
                }
            }
        } catch (CsvFormatException e) {
            return false;                                   // a bound of the table: the single pass names it
        }
        rows += o.rows;
        total = sum;
        return true;
    }

    /**
     * Whether the next part can be taken whole by {@link #absorb}: both parts' ids are in increasing
     * order and the next part's come after this one's, but for its first account, which may be this
     * part's last (a run of rows of one account cut in two).
     */
    boolean canAdopt(CsvMrrParser next) {
        return ids.follows(next.ids) >= 0;
    }

    /**
     * Takes a part whose accounts all come after this parser's (see {@link #canAdopt}) without copying
     * its matrix: its blocks become a segment of this one and its accounts are numbered next in their
     * order; an account cut in two at the part's start has the part's cells of it copied into its row
     * here. False where a single pass must decide (a duplicate, a second currency for that account, its
     * months outside its row, the cells beyond {@code maxCells}).
     */
    private boolean adopt(CsvMrrParser o, int[] currencyMap, long sum) {
        int skip = ids.follows(o.ids);
        if (skip < 0) {
            return false;
        }
        int theirs = (o.accounts + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS;
        if (segStart == null) {
            segStart = new int[4];
            segBlock = new int[4];
            segStride = new int[4];
            segBase = new int[4];
            segSkip = new int[4];
            segStride[0] = stride;
            segBase[0] = base;
            segments = 1;
            blocks = (accounts + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS;
        }
        long cells = (long) theirs * MrrTable.CHUNK * o.stride;
        for (int g = 0; g < segments; g++) {
            int next = g + 1 < segments ? segBlock[g + 1] : blocks;
            cells += (long) (next - segBlock[g]) * MrrTable.CHUNK * segStride[g];
        }
        long needed = (((long) accounts + o.accounts - skip + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS)
                * MrrTable.CHUNK * (Math.max(maxMonth, o.maxMonth) - Math.min(minMonth, o.minMonth) + 1);
        if (needed > config.maxCells || cells > config.maxCells || skip == 1 && !mergeCutAccount(o, currencyMap)) {
            return false;                                   // beyond maxCells a one-thread read decides (and says so)
        }
        if (segments == segStart.length) {
            segStart = Arrays.copyOf(segStart, segments * 2);
            segBlock = Arrays.copyOf(segBlock, segments * 2);
            segStride = Arrays.copyOf(segStride, segments * 2);
            segBase = Arrays.copyOf(segBase, segments * 2);
            segSkip = Arrays.copyOf(segSkip, segments * 2);
        }
        if (blocks + theirs > chunks.length) {
            int n = Math.max(blocks + theirs, chunks.length * 2);
            chunks = Arrays.copyOf(chunks, n);
            chunkBase = Arrays.copyOf(chunkBase, n);
            seen = Arrays.copyOf(seen, n);
        }
        for (int k = 0; k < theirs; k++) {
            chunks[blocks + k] = o.chunks[k];
            chunkBase[blocks + k] = o.chunkBase[k];
            seen[blocks + k] = o.seen[k];                   // kept for the next part's cut account
        }
        segStart[segments] = accounts;
        segBlock[segments] = blocks;
        segStride[segments] = o.stride;
        segBase[segments] = o.base;
        segSkip[segments] = skip;
        segments++;
        blocks += theirs;
        ensureAccounts(accounts + o.accounts - skip);
        for (int b = skip; b < o.accounts; b++) {
            int a = ids.intern(o.ids, b);                   // appended: every key of o from here comes after ours
            first[a] = o.first[b];
            last[a] = o.last[b];
            currencyOf[a] = (byte) currencyMap[o.currencyOf[b]];
            dimMonth[a] = o.dimMonth[b];
            for (int d = 0; d < dimCols.length; d++) {
                dimCodes[d][a] = dimDicts[d].intern(o.dimDicts[d], o.dimCodes[d][b]);
            }
        }
        accounts += o.accounts - skip;
        rows += o.rows;
        total = sum;
        minMonth = Math.min(minMonth, o.minMonth);
        maxMonth = Math.max(maxMonth, o.maxMonth);
        return true;
    }

    /** Copies {@code o}'s first account, which is this parser's last, into its row here; false on a conflict. */
    private boolean mergeCutAccount(CsvMrrParser o, int[] currencyMap) {
        int a = accounts - 1;
        if (currencyOf[a] != currencyMap[o.currencyOf[0]]) {
            return false;
        }
        int g = segments - 1;                               // (adopt has set the segments up)
        while (g > 0 && segStart[g] > a) {
            g--;
        }
        int i = a - segStart[g] + segSkip[g];
        return mergeAccount(o, 0, a, segBlock[g] + (i >>> MrrTable.CHUNK_BITS),
                (i & (MrrTable.CHUNK - 1)) * segStride[g], segBase[g], segStride[g]);
    }

    /**
     * Merges account {@code b} of part {@code o} into account {@code a} here, whose row is in block
     * {@code k}, its first cell at {@code row}, {@code width} months from month {@code from}: the cells, the
     * first and last months, and the dimensions if {@code o}'s rows of it are the later ones. False, with
     * the cells so far copied (the caller then gives the merge up), on a cell already set here (a
     * duplicate) or a month outside the row.
     */
    private boolean mergeAccount(CsvMrrParser o, int b, int a, int k, int row, int from, int width) {
        int ob = b >>> MrrTable.CHUNK_BITS;
        long[] source = o.chunks[ob];
        int sourceBase = o.chunkBase[ob];
        long[] sourceSeen = o.seen[ob];
        int sourceRow = (b & (MrrTable.CHUNK - 1)) * o.stride - o.base;
        long[] to = chunks[k];
        int toBase = chunkBase[k];
        long[] toSeen = seen[k];
        for (int m = o.first[b]; m <= o.last[b]; m++) {
            int c = sourceRow + m;
            if ((sourceSeen[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            if (m < from || m >= from + width) {
                return false;                               // outside the row: a single pass regrows the matrix
            }
            int d = row + m - from;
            if ((toSeen[d >>> 6] & (1L << d)) != 0) {
                return false;
            }
            toSeen[d >>> 6] |= 1L << d;
            to[toBase + d] = source[sourceBase + c];
        }
        first[a] = Math.min(first[a], o.first[b]);
        last[a] = Math.max(last[a], o.last[b]);
        if (o.dimMonth[b] > dimMonth[a]) {
            // A later month's row sets the account's dimensions (the same month twice is a duplicate).
            dimMonth[a] = o.dimMonth[b];
            for (int d = 0; d < dimCols.length; d++) {
                dimCodes[d][a] = dimDicts[d].intern(o.dimDicts[d], o.dimCodes[d][b]);
            }
        }
        return true;
    }

    /**
     * Drops the spare months the matrix grew with (up to half its width, and more after several
     * regrowths) and the duplicate bitmap, one block at a time: the table keeps exactly the months of
     * the file, so it takes the memory the class documentation states, and every later scan of it
     * reads no spare cells.
     */
    private void compact() {
        if (segStart != null) {
            Arrays.fill(seen, null);                        // each adopted part was fitted to its months
            return;
        }
        int span = maxMonth - minMonth + 1;
        int chunkCount = (accounts + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS;
        int from = minMonth - base;
        slab = null;
        for (int c = 0; c < chunkCount; c++) {
            if (span != stride) {
                long[] old = chunks[c];
                int oldBase = chunkBase[c];
                allocate(c, span, chunkCount - c);
                for (int r = 0; r < MrrTable.CHUNK; r++) {
                    System.arraycopy(old, oldBase + r * stride + from, chunks[c], chunkBase[c] + r * span, span);
                }
            }
            seen[c] = null;
        }
        base = minMonth;
        stride = span;
    }

    private MrrTable build() {
        ids.trim();
        compact();
        String[][] values = new String[dimDicts.length][];
        List<String> names = new ArrayList<>();
        for (int d = 0; d < dimDicts.length; d++) {
            values[d] = dimDicts[d].strings();
            names.add(header[dimCols[d]]);
            dimCodes[d] = Arrays.copyOf(dimCodes[d], accounts);
        }
        int chunkCount = segStart != null ? blocks : (accounts + MrrTable.CHUNK - 1) >>> MrrTable.CHUNK_BITS;
        if (segStart == null) {
            segStart = new int[] {0};
            segBlock = new int[] {0};
            segStride = new int[] {stride};
            segBase = new int[] {base};
            segSkip = new int[] {0};
            segments = 1;
        }
        return new MrrTable(name, accounts, rows, ids, Arrays.copyOf(chunks, chunkCount),
                Arrays.copyOf(chunkBase, chunkCount), Arrays.copyOf(segStart, segments), Arrays.copyOf(segBlock, segments),
                Arrays.copyOf(segStride, segments), Arrays.copyOf(segBase, segments), Arrays.copyOf(segSkip, segments),
                Arrays.copyOf(first, accounts), Arrays.copyOf(last, accounts), Arrays.copyOf(currencyOf, accounts),
                currencies.toArray(new Currency[0]), names, values, dimCodes, minMonth, maxMonth);
    }
}
