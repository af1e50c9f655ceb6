package example.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import io.csmetrics.satisfaction.NpsAccumulator;
import io.csmetrics.satisfaction.NpsResponse;
import io.csmetrics.satisfaction.NpsResult;
import io.csmetrics.testkit.CsArbitraries;
import io.csmetrics.testkit.CsMetricsDomain;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * A user's point of view: a team's own hand-written metric functions, property-tested against
 * csmetrics with nothing but the public testkit and library API (this package is outside
 * {@code io.csmetrics}, so package-private helpers are out of reach). The README's
 * "Property-testing your own metric code" section shows the same.
 */
class UserMetricsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth START = YearMonth.of(2024, 1);
    private static final YearMonth END = START.plusMonths(12);

    // ---- the user's own code, as a team would write it: doubles, a loop, NaN for "no data" ----

    /** Net revenue retention: what last year's paying accounts pay now, over what they paid then. */
    static double myNrr(List<MrrHistory> book, YearMonth start, YearMonth end) {
        double paidThen = 0;
        double payNow = 0;
        for (MrrHistory account : book) {
            double then = account.mrrAt(start).amount().doubleValue();
            if (then > 0) {
                paidThen += then;
                payNow += account.mrrAt(end).amount().doubleValue();
            }
        }
        return payNow / paidThen;
    }

    /** Logo churn: the share of last year's paying accounts that pay nothing now. */
    static double myLogoChurn(List<MrrHistory> book, YearMonth start, YearMonth end) {
        int payingThen = 0;
        int gone = 0;
        for (MrrHistory account : book) {
            if (account.mrrAt(start).isPositive()) {
                payingThen++;
                if (account.mrrAt(end).isZero()) {
                    gone++;
                }
            }
        }
        return (double) gone / payingThen;
    }

    /** NPS in points: % promoters minus % detractors. */
    static double myNps(List<NpsResponse> answers) {
        long promoters = answers.stream().filter(a -> a.score() >= 9).count();
        long detractors = answers.stream().filter(a -> a.score() <= 6).count();
        return 100.0 * (promoters - detractors) / answers.size();
    }

    // ---- the properties: a few lines each ----

    @Provide
    Arbitrary<List<MrrHistory>> books() {
        return CsArbitraries.accountHistories().accounts(1, 30).months(13, 13);
    }

    @Property
    void myNrrAgreesWithTheLibrary(@ForAll("books") List<MrrHistory> book) {
        RevenueRetention library = book.stream().collect(RevenueRetentionAccumulator.collector(USD, START, END));
        if (library.nrr().isDefined()) {
            assertThat(myNrr(book, START, END)).isCloseTo(library.nrr().toDouble(), within(1e-12));
        } else {
            assertThat(myNrr(book, START, END)).isNaN();
        }
    }

    @Property
    @Domain(CsMetricsDomain.class)
    void myLogoChurnAgreesWithTheLibrary(@ForAll List<MrrHistory> book) {
        YearMonth end = book.get(0).lastMonth();
        if (!end.isAfter(START)) {
            return;
        }
        RevenueRetention library = book.stream().collect(RevenueRetentionAccumulator.collector(USD, START, end));
        if (library.startAccounts() == 0) {
            // Found by the testkit: a book with only new business has no churn rate; mine says NaN.
            assertThat(myLogoChurn(book, START, end)).isNaN();
        } else {
            double expected = (double) library.churn().count() / library.startAccounts();
            assertThat(myLogoChurn(book, START, end)).isEqualTo(expected);
        }
    }

    @Property
    void myNpsAgreesWithTheLibrary(@ForAll List<NpsResponse> answers) {
        NpsResult library = answers.stream().collect(NpsAccumulator.collector());
        if (library.isDefined()) {
            assertThat(myNps(answers)).isCloseTo(library.scoreAsDouble(), within(1e-9));
        } else {
            assertThat(answers).isEmpty();
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance);
    }
}
