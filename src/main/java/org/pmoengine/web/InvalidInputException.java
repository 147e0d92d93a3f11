package org.pmoengine.web;

import java.util.List;

/** Input that breaks a business rule checked at the edge; answered with 400 and the fields. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message())
        .reduce((a, b) -> a + "; " + b).orElse("invalid input"));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
