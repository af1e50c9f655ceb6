package io.csmetrics.io;

import java.util.Objects;

/**
 * A CSV input that cannot be read as account MRR rows: malformed bytes, a malformed or out-of-range
 * field, a duplicate row, or an input beyond a configured bound. It names where: the file, the
 * line (1-based, the line the record starts on), the column (1-based, with its header name) and the
 * byte offset from the start of the file, and shows the offending value cut to at most
 * {@value #MAX_VALUE_CHARS} characters, so that a hostile value cannot flood a log.
 *
 * <p>Example message: {@code mrr.csv:3: column 3 (mrr), byte 58: has an exponent; write plain
 * digits: '1e999999999'}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The longest value shown; longer values are cut and marked with their full length. */
    public static final int MAX_VALUE_CHARS = 40;

    private final String file;
    private final long line;
    private final int column;
    private final String columnName;
    private final long byteOffset;
    private final String value;

    CsvFormatException(String file, long line, int column, String columnName, long byteOffset, String problem,
            String value) {
        super(message(file, line, column, columnName, byteOffset, problem, value));
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.byteOffset = byteOffset;
        this.value = value;
    }

    private static String message(String file, long line, int column, String columnName, long byteOffset,
            String problem, String value) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (column > 0) {
            b.append("column ").append(column);
            if (columnName != null) {
                b.append(" (").append(columnName).append(')');
            }
            b.append(", ");
        }
        if (byteOffset >= 0) {
            b.append("byte ").append(byteOffset).append(": ");
        }
        b.append(problem);
        if (value != null) {
            b.append(": '").append(value).append('\'');
        }
        return b.toString();
    }

    /**
     * Cuts a value to a readable length, making control characters visible.
     *
     * @param value the start of the value
     * @param more whether the value went on beyond {@code value}
     * @param totalBytes the value's whole length in bytes, shown when it is cut
     */
    static String cut(String value, boolean more, long totalBytes) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_VALUE_CHARS + 24));
        int n = Math.min(value.length(), MAX_VALUE_CHARS);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\ufeff') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (more || value.length() > MAX_VALUE_CHARS) {
            b.append("... (").append(totalBytes).append(" bytes)");
        }
        return b.toString();
    }

    /**
     * Returns the name of the file or stream, as given to the reader.
     *
     * @return the name
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line the offending record starts on, 1-based; 0 if the problem is not on a line.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Returns the offending column, 1-based; 0 if the problem is not in one column.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the header name of the offending column, or {@code null} if not in one column.
     *
     * @return the column name
     */
    public String columnName() {
        return columnName;
    }

    /**
     * Returns the byte offset from the start of the input (a byte-order mark included) of the
     * offending field or byte; -1 if not known.
     *
     * @return the offset
     */
    public long byteOffset() {
        return byteOffset;
    }

    /**
     * Returns the offending value cut to {@link #MAX_VALUE_CHARS} characters (control characters
     * shown as {@code \\uXXXX}), or {@code null} if there is none.
     *
     * @return the value
     */
    public String value() {
        return value;
    }
}
