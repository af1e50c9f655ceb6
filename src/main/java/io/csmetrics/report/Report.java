package io.csmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report model: sections of typed figures, computed once and written by each renderer
 * ({@link TextRenderer}, {@link JsonRenderer}, {@link CsvRenderer}, {@link HtmlRenderer}).
 *
 * @param source what the report runs over (the sample company and its seed, or a file)
 * @param from the first month of the data used, ISO {@code yyyy-MM}
 * @param to the last month of the data used (the as-of month), ISO {@code yyyy-MM}
 * @param currency the report currency, ISO 4217
 * @param filter the account filter, e.g. {@code segment=smb}, or empty
 * @param sections the sections in order
 * @implSpec This class is immutable and thread-safe.
 */
record Report(String source, String from, String to, String currency, String filter, List<Section> sections) {

    /** The JSON schema version; raised on any incompatible change of the JSON or CSV form. */
    static final String SCHEMA_VERSION = "1";

    Report {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(filter, "filter must not be null");
        sections = List.copyOf(sections);
    }

    /**
     * One section: a stable id ({@code renewal}), a heading and its blocks.
     *
     * @implSpec This class is immutable and thread-safe.
     */
    record Section(String id, String title, List<Block> blocks) {
        Section {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(title, "title must not be null");
            blocks = List.copyOf(blocks);
        }
    }

    /** Collects a section's blocks in order. Not thread-safe; used by one section's build. */
    static final class SectionBuilder {
        private final String id;
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        SectionBuilder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        SectionBuilder figure(String key, String label, Value value) {
            return figure(key, label, value, "");
        }

        SectionBuilder figure(String key, String label, Value value, String note) {
            blocks.add(new Block.Figure(key, label, value, note));
            return this;
        }

        SectionBuilder note(String text) {
            blocks.add(new Block.Note(text));
            return this;
        }

        SectionBuilder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block must not be null"));
            return this;
        }

        Section build() {
            return new Section(id, title, blocks);
        }
    }
}
