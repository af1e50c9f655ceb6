package io.csmetrics.revenue;

import io.csmetrics.Mrr;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A change to one subscription of an account, effective from the start of a month: it starts
 * at an MRR, its MRR changes, or it ends. {@link SubscriptionEvents} turns a set of them into
 * monthly MRR histories.
 *
 * <ul>
 * <li>{@link Type#START} in month {@code M}: the subscription pays {@code mrr} from {@code M} on.</li>
 * <li>{@link Type#PRICE_CHANGE} in month {@code M}: it pays {@code mrr} from {@code M} on
 *     (an upgrade, a downgrade, a seat change).</li>
 * <li>{@link Type#END} in month {@code M}: {@code M} is the first month it no longer pays; its
 *     last paid month is {@code M − 1}. It may {@link Type#START} again later (a reactivation).</li>
 * </ul>
 *
 * <p>Example: {@code start("acme", "s1", 2024-01, USD 100)}, {@code priceChange("acme", "s1",
 * 2024-04, USD 150)}, {@code end("acme", "s1", 2024-07)} is USD 100 in January–March, USD 150 in
 * April–June and nothing from July.
 *
 * @param accountId the account, not blank
 * @param subscriptionId the subscription within the account, not blank
 * @param type what happens, not null
 * @param month the month it takes effect, not null
 * @param mrr the MRR from that month for {@code START} and {@code PRICE_CHANGE} (not negative),
 *     null for {@code END}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SubscriptionEvent(String accountId, String subscriptionId, Type type, YearMonth month, Mrr mrr)
        implements Serializable {

    /**
     * What a subscription event does.
     *
     * @since 0.1.0
     */
    public enum Type {
        /** The subscription starts paying. */
        START,
        /** The subscription's MRR changes. */
        PRICE_CHANGE,
        /** The subscription stops paying. */
        END
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if {@code accountId}, {@code subscriptionId}, {@code type} or
     *     {@code month} is null, or {@code mrr} is null for a start or price change
     * @throws IllegalArgumentException if an identifier is blank, {@code mrr} is negative, or an
     *     end carries an MRR
     */
    public SubscriptionEvent {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(subscriptionId, "subscriptionId must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(month, "month must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        if (subscriptionId.isBlank()) {
            throw new IllegalArgumentException("subscriptionId must not be blank: '" + subscriptionId + "'");
        }
        if (type == Type.END) {
            if (mrr != null) {
                throw new IllegalArgumentException("mrr must be null for an END event: " + mrr);
            }
        } else {
            Objects.requireNonNull(mrr, "mrr must not be null for a " + type + " event");
            if (mrr.signum() < 0) {
                throw new IllegalArgumentException("mrr must not be negative: " + mrr + " (account " + accountId
                        + ", subscription " + subscriptionId + ", " + month + ")");
            }
        }
    }

    /**
     * Returns a start event.
     *
     * @param accountId the account, not blank
     * @param subscriptionId the subscription, not blank
     * @param month the first paid month, not null
     * @param mrr the MRR from that month, not negative, not null
     * @return the event
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static SubscriptionEvent start(String accountId, String subscriptionId, YearMonth month, Mrr mrr) {
        return new SubscriptionEvent(accountId, subscriptionId, Type.START, month, mrr);
    }

    /**
     * Returns a price-change event.
     *
     * @param accountId the account, not blank
     * @param subscriptionId the subscription, not blank
     * @param month the first month at the new MRR, not null
     * @param mrr the new MRR, not negative, not null
     * @return the event
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static SubscriptionEvent priceChange(String accountId, String subscriptionId, YearMonth month, Mrr mrr) {
        return new SubscriptionEvent(accountId, subscriptionId, Type.PRICE_CHANGE, month, mrr);
    }

    /**
     * Returns an end event.
     *
     * @param accountId the account, not blank
     * @param subscriptionId the subscription, not blank
     * @param month the first month no longer paid, not null
     * @return the event
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static SubscriptionEvent end(String accountId, String subscriptionId, YearMonth month) {
        return new SubscriptionEvent(accountId, subscriptionId, Type.END, month, null);
    }
}
