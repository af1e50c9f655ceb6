/**
 * Use stage: unique active users, stickiness, logins and sessions, seat utilisation, user retention, key-feature
 * adoption and each account's last activity ({@code LastActivity}).
 *
 * @since 0.1.0
 */
package io.csmetrics.usage;
