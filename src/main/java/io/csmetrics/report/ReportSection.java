package io.csmetrics.report;

import java.io.PrintStream;

/**
 * One section of the KPI report: a stage of the customer journey or a cross-stage view.
 *
 * <p>A section reads what it needs from {@link ReportData}; when the data set lacks its input (a
 * user's CSV has no NPS answers, say) it prints one line saying so rather than inventing numbers.
 */
interface ReportSection {

    /**
     * Returns the section's heading.
     *
     * @return the heading
     */
    String title();

    /**
     * Writes the section.
     *
     * @param data the data set, not null
     * @param out where to print, not null
     */
    void write(ReportData data, PrintStream out);
}
