package io.csmetrics.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job: a KPI report along the customer journey, over the bundled sample company or a
 * user's CSV, as text, JSON, CSV or HTML. The options are in {@link ReportOptions#USAGE}; run with
 * {@code --help} for them.
 *
 * <p>The report is computed once into a {@link Report} model; each format is a renderer of it.
 *
 * <p>Exit status 0 on success and for {@code --help}, 2 on a bad option or a malformed file (the
 * message names the option, or the line and column).
 */
public final class KpiReport {

    private static final List<ReportSection> SECTIONS = List.of(
            new DataSection(),
            new OnboardingSection(),
            new UsageSection(),
            new SatisfiedSection(),
            new SucceedSection(),
            new RenewalSection(),
            new SegmentSection(),
            new FxSection(),
            new TransactionsSection(),
            new ChurnLtvSection(),
            new CohortSection(),
            new HealthSection(),
            new RoiSection(),
            new CsTeamSection(),
            new KpiTreeSection());

    private KpiReport() {
    }

    /**
     * Runs the report and exits with its status.
     *
     * @param args see {@link ReportOptions#USAGE}
     */
    public static void main(String[] args) {
        Charset charset = Ascii.stdoutCharset();
        PrintStream out = new PrintStream(System.out, true, charset);
        int status = run(args, out, System.err, charset);
        out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The ids {@code --sections} accepts, in report order. */
    static List<String> sectionIds() {
        return SECTIONS.stream().map(ReportSection::id).toList();
    }

    /**
     * Runs the report: parses the options, loads the data, builds the model, renders it to
     * {@code --out} or {@code out}. Never exits the JVM.
     *
     * @return the exit status: 0, or 2 for a bad option or input
     */
    static int run(String[] args, PrintStream out, PrintStream err, Charset charset) {
        ReportOptions options;
        try {
            options = ReportOptions.parse(args);
        } catch (ReportOptions.UsageException e) {
            err.println("csmetrics report: " + e.getMessage());
            err.print(ReportOptions.usage());
            return 2;
        }
        if (options.help()) {
            out.print(Ascii.fit(ReportOptions.usage(), charset));
            return 0;
        }
        try {
            ReportData data = ReportInput.load(options);
            Report report = build(data, options.sections().orElse(sectionIds()));
            if (options.out().isPresent()) {
                Files.writeString(options.out().get(), render(report, options.format(), StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8);
            } else {
                out.print(render(report, options.format(), charset));
                out.flush();
            }
            return 0;
        } catch (ReportOptions.UsageException e) {
            err.println("csmetrics report: " + e.getMessage());
            err.print(ReportOptions.usage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("csmetrics report: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("csmetrics report: " + e.getMessage());
            return 2;
        }
    }

    /** The data set the options select (sample or CSV, currency, segment, months). */
    static ReportData load(String... args) throws IOException {
        return ReportInput.load(ReportOptions.parse(args));
    }

    /** The model of the given sections over the data. */
    static Report build(ReportData data, List<String> ids) {
        List<ReportSection> chosen = new ArrayList<>();
        for (String id : ids) {
            for (ReportSection s : SECTIONS) {
                if (s.id().equals(id)) {
                    chosen.add(s);
                }
            }
        }
        // Sections are independent functions of the (immutable, lazily cached under its own lock) data,
        // so they are built in parallel on the machine's cores; the list keeps the order asked for.
        List<Report.Section> sections = chosen.parallelStream().map(s -> s.build(data)).toList();
        return new Report(data.source(), data.firstMonth().toString(), data.lastMonth().toString(),
                data.currency().getCurrencyCode(), data.settings().filter(), sections);
    }

    /** The model of every section over the data. */
    static Report build(ReportData data) {
        return build(data, sectionIds());
    }

    static String render(Report report, ReportOptions.Format format, Charset charset) {
        return switch (format) {
            case TEXT -> Ascii.fit(TextRenderer.render(report), charset);
            case JSON -> JsonRenderer.render(report);
            case CSV -> Ascii.fit(CsvRenderer.render(report), charset);
            case HTML -> HtmlRenderer.render(report);
        };
    }

    /** The text report over the data, every section, as the pre-model API printed it. */
    static void write(ReportData data, PrintStream out) {
        out.print(TextRenderer.render(build(data)));
    }
}
