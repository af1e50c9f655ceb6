package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.FxRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A multi-currency version of the sample company, for the FX section: every fourth account bills
 * in USD, EUR, GBP or JPY (its USD MRR converted at a base rate and invoiced in whole minor units
 * of its own currency), with monthly rates that drift deterministically around the base rates.
 */
final class SampleFx {

    /** The sample book in several currencies and the rates into USD. */
    record Book(List<MrrHistory> histories, FxRates rates) {
    }

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency[] CURRENCIES = {USD, Currency.getInstance("EUR"), Currency.getInstance("GBP"),
        Currency.getInstance("JPY")};
    private static final BigDecimal[] BASE = {BigDecimal.ONE, new BigDecimal("1.08"), new BigDecimal("1.27"),
        new BigDecimal("0.0067")};

    private SampleFx() {
    }

    /** Rate of currency {@code c} in the {@code m}-th month: base × (1000 + d) / 1000 with d in −20..20. */
    static BigDecimal rate(int c, int m) {
        if (c == 0) {
            return BigDecimal.ONE;
        }
        long drift = ((m * 37L + c * 11L) % 41) - 20;
        return BASE[c].multiply(BigDecimal.valueOf(1000 + drift)).movePointLeft(3);
    }

    static Book generate(List<MrrHistory> usdHistories, YearMonth firstMonth, int months) {
        FxRates rates = FxRates.of(USD);
        for (int c = 1; c < CURRENCIES.length; c++) {
            for (int m = -120; m < months; m++) {
                rates = rates.withRate(CURRENCIES[c], firstMonth.plusMonths(m), rate(c, Math.floorMod(m, 41)));
            }
        }
        List<MrrHistory> out = new ArrayList<>(usdHistories.size());
        for (int i = 0; i < usdHistories.size(); i++) {
            MrrHistory h = usdHistories.get(i);
            int c = i % CURRENCIES.length;
            long[] units = h.toMinorUnitsArray();
            if (c != 0) {
                int digits = CURRENCIES[c].getDefaultFractionDigits();
                for (int k = 0; k < units.length; k++) {
                    units[k] = BigDecimal.valueOf(units[k], 2).divide(BASE[c], digits, RoundingMode.HALF_EVEN)
                            .unscaledValue().longValueExact();
                }
            }
            out.add(MrrHistory.of(h.accountId(), CURRENCIES[c], h.firstMonth(), units));
        }
        return new Book(List.copyOf(out), rates);
    }
}
