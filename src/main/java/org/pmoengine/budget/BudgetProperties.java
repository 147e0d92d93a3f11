package org.pmoengine.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Budget settings ({@code pmo.budget.*}).
 *
 * @param currency the currency of a project's budget when its first budget line names none;
 *     after that, every line of the project keeps the currency of the first
 */
@ConfigurationProperties("pmo.budget")
public record BudgetProperties(@DefaultValue("EUR") String currency) {}
