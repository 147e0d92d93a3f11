package org.pmoengine.postmortem;

import java.util.List;
import java.util.stream.Collectors;

/** The lessons as Markdown for the PMO review form, each with the id its tags line uses. */
final class LessonsText {

  private LessonsText() {}

  static String of(List<Lesson> lessons) {
    if (lessons.isEmpty()) {
      return "No lessons were submitted.";
    }
    return lessons.stream().map(l -> "**#" + l.getId() + "** by " + l.getAuthor() + " ("
        + l.getCategory() + ")" + part("Went well", l.getWentWell())
        + part("Did not go well", l.getWentBadly())
        + part("Recommendations", l.getRecommendations()))
        .collect(Collectors.joining("\n\n"));
  }

  private static String part(String label, String text) {
    return text == null ? "" : " · *" + label + ":* " + text.replaceAll("\\s+", " ");
  }
}
