package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One model, four renderers: JSON and CSV carry exactly the figures the text shows; HTML is self-contained. */
class ReportFormatsTest {

    private static Report report;
    private static String text;
    private static String json;

    @BeforeAll
    static void buildSampleReportOnce() {
        report = KpiReport.build(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));
        text = TextRenderer.render(report);
        json = JsonRenderer.render(report);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** The display of a JSON value, computed from the JSON alone (not from the model). */
    private static String display(Map<String, Object> v) {
        return switch ((String) v.get("type")) {
            case "money" -> Fmt.money(Money.of((String) v.get("amount"), (String) v.get("currency")));
            case "percent" -> v.get("value") + " %";
            case "count" -> Fmt.grouped((BigDecimal) v.get("value"));
            case "number" -> {
                String n = Fmt.grouped(new BigDecimal((String) v.get("value")));
                String unit = (String) v.get("unit");
                yield unit.isEmpty() ? n : unit.equals("x") ? n + "x" : n + " " + unit;
            }
            case "text", "period" -> (String) v.get("value");
            case "undefined" -> ((String) v.get("reason")).isEmpty() ? "undefined" : "undefined (" + v.get("reason") + ")";
            default -> throw new AssertionError("unknown type " + v.get("type"));
        };
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void jsonParsesAndEveryFigureEqualsTheTextFigure() {
        Map<String, Object> root = map(MiniJson.parse(json));
        String flat = squash(text);
        int figures = 0;
        for (Map<String, Object> section : list(root.get("sections"))) {
            for (Map<String, Object> block : list(section.get("blocks"))) {
                if (block.get("kind").equals("figure")) {
                    String note = (String) block.get("note");
                    String line = block.get("label") + ": " + display(map(block.get("value")))
                            + (note.isEmpty() ? "" : " (" + note + ")");
                    assertThat(flat).as("section %s figure %s", section.get("id"), block.get("key"))
                            .contains(squash(line));
                    figures++;
                }
            }
        }
        assertThat(figures).isGreaterThan(100);
        assertThat(json).doesNotContain("NaN", "Infinity");
    }

    @Test
    void jsonMoneyIsExactWithItsCurrency() {
        Map<String, Object> data = list(map(MiniJson.parse(json)).get("sections")).get(0);
        Map<String, Object> mrr = list(data.get("blocks")).stream().filter(b -> "mrr_first".equals(b.get("key")))
                .findFirst().orElseThrow();
        assertThat(map(mrr.get("value"))).containsEntry("type", "money").containsEntry("amount", "2812990.94")
                .containsEntry("currency", "USD");
        assertThat(text).contains("MRR 2024-01: USD 2,812,990.94");
    }

    /** Pins the JSON shape: the keys of the root, a section, each block kind and each value type. */
    @Test
    void jsonSchemaIsPinned() throws Exception {
        Map<String, Object> root = map(MiniJson.parse(json));
        assertThat(root.keySet()).containsExactly("schema", "schemaVersion", "source", "from", "to", "currency",
                "filter", "sections");
        assertThat(root).containsEntry("schema", "csmetrics-report").containsEntry("schemaVersion", "1")
                .containsEntry("from", "2024-01").containsEntry("to", "2025-12").containsEntry("currency", "USD");
        Set<String> kinds = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (Map<String, Object> section : list(root.get("sections"))) {
            assertThat(section.keySet()).containsExactly("id", "title", "blocks");
            for (Map<String, Object> block : list(section.get("blocks"))) {
                String kind = (String) block.get("kind");
                kinds.add(kind);
                List<Map<String, Object>> values = new ArrayList<>();
                switch (kind) {
                    case "figure" -> {
                        assertThat(block.keySet()).containsExactly("kind", "key", "label", "value", "note");
                        values.add(map(block.get("value")));
                    }
                    case "table" -> {
                        assertThat(block.keySet()).containsExactly("kind", "key", "title", "columns", "rows");
                        ((List<?>) block.get("rows")).forEach(r -> values.addAll(list(r)));
                    }
                    case "chart" -> {
                        assertThat(block.keySet()).containsExactly("kind", "key", "title", "chart", "xLabel", "yLabel",
                                "categories", "series");
                        for (Map<String, Object> s : list(block.get("series"))) {
                            assertThat(s.keySet()).containsExactly("name", "values", "lower", "upper");
                            values.addAll(list(s.get("values")));
                        }
                    }
                    case "note" -> assertThat(block.keySet()).containsExactly("kind", "text");
                    default -> throw new AssertionError("unknown block kind " + kind);
                }
                for (Map<String, Object> v : values) {
                    String type = (String) v.get("type");
                    types.add(type);
                    assertThat(v.keySet()).as(type).containsExactlyElementsOf(switch (type) {
                        case "money" -> List.of("type", "amount", "currency");
                        case "percent" -> List.of("type", "value", "scale", "numerator", "denominator");
                        case "number" -> List.of("type", "value", "unit");
                        case "undefined" -> List.of("type", "reason");
                        default -> List.of("type", "value");
                    });
                }
            }
        }
        assertThat(kinds).containsExactly("chart", "figure", "note", "table");
        assertThat(types).containsExactlyInAnyOrder("count", "money", "number", "percent", "period", "text", "undefined");
        // the published JSON Schema names the same kinds and types
        Map<String, Object> schema = map(MiniJson.parse(Files.readString(Path.of("docs/report-schema.json"))));
        String schemaText = Files.readString(Path.of("docs/report-schema.json"));
        assertThat(schema).containsKey("$schema");
        for (String k : kinds) {
            assertThat(schemaText).contains("\"const\": \"" + k + "\"");
        }
        for (String t : types) {
            assertThat(schemaText).contains("\"const\": \"" + t + "\"");
        }
    }

    @Test
    void csvHasOneLinePerFigureCellAndPoint() {
        String csv = CsvRenderer.render(report);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("section,block,row,column,type,value,currency,numerator,denominator,label");
        Pattern field = Pattern.compile("(\"([^\"]|\"\")*\"|[^,]*)(,|$)");
        for (String line : lines) {
            Matcher m = field.matcher(line);
            int n = 0;
            int at = 0;
            while (at < line.length() && m.find(at) && m.start() == at) {
                n++;
                at = m.end();
                if (m.group(3).isEmpty()) {
                    break;
                }
            }
            if (line.endsWith(",")) {
                n++;
            }
            assertThat(n).as(line).isEqualTo(10);
        }
        assertThat(csv).contains("\r\ndata,mrr_first,,,money,2812990.94,USD,,,MRR 2024-01\r\n")
                .contains("\r\nrenewal,bridge,2024-02,+new,money,");
    }

    @Test
    void htmlIsSelfContainedAccessibleAndDrawnFromTheModel() {
        String html = HtmlRenderer.render(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta name=\"viewport\"", "@media print",
                "@media (max-width:600px)").doesNotContain("<script", " src=", "<link", "@import", "url(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
        assertThat(html.chars().allMatch(c -> c < 0x80)).isTrue();
        int bars = 0;
        int points = 0;
        int cells = 0;
        int charts = 0;
        for (Report.Section s : report.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Chart c) {
                    charts++;
                    for (Block.Series series : c.series()) {
                        long defined = series.values().stream().filter(v -> Fmt.plot(v).isPresent()).count();
                        switch (c.kind()) {
                            case BAR, STACKED_BAR -> bars += series.values().size();
                            case LINE, STEP -> points += (int) defined;
                            case HEATMAP -> cells += (int) defined;
                            default -> throw new AssertionError(c.kind());
                        }
                    }
                }
            }
        }
        assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(bars)
                // bridge 23 months × 5, 3 health bands, segments (3 plans + 4 size bands) × 5, FX bridge 12 × 6, top 10 CLV
                .isEqualTo(23 * 5 + 3 + 7 * 5 + 12 * 6 + 10);
        assertThat(count(html, "<circle class=\"point\"")).isEqualTo(points);
        assertThat(count(html, "<rect class=\"cell\"")).isEqualTo(cells).isEqualTo(8 + 7 + 6 + 5 + 4 + 3 + 2 + 1);
        assertThat(count(html, "<svg ")).isEqualTo(charts).isEqualTo(7 + 2 + 1 + 1);
        assertThat(count(html, "<title id=")).isEqualTo(charts);
        assertThat(count(html, "<desc id=")).isEqualTo(charts);
        assertThat(count(html, "<summary>Data table")).isEqualTo(charts);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void textHasOneMoneyFormatAndNoLongLines() {
        assertThat(text.lines().filter(l -> l.codePointCount(0, l.length()) > TextRenderer.WIDTH)).isEmpty();
        // no ungrouped amounts (USD 2812990.94) and no amounts past the currency's scale (USD 5080145.6685)
        assertThat(Pattern.compile("USD -?\\d{4,}").matcher(text).find()).isFalse();
        assertThat(Pattern.compile("USD -?[\\d,]+\\.\\d{3,}").matcher(text).find()).isFalse();
        assertThat(text).doesNotContain("NpsResult{", "Multipliers{", "NaN", "Infinity", "exactly ");
        assertThat(text).doesNotContain("assumed CAC", "CAC payback");
    }

    @Test
    void asciiFallbackUnderACLocale() {
        String ascii = Ascii.fit(text, StandardCharsets.US_ASCII);
        assertThat(ascii.chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(ascii).doesNotContain("?").contains("2024-12 -> 2025-12", "1 - (1 - m)^12", "simple m x 12",
                "LTV >=", "Kaplan-Meier");
        assertThat(Ascii.fit(text, StandardCharsets.UTF_8)).isSameAs(text);
    }
}
