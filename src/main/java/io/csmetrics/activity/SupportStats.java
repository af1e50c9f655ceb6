package io.csmetrics.activity;

import io.csmetrics.Accumulator;
import io.csmetrics.Ratio;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * Support cases as of one instant: first-response and resolution time distributions, the share of
 * cases solved within an SLA (24 hours by default), the backlog, and per account whether every case
 * was solved within the SLA.
 *
 * <p><b>SLA attainment.</b> A case is <em>decided</em> once it is resolved, or once it has been open
 * longer than the SLA at {@code asOf}. It is <em>within</em> the SLA if resolved at most the SLA after
 * it was opened ({@code resolved − opened <= sla}); otherwise it <em>breached</em>. An open case still
 * younger than the SLA is not yet decided and is left out, so
 * {@code withinSla = within / (within + breached)}, a {@link Ratio} within [0, 1], 0/0 (undefined)
 * when no case is decided. The backlog is the cases still open at {@code asOf}.
 *
 * <p>Example (24 h): case 1 resolved after 23 h (within), case 2 after 30 h (breached), case 3 open
 * for 40 h (breached), case 4 open for 2 h (undecided): within SLA 1/3, backlog 2.
 *
 * <p>Cases, responses or resolutions after {@code asOf} are rejected: the accumulator describes the
 * state at {@code asOf}, and a timestamp after it is either a mistake or belongs to a later report.
 *
 * @implSpec This class is mutable and not thread-safe; see {@link Accumulator}.
 * @since 0.1.0
 */
public final class SupportStats implements Accumulator<SupportCase, SupportStats> {

    private static final long serialVersionUID = 1L;

    /** The default SLA: 24 hours, the documents' "solved within 24 hours". */
    public static final Duration DEFAULT_SLA = Duration.ofHours(24);

    private final Instant asOf;
    private final Duration sla;
    private long[] firstResponse = new long[8];
    private int firstResponseCount;
    private long[] resolution = new long[8];
    private int resolutionCount;
    private long cases;
    private final EnumMap<CasePriority, Long> backlog = new EnumMap<>(CasePriority.class);
    // Per account: {cases, within, breached}.
    private final TreeMap<String, long[]> accounts = new TreeMap<>();

    private SupportStats(Instant asOf, Duration sla) {
        this.asOf = asOf;
        this.sla = sla;
    }

    /**
     * Returns an empty accumulator with the 24-hour SLA.
     *
     * @param asOf the instant the state is taken at, not null
     * @return the accumulator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static SupportStats create(Instant asOf) {
        return create(asOf, DEFAULT_SLA);
    }

    /**
     * Returns an empty accumulator.
     *
     * @param asOf the instant the state is taken at, not null
     * @param sla the resolution SLA, positive, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the SLA is not positive
     */
    public static SupportStats create(Instant asOf, Duration sla) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(sla, "sla must not be null");
        if (sla.isNegative() || sla.isZero()) {
            throw new IllegalArgumentException("sla must be positive: " + sla);
        }
        return new SupportStats(asOf, sla);
    }

    /**
     * Returns a collector into an accumulator.
     *
     * @param asOf the instant the state is taken at, not null
     * @param sla the resolution SLA, positive, not null
     * @return the collector
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the SLA is not positive
     */
    public static Collector<SupportCase, SupportStats, SupportStats> collector(Instant asOf, Duration sla) {
        create(asOf, sla);
        return Accumulator.collector(() -> create(asOf, sla), s -> s);
    }

    /**
     * Adds a case.
     *
     * @param supportCase the case, not null
     * @throws NullPointerException if {@code supportCase} is null
     * @throws IllegalArgumentException if it was opened, answered or resolved after {@code asOf};
     *     nothing is then changed
     */
    @Override
    public void accept(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase must not be null");
        checkNotAfter(supportCase.opened(), "opened", supportCase);
        supportCase.firstResponse().ifPresent(t -> checkNotAfter(t, "firstResponse", supportCase));
        supportCase.resolved().ifPresent(t -> checkNotAfter(t, "resolved", supportCase));
        cases++;
        supportCase.timeToFirstResponse().ifPresent(d -> addFirstResponse(d.getSeconds()));
        supportCase.timeToResolution().ifPresent(d -> addResolution(d.getSeconds()));
        if (supportCase.resolved().isEmpty()) {
            backlog.merge(supportCase.priority(), 1L, Long::sum);
        }
        long[] acc = accounts.computeIfAbsent(supportCase.accountId(), k -> new long[3]);
        acc[0]++;
        Optional<Duration> resolvedIn = supportCase.timeToResolution();
        if (resolvedIn.isPresent()) {
            acc[resolvedIn.get().compareTo(sla) <= 0 ? 1 : 2]++;
        } else if (Duration.between(supportCase.opened(), asOf).compareTo(sla) > 0) {
            acc[2]++;
        }
    }

    private void checkNotAfter(Instant t, String name, SupportCase c) {
        if (t.isAfter(asOf)) {
            throw new IllegalArgumentException("case " + c.caseId() + ": " + name + " (" + t + ") is after asOf ("
                    + asOf + ")");
        }
    }

    private void addFirstResponse(long s) {
        if (firstResponseCount == firstResponse.length) {
            firstResponse = Arrays.copyOf(firstResponse, Math.max(8, firstResponseCount * 2));
        }
        firstResponse[firstResponseCount++] = s;
    }

    private void addResolution(long s) {
        if (resolutionCount == resolution.length) {
            resolution = Arrays.copyOf(resolution, Math.max(8, resolutionCount * 2));
        }
        resolution[resolutionCount++] = s;
    }

    /**
     * Merges another accumulator with the same {@code asOf} and SLA.
     *
     * @param other the other accumulator, not null, not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code asOf} or the SLA differ; nothing is then changed
     */
    @Override
    public SupportStats combine(SupportStats other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!asOf.equals(other.asOf) || !sla.equals(other.sla)) {
            throw new IllegalArgumentException("cannot combine asOf " + asOf + " / sla " + sla + " with asOf "
                    + other.asOf + " / sla " + other.sla);
        }
        // counts read once: other may be this, whose arrays grow while we copy
        int firstResponses = other.firstResponseCount;
        int resolutions = other.resolutionCount;
        for (int i = 0; i < firstResponses; i++) {
            addFirstResponse(other.firstResponse[i]);
        }
        for (int i = 0; i < resolutions; i++) {
            addResolution(other.resolution[i]);
        }
        cases += other.cases;
        other.backlog.forEach((p, n) -> backlog.merge(p, n, Long::sum));
        other.accounts.forEach((a, v) -> {
            long[] acc = accounts.computeIfAbsent(a, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                acc[i] += v[i];
            }
        });
        return this;
    }

    /**
     * Returns the instant the state is taken at.
     *
     * @return {@code asOf}
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Returns the resolution SLA.
     *
     * @return the SLA
     */
    public Duration sla() {
        return sla;
    }

    /**
     * Returns the number of cases.
     *
     * @return the cases accepted
     */
    public long cases() {
        return cases;
    }

    /**
     * Returns the distribution of times to first response, over the answered cases.
     *
     * @return the summary
     */
    public DurationSummary firstResponseTimes() {
        return DurationSummary.of(firstResponse, firstResponseCount);
    }

    /**
     * Returns the distribution of times to resolution, over the resolved cases.
     *
     * @return the summary
     */
    public DurationSummary resolutionTimes() {
        return DurationSummary.of(resolution, resolutionCount);
    }

    /**
     * Returns the share of decided cases solved within the SLA.
     *
     * @return within / decided, in [0, 1]; 0/0 (undefined) when no case is decided
     */
    public Ratio withinSla() {
        long within = 0;
        long breached = 0;
        for (long[] v : accounts.values()) {
            within += v[1];
            breached += v[2];
        }
        return Ratio.of(within, within + breached);
    }

    /**
     * Returns the open cases at {@code asOf}.
     *
     * @return the backlog
     */
    public long backlog() {
        return backlog.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the open cases per priority.
     *
     * @return an unmodifiable map in priority order; priorities without open cases are absent
     */
    public Map<CasePriority, Long> backlogByPriority() {
        return Collections.unmodifiableMap(new EnumMap<>(backlog));
    }

    /**
     * Returns one account's SLA attainment.
     *
     * @param accountId the account, not null
     * @return within / decided for its cases; 0/0 (undefined) if none of its cases is decided or it
     *     has no case
     * @throws NullPointerException if {@code accountId} is null
     */
    public Ratio withinSla(String accountId) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        long[] v = accounts.getOrDefault(accountId, new long[3]);
        return Ratio.of(v[1], v[1] + v[2]);
    }

    /**
     * Returns the accounts with at least one case.
     *
     * @return an unmodifiable sorted set
     */
    public SortedSet<String> accountsWithCases() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(accounts.keySet()));
    }

    /**
     * Returns the accounts whose decided cases were all solved within the SLA (and that have at
     * least one decided case): the documents' "accounts whose cases were all solved within 24 h".
     *
     * @return an unmodifiable sorted set
     */
    public SortedSet<String> accountsAllWithinSla() {
        TreeSet<String> out = new TreeSet<>();
        accounts.forEach((a, v) -> {
            if (v[1] > 0 && v[2] == 0) {
                out.add(a);
            }
        });
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * Returns the accounts with at least one case that breached the SLA.
     *
     * @return an unmodifiable sorted set
     */
    public SortedSet<String> accountsWithBreach() {
        TreeSet<String> out = new TreeSet<>();
        accounts.forEach((a, v) -> {
            if (v[2] > 0) {
                out.add(a);
            }
        });
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * Returns the cases per account.
     *
     * @return an unmodifiable map sorted by account
     */
    public SortedMap<String, Long> casesByAccount() {
        TreeMap<String, Long> out = new TreeMap<>();
        accounts.forEach((a, v) -> out.put(a, v[0]));
        return Collections.unmodifiableSortedMap(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        // A shipped partial state is checked as the factory and accept would have checked it.
        if (asOf == null || sla == null || sla.isNegative() || sla.isZero() || firstResponse == null
                || resolution == null || backlog == null || accounts == null) {
            throw new InvalidObjectException("SupportStats: missing state or invalid sla " + sla);
        }
        if (firstResponseCount < 0 || firstResponseCount > firstResponse.length || resolutionCount < 0
                || resolutionCount > resolution.length || cases < 0) {
            throw new InvalidObjectException("SupportStats: counts out of range: " + firstResponseCount + ", "
                    + resolutionCount + ", " + cases);
        }
        for (int i = 0; i < firstResponseCount; i++) {
            if (firstResponse[i] < 0) {
                throw new InvalidObjectException("SupportStats: negative first-response time " + firstResponse[i]);
            }
        }
        for (int i = 0; i < resolutionCount; i++) {
            if (resolution[i] < 0) {
                throw new InvalidObjectException("SupportStats: negative resolution time " + resolution[i]);
            }
        }
        for (long[] v : accounts.values()) {
            if (v == null || v.length != 3 || v[0] < 0 || v[1] < 0 || v[2] < 0 || v[1] + v[2] > v[0]) {
                throw new InvalidObjectException("SupportStats: inconsistent account counts");
            }
        }
    }

    @Override
    public String toString() {
        return "SupportStats{asOf=" + asOf + ", sla=" + sla + ", cases=" + cases + ", withinSla=" + withinSla()
                + ", backlog=" + backlog() + "}";
    }
}
