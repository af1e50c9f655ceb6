/**
 * The main job: the KPI report over the bundled sample company or a user's CSV. Not part of the API
 * (the package is not exported); run as {@code java -jar csmetrics-<version>.jar report [options]}.
 *
 * <h2>One model, several renderers</h2>
 *
 * <p>{@link io.csmetrics.report.KpiReport} parses the options ({@code ReportOptions}), loads the data
 * ({@code ReportInput.load}: the one place that reads a CSV; swap in the library reader there),
 * asks each {@code ReportSection} for its {@code Report.Section} and hands the {@code Report} to a
 * renderer: {@code TextRenderer}, {@code JsonRenderer} (schema {@code docs/report-schema.json}),
 * {@code CsvRenderer} or {@code HtmlRenderer}. Nothing is computed in a renderer.
 *
 * <h2>How a section contributes</h2>
 *
 * <p>A section computes its figures once in {@code build(ReportData)} and returns them as blocks
 * ({@code Report.SectionBuilder}):
 * <ul>
 *   <li>{@code figure(key, label, value[, note])}: one named value. {@code key} is stable (JSON, CSV);
 *       {@code value} is a {@code Value}: {@code Value.money(Money)}, {@code Value.percent(Ratio, scale,
 *       ifUndefined)}, {@code Value.count(long)}, {@code Value.number(decimal, scale, unit)},
 *       {@code Value.text}, {@code Value.period}, or {@code new Value.Undefined(reason)} when the input
 *       gives the figure no meaning (never NaN or 0). Format nothing yourself: {@code Fmt} does.</li>
 *   <li>{@code add(new Block.Table(key, title, columns, rows))}: rows of values.</li>
 *   <li>{@code add(new Block.Chart(key, title, kind, xLabel, yLabel, categories, series))}: the numbers
 *       of a chart ({@code STACKED_BAR}, {@code BAR}, {@code LINE}, {@code STEP}, {@code HEATMAP}); a
 *       series may carry a lower/upper band. The HTML draws it; the JSON carries it.</li>
 *   <li>{@code note(text)}: a sentence, e.g. what the input lacks.</li>
 * </ul>
 *
 * <p>To port a section written against the old text interface: implement {@code ModelSection}
 * instead of {@code ReportSection}, move the computation into {@code build}, and turn each
 * {@code printf} into a figure or table row with its typed value; {@code write} then comes for free.
 * Until then the adapter ({@code ReportSection.build}'s default) carries each printed line as a note,
 * so a text-only section still appears in every format. Register a section with one line in
 * {@code KpiReport.SECTIONS}; its id ({@code --sections}) is its class name without {@code Section},
 * in lower case.
 *
 * @since 0.1.0
 */
package io.csmetrics.report;
