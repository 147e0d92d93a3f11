package org.pmoengine.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files did not build; names each problem with its file and line. */
public class RuleLoadException extends RuntimeException {

  private final List<RuleProblem> problems;

  public RuleLoadException(List<RuleProblem> problems) {
    super("The rules do not build: "
        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public RuleLoadException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of(new RuleProblem("", 0, message));
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
