package org.pmoengine.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pmoengine.register.RegisterChange.Action;
import org.pmoengine.register.RegisterChange.EntryType;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the risk and the issue register do alike: an entry is found only within its project (the
 * id of another project's entry reads as not found), a form is checked field by field before
 * anything is stored, and every change is kept in the entry's history with who made it and when,
 * in the same transaction. Listing, adding and updating stay with each register, which orders,
 * logs and judges its entries its own way.
 */
@Transactional
public abstract class Register<E extends RegisterEntry> {

  /** A changed value longer than this is cut in the history; the entry keeps all of it. */
  static final int SHOWN_VALUE_LENGTH = 200;

  private final RegisterEntryRepository<E> entries;
  private final RegisterChangeRepository changes;
  private final EntryType type;
  private final String noun;
  protected final Clock clock;

  protected Register(RegisterEntryRepository<E> entries, RegisterChangeRepository changes,
      EntryType type, String noun, Clock clock) {
    this.entries = entries;
    this.changes = changes;
    this.type = type;
    this.noun = noun;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public E get(String projectKey, long id) {
    return entries.findByIdAndProjectKey(id, projectKey).orElseThrow(() -> new NotFoundException(
        "Project " + projectKey + " has no " + noun + " " + id + "."));
  }

  /** The changes to one entry, the latest first; an entry of another project is not found. */
  @Transactional(readOnly = true)
  public List<RegisterChange> history(String projectKey, long id) {
    get(projectKey, id);
    return changes.findByProjectKeyAndEntryTypeAndEntryIdOrderByIdDesc(projectKey, type, id);
  }

  /** The changes to every entry of the project's register, by entry id, the latest first. */
  @Transactional(readOnly = true)
  public Map<Long, List<RegisterChange>> histories(String projectKey) {
    Map<Long, List<RegisterChange>> byEntry = new LinkedHashMap<>();
    for (RegisterChange change : changes.findByProjectKeyAndEntryTypeOrderByIdDesc(projectKey,
        type)) {
      byEntry.computeIfAbsent(change.getEntryId(), id -> new ArrayList<>()).add(change);
    }
    return byEntry;
  }

  /** Keeps that the entry, just stored, was added. */
  protected void recordAdded(E entry, String userId) {
    changes.save(new RegisterChange(entry, type, Action.ADDED, null, userId, clock.instant()));
  }

  /**
   * Keeps what an update changed, compared with the fields {@code before} it: closing and
   * reopening are named as such. An update that changed nothing leaves no trace.
   */
  protected void recordUpdated(E entry, Map<String, String> before, boolean wasClosed,
      String userId) {
    List<String> lines = new ArrayList<>();
    entry.shownFields().forEach((label, now) -> {
      String then = before.get(label);
      if (!Objects.equals(then, now)) {
        lines.add(label + ": " + cut(then) + " → " + cut(now));
      }
    });
    if (lines.isEmpty()) {
      return;
    }
    Action action = !wasClosed && entry.isClosed() ? Action.CLOSED
        : wasClosed && !entry.isClosed() ? Action.REOPENED : Action.UPDATED;
    changes.save(new RegisterChange(entry, type, action, String.join("\n", lines), userId,
        clock.instant()));
  }

  private static String cut(String value) {
    String flat = value == null ? "–" : value.replaceAll("\\s+", " ");
    return flat.length() <= SHOWN_VALUE_LENGTH ? flat
        : flat.substring(0, SHOWN_VALUE_LENGTH - 1) + "…";
  }

  /** Throws the field problems as one bad request, if there are any. */
  protected static void requireValid(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
