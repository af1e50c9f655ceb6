package io.csmetrics.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One section of the KPI report: a stage of the customer journey or a cross-stage view.
 *
 * <p>A section reads what it needs from {@link ReportData}; when the data set lacks its input (a
 * user's CSV has no NPS answers, say) it says so in one line rather than inventing numbers.
 *
 * <p>A section contributes to the report model ({@link Report}) through {@link #build}. Sections
 * written against the model implement {@link ModelSection} and return typed figures; a section
 * that only implements {@link #write} (text) is adapted: each printed line becomes a
 * {@link Block.Note}, so it appears in every format, as prose, until it is ported (see
 * {@code package-info}).
 */
interface ReportSection {

    /**
     * Returns the section's heading.
     *
     * @return the heading
     */
    String title();

    /**
     * Writes the section as text.
     *
     * @param data the data set, not null
     * @param out where to print, not null
     */
    void write(ReportData data, PrintStream out);

    /**
     * The stable id used by {@code --sections} and in JSON/CSV: the class name without
     * {@code Section}, lower case ({@code RenewalSection} is {@code renewal}).
     *
     * @return the id
     */
    default String id() {
        String name = getClass().getSimpleName();
        return (name.endsWith("Section") ? name.substring(0, name.length() - "Section".length()) : name)
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The section in the report model; by default the adapter of a text-only section: its lines as notes.
     *
     * @param data the data set, not null
     * @return the section
     */
    default Report.Section build(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            write(data, ps);
        }
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        bytes.toString(StandardCharsets.UTF_8).lines().forEach(b::note);
        return b.build();
    }
}
