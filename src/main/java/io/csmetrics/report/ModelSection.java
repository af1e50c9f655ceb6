package io.csmetrics.report;

import java.io.PrintStream;

/**
 * A section written against the report model: {@link #build} computes its figures once; the text
 * form is the {@link TextRenderer}'s rendering of them, so text, JSON, CSV and HTML agree.
 */
interface ModelSection extends ReportSection {

    @Override
    Report.Section build(ReportData data);

    @Override
    default void write(ReportData data, PrintStream out) {
        out.print(TextRenderer.section(build(data)));
    }
}
