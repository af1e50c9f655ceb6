package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeExampleTest {

    @Test
    void theExampleRunsAndGivesTheCoreBridge(@TempDir Path dir) throws IOException {
        MrrTables book = MrrTables.generate(3, 300, YearMonth.of(2023, 6), 20);
        List<String> lines = new ArrayList<>();
        lines.add("account,month,mrr,currency");
        book.rows.forEach(r -> lines.add(r.getString(0) + "," + r.getString(1) + ","
                + Money.ofMinor(r.getLong(2), MrrTables.USD).amount().toPlainString() + "," + r.getString(3)));
        Path csv = dir.resolve("mrr.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);

        MrrBridge bridge = BeyondOneMachineExample.run(SparkTestSession.get(), csv.toString());

        MrrBridgeAccumulator core = MrrBridgeAccumulator.create(MrrTables.USD, YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        for (MrrHistory h : book.histories) {
            core.accept(h);
        }
        assertThat(bridge).isEqualTo(core.bridge());
    }

    @Test
    void theReadmeShowsTheTestedCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/csmetrics/spark/BeyondOneMachineExample.java"));
        String example = source.substring(source.indexOf("// README example start\n") + "// README example start\n".length(),
                source.indexOf("        // README example end"));
        String readme = Files.readString(Path.of("../README.md"));
        StringBuilder unindented = new StringBuilder();
        example.lines().forEach(l -> unindented.append(l.length() >= 8 ? l.substring(8) : l.strip()).append('\n'));
        assertThat(readme).contains(unindented.toString());
    }
}
