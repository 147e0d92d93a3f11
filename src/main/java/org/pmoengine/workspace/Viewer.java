package org.pmoengine.workspace;

import java.util.Collection;
import java.util.List;
import org.pmoengine.security.PmoGroups;

/**
 * The signed-in person as the workspace pages see them: who they are and which parts of the
 * workspace their groups open. What a page shows is decided by the services behind it; these
 * flags only decide which links the navigation offers.
 */
public record Viewer(String id, String name, List<String> groups) {

  public boolean isPmo() {
    return groups.contains(PmoGroups.PMO) || groups.contains(PmoGroups.CAMUNDA_ADMIN);
  }

  /** The PMO and the boards see the whole portfolio. */
  public boolean seesPortfolio() {
    return seesPortfolio(groups);
  }

  /** The one rule for the pages and the services behind them: who sees every project. */
  public static boolean seesPortfolio(Collection<String> groups) {
    return groups.contains(PmoGroups.PMO) || groups.contains(PmoGroups.CAMUNDA_ADMIN)
        || groups.contains(PmoGroups.PORTFOLIO_BOARD) || groups.contains(PmoGroups.GATE_BOARD)
        || groups.contains(PmoGroups.FINANCE) || groups.contains(PmoGroups.CHANGE_BOARD);
  }

  /** The intake pipeline: the PMO and the portfolio board, who decide on requests. */
  public boolean seesPipeline() {
    return isPmo() || groups.contains(PmoGroups.PORTFOLIO_BOARD);
  }

  public boolean isAdministrator() {
    return groups.contains(PmoGroups.CAMUNDA_ADMIN);
  }

  /** Initials for the avatar in the header. */
  public String initials() {
    String[] words = name.trim().split("\\s+");
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty() && initials.length() < 2) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }
}
