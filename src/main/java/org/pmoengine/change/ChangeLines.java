package org.pmoengine.change;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The changes of a request typed on the Tasklist form, one per line:
 *
 * <pre>
 * reestimate build 15
 * add test 4 after build before live
 * remove docs
 * move live 2027-02-05
 * link design test
 * unlink design docs
 * capacity crew 1
 * </pre>
 *
 * A line that can't be read becomes a problem naming its number; blank lines are skipped.
 */
public final class ChangeLines {

  /** The syntax, for messages and the form's description. */
  public static final String SYNTAX = "reestimate ID DAYS · add ID DAYS [after ID,ID] [before ID,ID]"
      + " · remove ID · move ID YYYY-MM-DD · link FROM TO · unlink FROM TO · capacity RESOURCE UNITS";

  /** The items read, and a message per line that couldn't be read. */
  public record Parsed(List<ChangeItem> items, List<String> problems) {}

  private ChangeLines() {}

  public static Parsed parse(String text) {
    List<ChangeItem> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (text == null) {
      return new Parsed(items, problems);
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        items.add(read(line.split("\\s+")));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems.add("Line " + (i + 1) + " (\"" + line + "\") can't be read: write "
            + SYNTAX + ".");
      }
    }
    return new Parsed(items, problems);
  }

  /** The lines that would read back as these items. */
  public static String format(List<ChangeItem> items) {
    return String.join("\n", items.stream().map(ChangeLines::line).toList());
  }

  private static ChangeItem read(String[] w) {
    String verb = w[0].toLowerCase();
    return switch (verb) {
      case "reestimate", "re-estimate" -> {
        words(w, 3);
        yield item(ChangeItem.Type.REESTIMATE, w[1], days(w[2]), null, null, null, null);
      }
      case "add" -> add(w);
      case "remove" -> {
        words(w, 2);
        yield item(ChangeItem.Type.REMOVE_ACTIVITY, w[1], null, null, null, null, null);
      }
      case "move" -> {
        words(w, 3);
        yield item(ChangeItem.Type.MOVE_MILESTONE, w[1], null, LocalDate.parse(w[2]), null, null,
            null);
      }
      case "link", "unlink" -> {
        words(w, 3);
        yield new ChangeItem(verb.equals("link") ? ChangeItem.Type.ADD_DEPENDENCY
            : ChangeItem.Type.REMOVE_DEPENDENCY, null, null, null, null, null, null, w[1], w[2],
            null, null);
      }
      case "capacity" -> {
        words(w, 3);
        yield new ChangeItem(ChangeItem.Type.CHANGE_CAPACITY, null, null, null, null, null, null,
            null, null, w[1], days(w[2]));
      }
      default -> throw new IllegalArgumentException("unknown change " + verb);
    };
  }

  private static ChangeItem add(String[] w) {
    if (w.length < 3 || w.length % 2 == 0) {
      throw new IllegalArgumentException("add needs an id, days and pairs of after/before");
    }
    List<String> after = List.of();
    List<String> before = List.of();
    for (int i = 3; i < w.length; i += 2) {
      List<String> ids = Arrays.stream(w[i + 1].split(",")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
      switch (w[i].toLowerCase()) {
        case "after" -> after = ids;
        case "before" -> before = ids;
        default -> throw new IllegalArgumentException("expected after or before");
      }
    }
    return new ChangeItem(ChangeItem.Type.ADD_ACTIVITY, w[1], null, days(w[2]), after, before,
        null, null, null, null, null);
  }

  private static ChangeItem item(ChangeItem.Type type, String id, Integer days, LocalDate date,
      String from, String to, Integer capacity) {
    return new ChangeItem(type, id, null, days, null, null, date, from, to, null, capacity);
  }

  private static void words(String[] w, int count) {
    if (w.length != count) {
      throw new IllegalArgumentException("expected " + count + " words");
    }
  }

  private static int days(String word) {
    return Integer.parseInt(word);
  }

  private static String line(ChangeItem item) {
    return switch (item.type()) {
      case ADD_ACTIVITY -> "add " + item.activityId() + " " + item.durationDays()
          + (item.after().isEmpty() ? "" : " after " + String.join(",", item.after()))
          + (item.before().isEmpty() ? "" : " before " + String.join(",", item.before()));
      case REMOVE_ACTIVITY -> "remove " + item.activityId();
      case REESTIMATE -> "reestimate " + item.activityId() + " " + item.durationDays();
      case MOVE_MILESTONE -> "move " + item.activityId() + " " + item.date();
      case ADD_DEPENDENCY -> "link " + item.from() + " " + item.to();
      case REMOVE_DEPENDENCY -> "unlink " + item.from() + " " + item.to();
      case CHANGE_CAPACITY -> "capacity " + item.resourceId() + " " + item.capacity();
    };
  }
}
