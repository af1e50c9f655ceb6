package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.satisfaction.AdvocacyEvent;
import io.csmetrics.satisfaction.AdvocacyKind;
import io.csmetrics.satisfaction.NpsResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample company's satisfaction data, generated from its accounts and seed: NPS answers from a
 * quarterly survey of a share of the active accounts (mid-market and enterprise customers are
 * happier, and the mix improves slowly over the 24 months), CSAT answers after support tickets, and
 * advocacy events (reviews, social mentions, referrals, case studies) that grow with the customer
 * base.
 */
final class SatisfactionSample {

    /** Where a CSAT answer comes from: its account and month, and the 1–5 score. */
    record CsatAnswer(String accountId, YearMonth month, int score) {
    }

    private final List<NpsResponse> nps;
    private final List<CsatAnswer> csat;
    private final List<AdvocacyEvent> advocacy;

    private SatisfactionSample(List<NpsResponse> nps, List<CsatAnswer> csat, List<AdvocacyEvent> advocacy) {
        this.nps = Collections.unmodifiableList(nps);
        this.csat = Collections.unmodifiableList(csat);
        this.advocacy = Collections.unmodifiableList(advocacy);
    }

    static SatisfactionSample generate(SampleCompany company) {
        // A stream of its own, so adding this stage leaves the company itself unchanged.
        SplittableRandom random = new SplittableRandom(company.seed() * 31 + 0x5A7);
        List<NpsResponse> nps = new ArrayList<>();
        List<CsatAnswer> csat = new ArrayList<>();
        List<AdvocacyEvent> advocacy = new ArrayList<>();
        List<SampleCompany.Account> accounts = company.accounts();
        List<MrrHistory> histories = company.histories();
        int respondent = 1;
        for (int i = 0; i < accounts.size(); i++) {
            SampleCompany.Account a = accounts.get(i);
            MrrHistory h = histories.get(i);
            for (int m = 0; m < SampleCompany.MONTHS; m++) {
                YearMonth month = SampleCompany.FIRST_MONTH.plusMonths(m);
                if (!h.mrrAt(month).isPositive()) {
                    continue;
                }
                // The survey runs in the middle month of each quarter, to a quarter of the active accounts.
                if (m % 3 == 1 && random.nextDouble() < 0.25) {
                    int answers = 1 + random.nextInt(a.initialSeats() >= 8 ? 3 : 1);
                    for (int k = 0; k < answers; k++) {
                        nps.add(NpsResponse.of(String.format("R-%06d", respondent++), npsScore(random, a, m),
                                a.id(), month.atDay(1 + random.nextInt(month.lengthOfMonth()))));
                    }
                }
                if (random.nextDouble() < 0.15) {
                    csat.add(new CsatAnswer(a.id(), month, csatScore(random, a)));
                }
                double growth = 1 + m / 24.0;
                addEvent(advocacy, random, 0.0060 * growth, AdvocacyKind.REVIEW, a, month);
                addEvent(advocacy, random, 0.0080 * growth, AdvocacyKind.SOCIAL_MENTION, a, month);
                addEvent(advocacy, random, 0.0030 * growth, AdvocacyKind.REFERRAL, a, month);
                addEvent(advocacy, random, a.segment().equals("mid-market") ? 0.0040 : 0.0005,
                        AdvocacyKind.CASE_STUDY, a, month);
            }
        }
        return new SatisfactionSample(nps, csat, advocacy);
    }

    private static void addEvent(List<AdvocacyEvent> events, SplittableRandom random, double p, AdvocacyKind kind,
            SampleCompany.Account a, YearMonth month) {
        if (random.nextDouble() < p) {
            events.add(AdvocacyEvent.of(kind, a.id(), month.atDay(1 + random.nextInt(month.lengthOfMonth()))));
        }
    }

    private static int npsScore(SplittableRandom random, SampleCompany.Account a, int monthIndex) {
        double promoter;
        double detractor;
        switch (a.segment()) {
            case "mid-market":
                promoter = 0.50;
                detractor = 0.14;
                break;
            case "smb":
                promoter = 0.42;
                detractor = 0.20;
                break;
            default:
                promoter = 0.33;
                detractor = 0.27;
                break;
        }
        if (a.initialPlan() == SampleCompany.Plan.ENTERPRISE) {
            promoter += 0.06;
        }
        promoter += 0.004 * monthIndex;
        detractor -= 0.002 * monthIndex;
        double u = random.nextDouble();
        if (u < promoter) {
            return 9 + random.nextInt(2);
        }
        if (u < promoter + detractor) {
            // Most detractors answer 5 or 6; a few answer very low.
            return random.nextDouble() < 0.7 ? 5 + random.nextInt(2) : random.nextInt(5);
        }
        return 7 + random.nextInt(2);
    }

    private static int csatScore(SplittableRandom random, SampleCompany.Account a) {
        double u = random.nextDouble() - (a.segment().equals("mid-market") ? 0.05 : 0);
        return u < 0.05 ? 1 : u < 0.12 ? 2 : u < 0.24 ? 3 : u < 0.60 ? 4 : 5;
    }

    List<NpsResponse> nps() {
        return nps;
    }

    List<CsatAnswer> csat() {
        return csat;
    }

    List<AdvocacyEvent> advocacy() {
        return advocacy;
    }

    static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() + 2) / 3);
    }
}
