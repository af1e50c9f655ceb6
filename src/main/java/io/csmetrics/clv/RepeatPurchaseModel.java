package io.csmetrics.clv;

import java.io.Serializable;
import java.util.Objects;

/**
 * A fitted model of repeat purchasing in a non-contractual setting: customers buy at a rate while
 * "alive" and drop out unobserved. Implemented by {@link BgNbd} and {@link ParetoNbd}; times are in
 * the period unit the model was fitted in.
 *
 * <p>Every method validates its arguments: {@code x ≥ 0}; {@code 0 ≤ t_x ≤ T}, with {@code t_x = 0}
 * when {@code x = 0}; {@code t ≥ 0}; all finite.
 *
 * @implSpec Implementations are immutable and thread-safe.
 * @since 0.2.0
 */
public sealed interface RepeatPurchaseModel extends Serializable permits BgNbd, ParetoNbd {

    /**
     * Returns the log-likelihood of one customer's {@code (x, t_x, T)}.
     *
     * @param x repeat purchases
     * @param tx recency {@code t_x}
     * @param age {@code T}
     * @return {@code ln L(θ | x, t_x, T)}
     * @throws IllegalArgumentException if the arguments are outside their ranges
     */
    double logLikelihood(int x, double tx, double age);

    /**
     * Returns {@code E[X(t)]}, the expected repeat purchases of a new customer in {@code (0, t]}.
     *
     * @param t the length of the interval, {@code ≥ 0}
     * @return the expectation, {@code 0} at {@code t = 0}, increasing in {@code t}
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     */
    double expectedPurchases(double t);

    /**
     * The largest {@code n} that {@link #probabilityOfPurchases(int, double)} accepts: its cost grows
     * with {@code n}, and for any realistic customer base the probability of more purchases than this is 0
     * to double precision.
     */
    int MAX_PURCHASES = 10_000;

    /**
     * Returns {@code P(X(t) = n)}, the probability that a new customer makes exactly {@code n}
     * repeat purchases in {@code (0, t]}.
     *
     * @param n the number of purchases, in {@code [0, }{@value #MAX_PURCHASES}{@code ]}
     * @param t the length of the interval, {@code ≥ 0}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if an argument is outside its range; {@code n} is bounded because
     *     the probability sums {@code n} terms
     */
    double probabilityOfPurchases(int n, double t);

    /**
     * Returns {@code P(alive | x, t_x, T)}, the probability that the customer is still active at
     * the end of calibration.
     *
     * @param x repeat purchases
     * @param tx recency
     * @param age {@code T}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if the arguments are outside their ranges
     */
    double probabilityAlive(int x, double tx, double age);

    /**
     * Returns {@code E[Y(t) | x, t_x, T]}, the expected purchases in the next {@code t} periods of a
     * customer with the given history.
     *
     * @param t the horizon, {@code ≥ 0}
     * @param x repeat purchases
     * @param tx recency
     * @param age {@code T}
     * @return the expectation
     * @throws IllegalArgumentException if the arguments are outside their ranges
     */
    double conditionalExpectedPurchases(double t, int x, double tx, double age);

    /**
     * Returns {@code P(alive)} for a summarised customer.
     *
     * @param customer the customer
     * @return the probability
     * @throws NullPointerException if {@code customer} is null
     */
    default double probabilityAlive(CustomerRfm customer) {
        Objects.requireNonNull(customer, "customer must not be null");
        return probabilityAlive(customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * Returns {@code E[Y(t) | customer]}.
     *
     * @param t the horizon, {@code ≥ 0}
     * @param customer the customer
     * @return the expectation
     * @throws NullPointerException if {@code customer} is null
     * @throws IllegalArgumentException if {@code t} is negative
     */
    default double conditionalExpectedPurchases(double t, CustomerRfm customer) {
        Objects.requireNonNull(customer, "customer must not be null");
        return conditionalExpectedPurchases(t, customer.frequency(), customer.recency(), customer.age());
    }
}
