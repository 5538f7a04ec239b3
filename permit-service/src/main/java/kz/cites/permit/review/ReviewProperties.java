package kz.cites.permit.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the review ({@code cites.review.*}).
 *
 * @param autoApproval issue the permit as soon as a case without refusal grounds is opened, instead
 *     of leaving it to an officer; off by default, on in the local stack for demos
 */
@ConfigurationProperties("cites.review")
public record ReviewProperties(boolean autoApproval) {}
