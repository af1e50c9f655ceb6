package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's command-line options, parsed and validated; {@link #parse} throws
 * {@link UsageException} naming the offending option.
 *
 * @implSpec This class is immutable and thread-safe.
 */
record ReportOptions(boolean help, Optional<Path> csv, long seed, Optional<YearMonth> from, Optional<YearMonth> to,
        Optional<List<String>> sections, Optional<String> segmentColumn, Optional<String> segmentValue,
        Optional<Currency> currency, Format format, Optional<Path> out, Optional<BigDecimal> cac,
        Optional<Ratio> grossMargin, Optional<Path> fx, Optional<Path> transactions) {

    /** The output formats. */
    enum Format {
        TEXT, JSON, CSV, HTML
    }

    /** A bad option: the CLI prints the message and the usage and exits 2. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final String USAGE = """
            usage: java -jar csmetrics-<version>.jar report [options]
               or: ./mvnw -q compile exec:java -Dexec.args="[options]"

            A KPI report along the customer journey, over the bundled sample company or your CSV.

            options:
              -h, --help              this help, exit 0
              --csv FILE              account MRR snapshots: header account,month,mrr,currency[,extra...];
                                      extra columns are string dimensions for --segment
              --seed N                the sample company from seed N (default 20240101); not with --csv
              --as-of YYYY-MM         report as of this month: later months are ignored (same as --to)
              --from YYYY-MM          ignore months before this one
              --to YYYY-MM            ignore months after this one
              --sections a,b,c        only these sections, in this order; ids:
                                      %s
              --segment COL[=VALUE]   COL=VALUE: only accounts whose column COL is VALUE;
                                      COL alone: break accounts and MRR down by COL (sample: segment)
              --currency CCY          only accounts billed in CCY (needed when the CSV mixes currencies)
              --cac AMOUNT            customer acquisition cost per account, in the report currency;
                                      enables CAC payback, LTV:CAC and profit per account
              --gross-margin PERCENT  gross margin, e.g. 80; enables margin LTV
              --fx FILE               rates currency,month,rate into the reporting currency (--currency,
                                      else the one CSV currency without rates): a multi-currency CSV gets
                                      the bridge in that currency with its FX line (section fx)
              --transactions FILE     purchases customer,date,amount[,currency]: BG/NBD, P(alive) and
                                      CLV of the top customers (section transactions), as of the last
                                      transaction date; amounts in --currency, else the report currency
              --format FMT            text (default), json, csv or html
              --out FILE              write to FILE instead of standard output

            Exit status: 0 success or --help, 2 bad option or malformed input (the message names it).
            """;

    static String usage() {
        return String.format(Locale.ROOT, USAGE, String.join(",", KpiReport.sectionIds()));
    }

    static ReportOptions parse(String... args) {
        boolean help = false;
        Optional<Path> csv = Optional.empty();
        Long seed = null;
        YearMonth from = null;
        YearMonth to = null;
        YearMonth asOf = null;
        List<String> sections = null;
        String segmentColumn = null;
        String segmentValue = null;
        Currency currency = null;
        Format format = Format.TEXT;
        Path out = null;
        BigDecimal cac = null;
        Ratio margin = null;
        Path fx = null;
        Path transactions = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("-h") || name.equals("--help")) {
                help = true;
                continue;
            }
            if (!List.of("--csv", "--seed", "--as-of", "--from", "--to", "--sections", "--segment", "--currency",
                    "--format", "--out", "--cac", "--gross-margin", "--fx", "--transactions").contains(name)) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--csv" -> csv = Optional.of(Path.of(value));
                case "--seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed takes a whole number: '" + value + "'");
                    }
                }
                case "--as-of" -> asOf = month(name, value);
                case "--from" -> from = month(name, value);
                case "--to" -> to = month(name, value);
                case "--sections" -> {
                    sections = new ArrayList<>();
                    for (String s : value.split(",", -1)) {
                        String id = s.strip().toLowerCase(Locale.ROOT);
                        if (!KpiReport.sectionIds().contains(id)) {
                            throw new UsageException("--sections: unknown section '" + s + "'; sections are "
                                    + String.join(",", KpiReport.sectionIds()));
                        }
                        sections.add(id);
                    }
                }
                case "--segment" -> {
                    int e = value.indexOf('=');
                    segmentColumn = (e < 0 ? value : value.substring(0, e)).strip();
                    segmentValue = e < 0 ? null : value.substring(e + 1).strip();
                    if (segmentColumn.isEmpty()) {
                        throw new UsageException("--segment needs a column name: '" + value + "'");
                    }
                }
                case "--currency" -> {
                    try {
                        currency = Currency.getInstance(value.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--currency takes an ISO 4217 code: '" + value + "'");
                    }
                }
                case "--format" -> {
                    try {
                        format = Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--format takes text, json, csv or html: '" + value + "'");
                    }
                }
                case "--out" -> out = Path.of(value);
                case "--fx" -> fx = Path.of(value);
                case "--transactions" -> transactions = Path.of(value);
                case "--cac" -> {
                    cac = decimal(name, value);
                    if (cac.signum() <= 0) {
                        throw new UsageException("--cac must be positive: '" + value + "'");
                    }
                }
                case "--gross-margin" -> {
                    BigDecimal m = decimal(name, value);
                    if (m.signum() <= 0 || m.compareTo(BigDecimal.valueOf(100)) > 0) {
                        throw new UsageException("--gross-margin is a percent in (0, 100]: '" + value + "'");
                    }
                    margin = Ratio.of(m, BigDecimal.valueOf(100));
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (csv.isPresent() && seed != null) {
            throw new UsageException("--seed applies to the sample company, not with --csv");
        }
        if (fx != null && csv.isEmpty()) {
            throw new UsageException("--fx applies to a multi-currency --csv; the sample company's FX book has its own rates");
        }
        if (asOf != null && to != null && !asOf.equals(to)) {
            throw new UsageException("--as-of " + asOf + " and --to " + to + " disagree; give one");
        }
        YearMonth end = asOf != null ? asOf : to;
        if (from != null && end != null && from.isAfter(end)) {
            throw new UsageException("--from " + from + " is after --to/--as-of " + end);
        }
        return new ReportOptions(help, csv, seed == null ? SampleCompany.DEFAULT_SEED : seed, Optional.ofNullable(from),
                Optional.ofNullable(end), Optional.ofNullable(sections), Optional.ofNullable(segmentColumn),
                Optional.ofNullable(segmentValue), Optional.ofNullable(currency), format, Optional.ofNullable(out),
                Optional.ofNullable(cac), Optional.ofNullable(margin), Optional.ofNullable(fx),
                Optional.ofNullable(transactions));
    }

    private static YearMonth month(String option, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " takes an ISO month YYYY-MM: '" + value + "'");
        }
    }

    private static BigDecimal decimal(String option, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a decimal number: '" + value + "'");
        }
    }

    /** The CAC as money in the report currency, if given. */
    Optional<Money> cacIn(Currency currency) {
        return cac.map(c -> Money.of(c, currency));
    }
}
