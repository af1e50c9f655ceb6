package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and careless input, each case of issue 11: every one is a {@link CsvFormatException} naming
 * file, line, column and value, raised after reading a bounded number of bytes.
 */
class MrrCsvReaderErrorsTest {

    static final String HEADER = "account,month,mrr,currency\n";

    static CsvFormatException error(MrrCsvReader reader, byte[] bytes) {
        return catchThrowableOfType(CsvFormatException.class,
                () -> reader.read(new ByteArrayInputStream(bytes), "mrr.csv"));
    }

    static CsvFormatException error(String text) {
        return error(MrrCsvReader.create(), text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the cases
        "acme,2024-03,1e999999999,USD | mrr.csv:2: column 3 (mrr), byte 40: has an exponent; write the amount in plain digits: '1e999999999'",
        "acme,2024-03,9223372036854775808,JPY | mrr.csv:2: column 3 (mrr), byte 40: is above the largest amount, 9223372036854775807 minor units: '9223372036854775808'",
        "acme,2024-03,92233720368547758.08,USD | mrr.csv:2: column 3 (mrr), byte 40: is above the largest amount, 9223372036854775807 minor units: '92233720368547758.08'",
        "acme,2024-03,92233720368547759,USD | mrr.csv:2: column 3 (mrr), byte 40: is above the largest amount, 9223372036854775807 minor units: '92233720368547759'",
        "acme,0001-01,1,USD | mrr.csv:2: column 2 (month), byte 32: is outside the accepted months 1900-01..2199-12: '0001-01'",
        "acme,9999-12,1,USD | mrr.csv:2: column 2 (month), byte 32: is outside the accepted months 1900-01..2199-12: '9999-12'",
        "acme,2024-03,1,USD\\nacme,2024-03,2,USD | mrr.csv:3: column 2 (month), byte 51: duplicate row: account 'acme' already has a row for 2024-03: '2024-03'",
        "acme,2024-03,1,USD\\nbeta,2024-03,2,EUR | mrr.csv:3: column 4 (currency), byte 61: is a second currency: line 2 is in USD; convert the amounts first, or allow mixed currencies: 'EUR'",
        // malformed fields
        "acme,2024-03,-1,USD | mrr.csv:2: column 3 (mrr), byte 40: must not be negative: '-1'",
        "acme,2024-03,1.005,USD | mrr.csv:2: column 3 (mrr), byte 40: has more decimals than USD allows (2): '1.005'",
        "acme,2024-03,1.5,JPY | mrr.csv:2: column 3 (mrr), byte 40: has more decimals than JPY allows (0): '1.5'",
        "acme,2024-03,abc,USD | mrr.csv:2: column 3 (mrr), byte 40: is not a decimal number: 'abc'",
        "acme,2024-03,,USD | mrr.csv:2: column 3 (mrr), byte 40: is empty; expected an amount such as 1250.00: ''",
        "acme,2024-03,\"1,250.00\",USD | mrr.csv:2: column 3 (mrr), byte 41: has a thousands separator or a decimal comma; write digits and a decimal point: '1,250.00'",
        "acme,2024-13,1,USD | mrr.csv:2: column 2 (month), byte 32: is not a month yyyy-MM (month of year 01 - 12): '2024-13'",
        "acme,2024/03,1,USD | mrr.csv:2: column 2 (month), byte 32: is not a month yyyy-MM: '2024/03'",
        "acme,2024-3,1,USD | mrr.csv:2: column 2 (month), byte 32: is not a month yyyy-MM: '2024-3'",
        "acme,2024-03,1,XYZ | mrr.csv:2: column 4 (currency), byte 42: is not an ISO 4217 code: 'XYZ'",
        "acme,2024-03,1,US | mrr.csv:2: column 4 (currency), byte 42: is not an ISO 4217 code: 'US'",
        "acme,2024-03,1,XAU | mrr.csv:2: column 4 (currency), byte 42: has no minor unit, so it cannot be MRR: 'XAU'",
        ",2024-03,1,USD | mrr.csv:2: column 1 (account), byte 27: must not be empty: ''",
        "\"  \",2024-03,1,USD | mrr.csv:2: column 1 (account), byte 28: must not be empty: '  '",
        // structure
        "acme,2024-03,1 | mrr.csv:2: byte 27: expected 4 fields, as the header has, but found 3: 'acme,2024-03,1'",
        "acme,2024-03,1,USD,x | mrr.csv:2: byte 27: expected 4 fields, as the header has, but found 5: 'acme,2024-03,1,USD,x'",
        "ac\"me,2024-03,1,USD\\nx\" | mrr.csv:2: column 1 (account), byte 29: double quote inside an unquoted field (quote the whole field and write the quote twice): 'ac\"me'",
        "\"acme\"x,2024-03,1,USD | mrr.csv:2: column 1 (account), byte 33: unexpected character after a closing quote (a quote inside a quoted field is written twice): '\"acme\"x'",
        "\"acme,2024-03,1,USD | mrr.csv:2: byte 27: quoted field not closed before the end of the input",
    })
    void namesFileLineColumnAndValue(String rows, String message) {
        CsvFormatException e = error(HEADER + rows.replace("\\n", "\n") + "\n");
        assertThat(e).isNotNull().hasMessage(message);
        assertThat(e.file()).isEqualTo("mrr.csv");
    }

    @Test
    void fieldsOfTheExceptionMatchTheMessage() {
        CsvFormatException e = error(HEADER + "acme,2024-03,1,USD\nbeta,2024-03,1e999999999,USD\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("mrr");
        assertThat(e.byteOffset()).isEqualTo(27 + 19 + 13);
        assertThat(e.value()).isEqualTo("1e999999999");
    }

    @Test
    void aMillionDigitAmountIsRejectedAtItsTwentiethDigitAndShownCut() {
        String digits = "7".repeat(1_000_000);
        CsvFormatException e = error(HEADER + "acme,2024-03," + digits + ",USD\n");
        assertThat(e.getMessage()).startsWith("mrr.csv:2: column 3 (mrr), byte 40: is above the largest amount")
                .endsWith(": '" + "7".repeat(40) + "... (1000000 bytes)'");
        assertThat(e.getMessage().length()).isLessThan(200);
    }

    @Test
    void leadingZerosDoNotOverflow() throws IOException {
        MrrTable t = MrrCsvReader.create().read(new ByteArrayInputStream((HEADER + "a,2024-01," + "0".repeat(5000)
                + "12.50,USD\n").getBytes(StandardCharsets.UTF_8)), "mrr.csv");
        assertThat(t.minorUnits(0, YearMonth.of(2024, 1))).isEqualTo(1250);
    }

    @Test
    void totalOverflowNamesTheFirstOffendingLine() {
        long half = Long.MAX_VALUE / 2 + 1;
        CsvFormatException e = error(HEADER + "a,2024-01," + half + ",JPY\nb,2024-01,1,JPY\nc,2024-01," + half + ",JPY\n");
        assertThat(e.getMessage()).isEqualTo("mrr.csv:4: column 3 (mrr), byte " + (27 + ("a,2024-01," + half + ",JPY\n").length() + 16 + 10)
                + ": the total of all amounts so far exceeds 9223372036854775807 minor units, so totals over this file"
                + " would overflow: '" + half + "'");
    }

    @Test
    void monthsSpanningBeyondTheWindowLimitAreRejectedBeforeTheMatrixGrows() {
        MrrCsvReader reader = MrrCsvReader.builder().monthRange(YearMonth.of(1, 1), YearMonth.of(9999, 12)).build();
        CsvFormatException e = error(reader, (HEADER + "a,0001-01,1,USD\nb,9999-12,1,USD\n").getBytes(StandardCharsets.UTF_8));
        assertThat(e).hasMessage("mrr.csv:3: column 2 (month), byte 45: the file's months would span 0001-01..9999-12,"
                + " 119988 months, above maxMonths 1200: '9999-12'");
    }

    @Test
    void aMatrixBeyondMaxCellsIsRefusedBeforeItIsAllocated() {
        MrrCsvReader reader = MrrCsvReader.builder().maxCells(4096 * 10).build();
        CsvFormatException e = error(reader, (HEADER + "a,2000-01,1,USD\na,2000-12,1,USD\n").getBytes(StandardCharsets.UTF_8));
        assertThat(e).hasMessage("mrr.csv:3: byte 43: the table would need 49152 account-months (1 blocks of 4096"
                + " accounts × 12 months), above maxCells 40960");
    }

    @Test
    void binaryInputWithoutLineBreaksStopsAtTheLineLimit() {
        // an endless stream of zero bytes, like /dev/zero: the reader must stop by itself
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        MrrCsvReader reader = MrrCsvReader.builder().maxLineBytes(4096).build();
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class, () -> reader.read(zeros, "/dev/zero"));
        assertThat(e).hasMessage("/dev/zero:1: byte 0: record longer than 4096 bytes (maxLineBytes); a binary file or"
                + " a quote left open?");
    }

    @Test
    void nulAndBomInsideAnIdAreRejected() {
        assertThat(error(HEADER + "ac\u0000me,2024-03,1,USD\n")).hasMessage(
                "mrr.csv:2: column 1 (account), byte 29: control character in a field: 'ac\\u0000me'");
        assertThat(error(HEADER + "\"ac\u0000me\",2024-03,1,USD\n")).hasMessage(
                "mrr.csv:2: column 1 (account), byte 30: control character in a field: 'ac\\u0000me'");
        assertThat(error(HEADER + "\ufeffacme,2024-03,1,USD\n")).hasMessage(
                "mrr.csv:2: column 1 (account), byte 27: has a byte-order mark (U+FEFF) inside; an account id must be"
                        + " printable: '\\ufeffacme'");
    }

    @Test
    void malformedUtf8GivesLineAndByteOffset() {
        byte[] head = (HEADER + "acme,2024-03,1,USD\nb").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "r,2024-03,1,USD\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9; // Latin-1 'é'
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        CsvFormatException e = error(MrrCsvReader.create(), all);
        assertThat(e).hasMessage("mrr.csv:3: column 1 (account), byte 47: malformed UTF-8 in the account id: 'b\ufffdr'");
        assertThat(e.byteOffset()).isEqualTo(head.length);
    }

    @Test
    void overlongAndSurrogateEncodingsAreMalformed() {
        assertThat(CsvMrrParser.invalidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2)).isZero();
        assertThat(CsvMrrParser.invalidUtf8(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 4)).isEqualTo(1);
        assertThat(CsvMrrParser.invalidUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4)).isZero();
        assertThat(CsvMrrParser.invalidUtf8(new byte[] {(byte) 0xE2, (byte) 0x82}, 0, 2)).isZero();
        assertThat(CsvMrrParser.invalidUtf8("é€😀".getBytes(StandardCharsets.UTF_8), 0, 9)).isEqualTo(-1);
    }

    @Test
    void headerProblems() {
        assertThat(error("")).hasMessage("mrr.csv: empty file; expected a header with the columns account, month, mrr,"
                + " currency");
        assertThat(error("account,month,amount,currency\n")).hasMessage("mrr.csv:1: byte 0: no column 'mrr' in the"
                + " header; expected the columns account, month, mrr, currency but found account, month, amount, currency");
        assertThat(error("account,month,mrr,currency,Account\n")).hasMessage(
                "mrr.csv:1: column 5 (Account), byte 27: column name given twice (also column 1): 'Account'");
        assertThat(error(HEADER)).hasMessage("mrr.csv: no data rows after the header");
        assertThat(error(MrrCsvReader.create(), new byte[] {'a', (byte) 0xFF, '\n'})).hasMessage(
                "mrr.csv:1: column 1, byte 1: malformed UTF-8 in the header");
    }

    @Test
    void anAccountInTwoCurrenciesIsRejectedEvenWhenMixedAreAllowed() {
        MrrCsvReader reader = MrrCsvReader.builder().mixedCurrencies(true).build();
        assertThat(error(reader, (HEADER + "a,2024-01,1,USD\na,2024-02,1,EUR\n").getBytes(StandardCharsets.UTF_8)))
                .hasMessage("mrr.csv:3: column 4 (currency), byte 55: account 'a' has rows in USD too; an account's rows"
                        + " must be in one currency: 'EUR'");
    }

    @Test
    void aConfiguredCurrencyRejectsAnother() {
        MrrCsvReader reader = MrrCsvReader.builder().currency(java.util.Currency.getInstance("JPY")).build();
        assertThat(error(reader, (HEADER + "a,2024-01,1,USD\n").getBytes(StandardCharsets.UTF_8))).hasMessage(
                "mrr.csv:2: column 4 (currency), byte 39: is a second currency: line 1 is in JPY (the configured"
                        + " currency); convert the amounts first, or allow mixed currencies: 'USD'");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("account,month\n".getBytes(StandardCharsets.UTF_8)),
                "x.csv")).isInstanceOf(CsvFormatException.class).hasMessageContaining("(currency optional)");
    }
    @Test
    void messagesStayShortWhateverTheInput() {
        String longName = "n".repeat(100_000);
        CsvFormatException e = error("account,month," + longName + ",currency\n");
        assertThat(e.getMessage()).startsWith("mrr.csv:1: byte 0: no column 'mrr' in the header").hasSizeLessThan(400)
                .endsWith("... (100026 characters)");
        String longId = "i".repeat(100_000);
        assertThat(error(HEADER + longId + ",2024-01,1,USD\n" + longId + ",2024-01,1,USD\n").getMessage())
                .hasSizeLessThan(400).contains("duplicate row: account 'iii");
    }
}
