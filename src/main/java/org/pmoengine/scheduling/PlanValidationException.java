package org.pmoengine.scheduling;

import java.util.List;
import java.util.stream.Collectors;

/** A plan that cannot be scheduled, with every problem found. */
public class PlanValidationException extends RuntimeException {

  private final transient List<PlanProblem> problems;

  public PlanValidationException(List<PlanProblem> problems) {
    super(problems.stream().map(PlanProblem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<PlanProblem> problems() {
    return problems;
  }
}
