/**
 * Set-up stage: onboarding completion, time to onboard and to value, seminar attendance.
 *
 * @since 0.1.0
 */
package io.csmetrics.onboarding;
