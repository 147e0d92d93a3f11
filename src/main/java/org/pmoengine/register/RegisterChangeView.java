package org.pmoengine.register;

import java.time.Instant;
import java.util.List;

/** One change of a register entry as the API shows it: the changed fields one line each. */
public record RegisterChangeView(RegisterChange.Action action, List<String> changes,
    String changedBy, Instant changedAt) {

  static RegisterChangeView of(RegisterChange c) {
    return new RegisterChangeView(c.getAction(), c.changeLines(), c.getChangedBy(),
        c.getChangedAt());
  }
}
