package io.csmetrics.report;

import io.csmetrics.io.MrrCsvReader;
import io.csmetrics.io.MrrTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The main job: a KPI report along the customer journey.
 *
 * <pre>
 * KpiReport                 the bundled sample company (seed 20240101)
 * KpiReport --seed N        a sample company from another seed
 * KpiReport --csv FILE      a user's account MRR snapshots (account,month,mrr,currency)
 * </pre>
 *
 * Exit status 0 on success, 2 on bad arguments or a malformed file (the message names the line and
 * column).
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
            new ChurnLtvSection(),
            new CohortSection(),
            new TransactionsSection(),
            new HealthSection(),
            new RoiSection(),
            new KpiTreeSection(),
            new CsTeamSection());

    private KpiReport() {
    }

    /**
     * Runs the report.
     *
     * @param args see the class documentation
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            ReportData data = load(args);
            write(data, out);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("csmetrics report: " + e.getMessage());
            System.err.println("usage: KpiReport [--seed N | --csv FILE]");
            System.exit(2);
        }
    }

    static ReportData load(String[] args) throws IOException {
        if (args.length == 0) {
            return sample(SampleCompany.DEFAULT_SEED);
        }
        if (args.length == 2 && args[0].equals("--seed")) {
            try {
                return sample(Long.parseLong(args[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed takes a whole number: '" + args[1] + "'", e);
            }
        }
        if (args.length == 2 && args[0].equals("--csv")) {
            Path path = Path.of(args[1]);
            try {
                // The whole file is read and checked here, before any section computes or prints anything.
                MrrTable table = MrrCsvReader.create().read(path);
                return new ReportData(table);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such file: " + args[1], e);
            }
        }
        throw new IllegalArgumentException("unknown arguments: " + String.join(" ", args));
    }

    private static ReportData sample(long seed) {
        return new ReportData(SampleCompany.generate(seed));
    }

    static void write(ReportData data, PrintStream out) {
        out.println("csmetrics KPI report: " + data.source());
        for (ReportSection section : SECTIONS) {
            out.println();
            out.println("== " + section.title() + " ==");
            section.write(data, out);
        }
    }
}
