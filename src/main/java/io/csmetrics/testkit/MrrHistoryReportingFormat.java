package io.csmetrics.testkit;

import io.csmetrics.MrrHistory;
import io.csmetrics.cohort.Cohort;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.SampleReportingFormat;

/**
 * Shows an {@link MrrHistory} in jqwik's failure reports with its monthly values, so a shrunk
 * counterexample reads {@code ACC-1 USD from 2024-01: [10.00, 0.00]} rather than only its length;
 * a {@link Cohort} shows its key, as-of month and members that way.
 *
 * <p>Registered in {@code META-INF/services/net.jqwik.api.SampleReportingFormat} (class path) and
 * by {@link CsMetricsDomain}; users do not instantiate it.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MrrHistoryReportingFormat implements SampleReportingFormat {

    /**
     * Creates the format; called by jqwik's service loading.
     */
    public MrrHistoryReportingFormat() {
        // Stateless.
    }

    /**
     * Tells whether the value is an MRR history or a cohort.
     *
     * @param value a sample value, possibly null
     * @return true for an {@link MrrHistory} or a {@link Cohort}
     */
    @Override
    public boolean appliesTo(Object value) {
        return value instanceof MrrHistory || value instanceof Cohort;
    }

    /**
     * Returns the report of a value.
     *
     * @param value an {@link MrrHistory} or a {@link Cohort}
     * @return for a history, a plain label with the account, currency, first month and each month's
     *     MRR; for a cohort, its key and as-of month and the list of its members
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is neither a history nor a cohort
     */
    @Override
    public Object report(Object value) {
        if (value instanceof Cohort<?> c) {
            List<Object> members = new ArrayList<>();
            c.members().forEach(h -> members.add(report(h)));
            return List.of(SampleReportingFormat.plainLabel("Cohort " + c.key() + " as of " + c.asOf()), members);
        }
        java.util.Objects.requireNonNull(value, "value must not be null");
        if (!(value instanceof MrrHistory h)) {
            throw new IllegalArgumentException("value must be an MrrHistory or a Cohort: " + value.getClass().getName());
        }
        int digits = h.currency().getDefaultFractionDigits();
        StringBuilder sb = new StringBuilder().append(h.accountId()).append(' ').append(h.currency().getCurrencyCode())
                .append(" from ").append(h.firstMonth()).append(": [");
        for (int i = 0; i < h.length(); i++) {
            sb.append(i == 0 ? "" : ", ").append(BigDecimal.valueOf(h.minorUnitsAt(i), digits).toPlainString());
        }
        return SampleReportingFormat.plainLabel(sb.append(']').toString());
    }
}
