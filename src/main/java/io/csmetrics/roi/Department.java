package io.csmetrics.roi;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A department of a SaaS company, one row of a {@link ResponsibilityMatrix}. Six are built in;
 * any other is {@code new Department("finance")} or {@link #of(String)}.
 *
 * @param name the department's name, not blank
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Department(String name) implements Serializable {

    /** Sales. */
    public static final Department SALES = new Department("sales");
    /** Marketing. */
    public static final Department MARKETING = new Department("marketing");
    /** Customer success. */
    public static final Department CUSTOMER_SUCCESS = new Department("customer success");
    /** Support. */
    public static final Department SUPPORT = new Department("support");
    /** Professional services and onboarding. */
    public static final Department ONBOARDING = new Department("services/onboarding");
    /** Product (management and engineering). */
    public static final Department PRODUCT = new Department("product");

    /**
     * Validates the name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Department {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
    }

    /**
     * Returns a department.
     *
     * @param name the name, not blank
     * @return the department
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Department of(String name) {
        return new Department(name);
    }

    /**
     * Returns the built-in departments.
     *
     * @return sales, marketing, customer success, support, services/onboarding, product
     */
    public static List<Department> builtIn() {
        return List.of(SALES, MARKETING, CUSTOMER_SUCCESS, SUPPORT, ONBOARDING, PRODUCT);
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
