package org.pmoengine.change;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change request as the API takes it (the project key is in the path).
 *
 * @param budgetAsked extra budget for what the plan doesn't carry; null or 0 when none
 * @param changes the changes to the plan; may be empty when only budget is asked
 */
public record ChangeRequestForm(String justification, BigDecimal budgetAsked,
    List<ChangeItem> changes) {

  public ChangeRequestForm {
    changes = changes == null ? List.of() : changes;
  }
}
