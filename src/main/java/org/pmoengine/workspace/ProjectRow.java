package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.project.Gate;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;

/**
 * One project as the portfolio reads it: its place in the lifecycle, its health, its earned value
 * at the plan's status date, and the request's scores it was approved on.
 *
 * @param value the request's business value and strategic alignment, averaged (1 to 5); null
 *     when the project has no request
 * @param deliveryRisk the request's delivery risk (1 to 5); null when it has no request
 * @param forecastFinish the finish of the latest plan version; null without a plan
 * @param slipDays working days the latest version finishes behind the baseline; null before one
 * @param nextGate the gate that ends the current stage; null before the lifecycle or after it
 * @param gateInReview whether the board reviews that gate now
 */
public record ProjectRow(String key, String name, ProjectStatus status, Stage stage, Rag rag,
    String manager, String managerName, String department, String category, BigDecimal budget,
    EarnedValue earnedValue, LocalDate forecastFinish, Integer slipDays, Gate nextGate,
    boolean gateInReview, Double value, Integer deliveryRisk) {

  /** Where the project stands, as the list filters it: a stage, or not started, closed, stopped. */
  public Phase phase() {
    return switch (status) {
      case APPROVED -> Phase.NOT_STARTED;
      case CLOSED -> Phase.CLOSED;
      case KILLED -> Phase.STOPPED;
      case ACTIVE -> stage == null ? Phase.NOT_STARTED : Phase.valueOf(stage.name());
    };
  }

  /** Approved or in its lifecycle: what the portfolio is running now. */
  public boolean isRunning() {
    return !status.isEnded();
  }

  public Double cpi() {
    return asDouble(earnedValue.costPerformanceIndex());
  }

  public Double spi() {
    return asDouble(earnedValue.schedulePerformanceIndex());
  }

  public BigDecimal estimateAtCompletion() {
    return earnedValue.estimateAtCompletion();
  }

  /** RAG as the filter names it: GREEN, AMBER, RED, or NONE when not rated yet. */
  public String ragCode() {
    return rag == null ? "NONE" : rag.name();
  }

  private static Double asDouble(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** The phases the projects list filters by, in lifecycle order. */
  public enum Phase {
    NOT_STARTED, INITIATION, PLANNING, EXECUTION, CLOSURE, CLOSED, STOPPED
  }
}
