package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any bytes at all: the reader returns a table or throws {@link CsvFormatException} with the file
 * name and a bounded message, never another exception.
 */
class MrrCsvReaderFuzzProperties {

    @Provide
    Arbitrary<byte[]> bodies() {
        // Biased towards the bytes that matter to CSV and to the field parsers, plus BOM, NUL and non-UTF-8 bytes.
        List<String> tokens = List.of(",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "acme", "b", " ", "2024-0", "1", "9",
                "2024-01", "2024-13", "0001-01", "1e9", ".", "-", "00", "99999999999999999999", "USD", "usd", "EUR", "XAU",
                "\u0000", "\ufeff", "é", "\t", ";");
        Arbitrary<byte[]> special = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});
        Arbitrary<byte[]> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.of(tokens).map(t -> t.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, special));
        return token.list().ofMaxSize(80).map(parts -> {
            int n = parts.stream().mapToInt(p -> p.length).sum();
            byte[] all = new byte[n];
            int k = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, all, k, p.length);
                k += p.length;
            }
            return all;
        });
    }

    @Property(tries = 1000)
    void anyInputGivesATableOrACsvFormatException(@ForAll("bodies") byte[] body, @ForAll boolean withHeader) {
        byte[] header = withHeader ? "account,month,mrr,currency\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] input = new byte[header.length + body.length];
        System.arraycopy(header, 0, input, 0, header.length);
        System.arraycopy(body, 0, input, header.length, body.length);
        Throwable t = catchThrowable(() -> {
            MrrTable table = MrrCsvReader.builder().maxLineBytes(256).build()
                    .read(new ByteArrayInputStream(input), "fuzz.csv");
            assertThat(table.rowCount()).isPositive();
            assertThat(table.bridge().closingMrr().isNegative()).isFalse();
        });
        if (t != null) {
            assertThat(t).isInstanceOf(CsvFormatException.class);
            assertThat(t.getMessage()).startsWith("fuzz.csv").hasSizeLessThan(500);
        }
    }
}
