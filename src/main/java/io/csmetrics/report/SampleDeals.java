package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.roi.Deal;
import io.csmetrics.roi.Involvement;
import io.csmetrics.roi.RevenueStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * CS-tagged deals of the sample company, derived deterministically from its accounts and MRR
 * histories: an upsell deal for every month an active account's MRR grew (ARR = 12 × the increase),
 * a renewal deal for every 12-month anniversary of an annual account that was active before and
 * after it (ARR = 12 × MRR; opening accounts are taken to renew each January), and a CS-sourced new
 * deal for about 6 % of the accounts acquired in the window (referrals; ARR = 12 × first MRR). Each
 * account has one of 12 CSMs in three teams by segment; involvement kinds are drawn per deal. The
 * CS cost is 12 CSMs at USD 9,000 a month plus USD 12,000 of tools.
 */
final class SampleDeals {

    static final int CSMS_PER_TEAM = 4;
    static final Money CSM_MONTHLY_COST = Money.of("9000.00", "USD");
    static final Money TOOLS_MONTHLY_COST = Money.of("12000.00", "USD");

    private SampleDeals() {
    }

    /** The CS cost per month: every CSM plus the tools. */
    static Money monthlyCsCost() {
        return CSM_MONTHLY_COST.multipliedBy(3L * CSMS_PER_TEAM).plus(TOOLS_MONTHLY_COST);
    }

    static String team(SampleCompany.Account a) {
        switch (a.segment()) {
            case "mid-market":
                return "Mid-market";
            case "smb":
                return "SMB";
            default:
                return "Scale";
        }
    }

    static String csm(SampleCompany.Account a, SplittableRandom random) {
        return team(a) + "-" + (1 + random.nextInt(CSMS_PER_TEAM));
    }

    static List<Deal> generate(SampleCompany company) {
        SplittableRandom random = new SplittableRandom(company.seed() ^ 0x5EED_D1A1L);
        List<SampleCompany.Account> accounts = company.accounts();
        List<MrrHistory> histories = company.histories();
        List<Deal> deals = new ArrayList<>();
        int n = 0;
        for (int k = 0; k < accounts.size(); k++) {
            SampleCompany.Account a = accounts.get(k);
            MrrHistory h = histories.get(k);
            String csm = csm(a, random);
            String team = team(a);
            if (!a.signupMonth().equals(SampleCompany.FIRST_MONTH) && random.nextDouble() < 0.06
                    && h.minorUnitsAt(0) > 0) {
                deals.add(deal(++n, RevenueStream.CS_SOURCED_NEW, h, 0, h.minorUnitsAt(0) * 12, a, csm, team,
                        Involvement.SOURCED, random));
            }
            for (int i = 1; i < h.length(); i++) {
                long before = h.minorUnitsAt(i - 1);
                long now = h.minorUnitsAt(i);
                if (before > 0 && now > before) {
                    double r = random.nextDouble();
                    Involvement inv = r < 0.5 ? Involvement.LED : r < 0.8 ? Involvement.ASSISTED : Involvement.INFLUENCED;
                    deals.add(deal(++n, RevenueStream.UPSELL, h, i, (now - before) * 12, a, csm, team, inv, random));
                }
                if (a.annual() && i % 12 == 0 && before > 0 && now > 0) {
                    Involvement inv = random.nextDouble() < 0.7 ? Involvement.LED : Involvement.ASSISTED;
                    deals.add(deal(++n, RevenueStream.RENEWAL, h, i, now * 12, a, csm, team, inv, random));
                }
            }
        }
        return Collections.unmodifiableList(deals);
    }

    private static Deal deal(int n, RevenueStream stream, MrrHistory h, int index, long arrMinor,
            SampleCompany.Account a, String csm, String team, Involvement inv, SplittableRandom random) {
        YearMonth month = h.firstMonth().plusMonths(index);
        LocalDate date = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        return Deal.of(String.format("DEAL-%06d", n), stream, Money.ofMinor(arrMinor, h.currency()), date, a.id(), csm,
                team, inv);
    }
}
