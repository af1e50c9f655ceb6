/**
 * Set-up stage: onboarding completion, time to onboard and to value, seminar attendance, and milestones
 * derived from the first use of key features ({@code UsageMilestones}).
 *
 * @since 0.1.0
 */
package io.csmetrics.onboarding;
