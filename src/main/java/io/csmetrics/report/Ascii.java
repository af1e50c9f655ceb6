package io.csmetrics.report;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * Fits report text to an output charset: where the charset (a C/POSIX locale's US-ASCII, say)
 * cannot encode a character the report uses, it is replaced by an ASCII equivalent ({@code → ->},
 * {@code − -}, {@code × x}, {@code ≥ >=}, {@code – -}) instead of the {@code ?} the JDK would print.
 */
final class Ascii {

    private static final Map<Character, String> FALLBACK = Map.ofEntries(
            Map.entry('\u2192', "->"), Map.entry('\u2212', "-"), Map.entry('\u00d7', "x"),
            Map.entry('\u2265', ">="), Map.entry('\u2264', "<="), Map.entry('\u2013', "-"),
            Map.entry('\u2014', "--"), Map.entry('\u2026', "..."), Map.entry('\u03bb', "lambda"),
            Map.entry('\u03b1', "alpha"), Map.entry('\u03b2', "beta"), Map.entry('\u03a3', "sum "),
            Map.entry('\u00b2', "^2"), Map.entry('\u2018', "'"), Map.entry('\u2019', "'"),
            Map.entry('\u201c', "\""), Map.entry('\u201d', "\""), Map.entry('\u00a0', " "));

    private Ascii() {
    }

    /**
     * Returns {@code text} unchanged if {@code charset} encodes all of it, else with each
     * unencodable character replaced (accents stripped, known symbols spelt out, others {@code ?}).
     */
    static String fit(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoder.canEncode(c)) {
                sb.append(c);
                continue;
            }
            String ascii = FALLBACK.get(c);
            if (ascii == null) {
                String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                ascii = encoder.canEncode(stripped) && !stripped.isEmpty() ? stripped : "?";
            }
            sb.append(ascii);
        }
        return sb.toString();
    }

    /**
     * The charset of standard output: {@code stdout.encoding} (JDK 19+), {@code sun.stdout.encoding}
     * (JDK 17 on a console), else {@code native.encoding} (the locale's, US-ASCII under {@code LANG=C}).
     */
    static Charset stdoutCharset() {
        for (String p : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(p);
            if (name != null) {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    // an unknown name: try the next property
                }
            }
        }
        return Charset.defaultCharset() == null ? StandardCharsets.UTF_8 : Charset.defaultCharset();
    }
}
