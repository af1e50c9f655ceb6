/**
 * Use stage: unique active users, stickiness, logins and sessions, seat utilisation, user retention and key-feature adoption.
 *
 * @since 0.1.0
 */
package io.csmetrics.usage;
