package io.csmetrics.report;

/**
 * The columns of the CSV the report reads with {@code --csv}, for messages that tell a user what to
 * supply. Reading itself is {@link io.csmetrics.io.MrrCsvReader}'s job (columns by name in any
 * order, quoting, BOM, extra columns kept, every bound checked).
 */
final class MrrCsv {

    static final String HEADER = "account,month,mrr,currency";

    private MrrCsv() {
    }
}
