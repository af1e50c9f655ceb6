package io.csmetrics.clv;

import io.csmetrics.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW sample of Fader, Hardie &amp; Lee (2005): 2,357 customers, 39 weeks of calibration
 * (see {@code src/test/resources/io/csmetrics/clv/README.md} for its source and licence).
 */
final class Cdnow {

    /** The published summary, read once: x, t_x, T in weeks and the repeat spend x · z̄ in USD. */
    static final List<CustomerRfm> SUMMARY = readSummary();

    private Cdnow() {
    }

    static BufferedReader open(String name) {
        InputStream in = Cdnow.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
    }

    private static List<CustomerRfm> readSummary() {
        List<CustomerRfm> list = new ArrayList<>();
        try (BufferedReader r = open("cdnow_summary.csv")) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                int x = Integer.parseInt(f[1]);
                BigDecimal spend = new BigDecimal(f[4]).multiply(BigDecimal.valueOf(x));
                list.add(CustomerRfm.of(f[0], x, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Money.of(spend, java.util.Currency.getInstance("USD"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
