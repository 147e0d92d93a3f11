package org.pmoengine.register;

import java.time.Clock;
import java.util.List;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the risk and the issue register do alike: an entry is found only within its project (the
 * id of another project's entry reads as not found), and a form is checked field by field before
 * anything is stored. Listing, adding and updating stay with each register, which orders, logs
 * and judges its entries its own way.
 */
@Transactional
public abstract class Register<E extends RegisterEntry> {

  private final RegisterEntryRepository<E> entries;
  private final String noun;
  protected final Clock clock;

  protected Register(RegisterEntryRepository<E> entries, String noun, Clock clock) {
    this.entries = entries;
    this.noun = noun;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public E get(String projectKey, long id) {
    return entries.findByIdAndProjectKey(id, projectKey).orElseThrow(() -> new NotFoundException(
        "Project " + projectKey + " has no " + noun + " " + id + "."));
  }

  /** Throws the field problems as one bad request, if there are any. */
  protected static void requireValid(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
