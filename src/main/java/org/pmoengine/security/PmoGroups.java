package org.pmoengine.security;

import java.util.List;

/** Camunda identity groups; BPMN candidate groups use these ids. */
public final class PmoGroups {

  public static final String REQUESTER = "requester";
  public static final String PMO = "pmo";
  public static final String PORTFOLIO_BOARD = "portfolio-board";
  public static final String GATE_BOARD = "gate-board";
  public static final String FINANCE = "finance";
  public static final String CHANGE_BOARD = "change-board";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  public static final List<String> ALL =
      List.of(REQUESTER, PMO, PORTFOLIO_BOARD, GATE_BOARD, FINANCE, CHANGE_BOARD, CAMUNDA_ADMIN);

  private PmoGroups() {}
}
