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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.assertj.core.data.Offset;

/** The user example of the README, run from its own named module on the module path. */
class ModulePathUserProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth START = YearMonth.of(2024, 1);

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

    static double myNps(List<NpsResponse> answers) {
        long promoters = answers.stream().filter(a -> a.score() >= 9).count();
        long detractors = answers.stream().filter(a -> a.score() <= 6).count();
        return 100.0 * (promoters - detractors) / answers.size();
    }

    @Provide
    Arbitrary<List<MrrHistory>> books() {
        return CsArbitraries.accountHistories().accounts(1, 30).months(13, 13);
    }

    @Property
    void runsInNamedModules(@ForAll("books") List<MrrHistory> book) {
        assertThat(getClass().getModule().getName()).isEqualTo("example.user");
        assertThat(CsArbitraries.class.getModule().getName()).isEqualTo("io.csmetrics");
        assertThat(Arbitrary.class.getModule().getName()).isEqualTo("net.jqwik.api");
        assertThat(book).isNotEmpty();
    }

    @Property
    void myNrrAgreesWithTheLibrary(@ForAll("books") List<MrrHistory> book) {
        YearMonth end = START.plusMonths(12);
        RevenueRetention library = book.stream().collect(RevenueRetentionAccumulator.collector(USD, START, end));
        if (library.nrr().isDefined()) {
            assertThat(myNrr(book, START, end)).isCloseTo(library.nrr().toDouble(), Offset.offset(1e-12));
        } else {
            assertThat(myNrr(book, START, end)).isNaN();
        }
    }

    @Property
    @Domain(CsMetricsDomain.class)
    void myNpsAgreesWithTheLibrary(@ForAll List<NpsResponse> answers) {
        NpsResult library = answers.stream().collect(NpsAccumulator.collector());
        Assume.that(library.isDefined());
        assertThat(myNps(answers)).isCloseTo(library.scoreAsDouble(), Offset.offset(1e-9));
    }
}
