package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the sample company's HTML report in a real headless browser (Debian's {@code chromium};
 * {@code .ci/run} installs it when absent): the page loads with no console message, the DOM the
 * browser built has the expected SVG bars, points and cells, and screenshots at desktop and phone
 * width are taken ({@code target/report-desktop.png}, {@code target/report-phone.png}). Skipped,
 * saying why, only where no chromium is installed.
 */
class HtmlReportBrowserTest {

    private static Optional<String> chromium() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** Output and error of one headless run; the wait is a guard against a hung browser, not a timing. */
    private record Result(String out, String err) {
    }

    private static Result browse(String chromium, Path profile, Path page, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "out", ".txt");
        Path err = Files.createTempFile(profile.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + cmd);
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> console(Result r) {
        return r.err().lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    @Test
    void sampleReportLoadsWithoutConsoleErrorsAndDrawsEveryChart(@TempDir Path dir) throws Exception {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no chromium on PATH: install Debian's chromium (apt-get install -y"
                + " chromium; .ci/run does) to run the headless-browser test of the HTML report");

        // the console capture works: a page that logs an error is seen
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, "<!DOCTYPE html><html><body><script>console.error('probe-error')</script></body></html>");
        assertThat(console(browse(chromium.get(), Files.createDirectory(dir.resolve("p0")), probe, "--dump-dom")))
                .anyMatch(l -> l.contains("probe-error"));

        Report report = KpiReport.build(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));
        Path page = dir.resolve("report.html");
        Files.writeString(page, HtmlRenderer.render(report), StandardCharsets.UTF_8);
        Result dom = browse(chromium.get(), Files.createDirectory(dir.resolve("p1")), page, "--dump-dom");
        assertThat(console(dom)).isEmpty();
        String html = dom.out();
        assertThat(html).contains("<h1>csmetrics KPI report</h1>");
        // 23 months × 5 movements in the bridge, 3 health bands, segments (3 plans + 4 size bands) × 5,
        // FX bridge 12 months × 6, top 10 CLV
        assertThat(ReportFormatsTest.count(html, "<rect class=\"bar\"")).isEqualTo(23 * 5 + 3 + 7 * 5 + 12 * 6 + 10);
        // MRR and accounts: 24 months each; Kaplan–Meier: months 0..22; NPS: 8 quarters
        assertThat(ReportFormatsTest.count(html, "<circle class=\"point\"")).isEqualTo(24 + 24 + 23 + 8);
        // the logo-retention triangle of 8 quarterly cohorts
        assertThat(ReportFormatsTest.count(html, "<rect class=\"cell\"")).isEqualTo(36);
        assertThat(ReportFormatsTest.count(html, "<polygon class=\"band\"")).isEqualTo(2);

        Path target = Path.of("target");
        Files.createDirectories(target);
        for (String[] shot : new String[][] {{"desktop", "1100,9000"}, {"phone", "390,16000"}}) {
            Path png = target.resolve("report-" + shot[0] + ".png");
            Files.deleteIfExists(png);
            Result r = browse(chromium.get(), Files.createDirectory(dir.resolve("s-" + shot[0])), page,
                    "--hide-scrollbars", "--window-size=" + shot[1], "--screenshot=" + png.toAbsolutePath());
            assertThat(console(r)).isEmpty();
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).isGreaterThan(10_000);
            assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }
}
