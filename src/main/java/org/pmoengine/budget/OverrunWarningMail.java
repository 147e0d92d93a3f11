package org.pmoengine.budget;

import java.math.BigDecimal;
import org.pmoengine.notification.MailModel;

/**
 * The model of the overrun-warning mail: the level first reached ({@code WARNING} or {@code
 * CRITICAL}) and the figures of the verdict that reached it, amounts as text ({@code 110,000
 * EUR}).
 */
record OverrunWarningMail(String projectKey, String projectName, String level,
    BigDecimal variancePercent, String estimateAtCompletion, String budget,
    String explanation, String link) implements MailModel {}
