package org.pmoengine.postmortem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;

/**
 * The PMO's review of the lessons: tags per lesson (one line each, {@code 12: vendor, contract}),
 * the lessons kept back, and a summary. Parsed against the lessons of the project; a line or an
 * id that names no lesson of it is refused with the field.
 */
public record ReviewForm(Map<Long, String> tags, Set<Long> withheld, String summary) {

  private static final Pattern TAG_LINE = Pattern.compile("^\\s*#?(\\d+)\\s*:(.*)$");
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,39}");

  public static ReviewForm parse(String tagLines, String withheldIds, String summary,
      Set<Long> lessonIds) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, String> tags = new LinkedHashMap<>();
    for (String line : (tagLines == null ? "" : tagLines).split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = TAG_LINE.matcher(line);
      Long id = m.matches() ? Long.valueOf(m.group(1)) : null;
      if (id == null || !lessonIds.contains(id)) {
        problems.add(new FieldProblem(PostMortemVariables.LESSON_TAGS, "\"" + line.strip()
            + "\" does not start with the id of a lesson of this post-mortem, like 12: vendor"));
        continue;
      }
      List<String> list = Arrays.stream(m.group(2).split(",")).map(String::strip)
          .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
      list.stream().filter(t -> !TAG.matcher(t).matches()).findFirst().ifPresent(t ->
          problems.add(new FieldProblem(PostMortemVariables.LESSON_TAGS, "Tag \"" + t
              + "\" of lesson " + id + ": use letters, digits, spaces or dashes, at most 40.")));
      tags.put(id, String.join(", ", list));
    }
    Set<Long> withheld = new java.util.LinkedHashSet<>();
    for (String part : (withheldIds == null ? "" : withheldIds).split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String digits = part.strip().replaceFirst("^#", "");
      if (!digits.matches("\\d{1,18}") || !lessonIds.contains(Long.valueOf(digits))) {
        problems.add(new FieldProblem(PostMortemVariables.WITHHELD_LESSONS,
            "\"" + part.strip() + "\" is not the id of a lesson of this post-mortem."));
      } else {
        withheld.add(Long.valueOf(digits));
      }
    }
    if (summary != null && summary.strip().length() > 4000) {
      problems.add(new FieldProblem(PostMortemVariables.REVIEW_SUMMARY,
          "Keep the summary under 4000 characters."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ReviewForm(tags, withheld, LessonForm.strip(summary));
  }

  /** The lines the review form starts with: one per lesson, with its tags so far. */
  public static String lines(List<Lesson> lessons) {
    return lessons.stream().map(l -> l.getId() + ": " + (l.getTags() == null ? "" : l.getTags()))
        .collect(Collectors.joining("\n"));
  }
}
