package org.pmoengine.postmortem;

import java.util.List;
import java.util.Random;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed projects with post-mortems and lessons for the library tests, without walking the
 * process. Each test marks its lessons with a word of its own, so searches see only them.
 */
final class TestLessons {

  private static final Random RANDOM = new Random();

  private TestLessons() {}

  /** A made-up word (letters only) no other lesson contains. */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  /** A closed project whose post-mortem is open, with its manager as the only author. */
  static Project closedProject(JdbcTemplate jdbc, ProjectRepository projects,
      PostMortems postMortems, String manager, String sponsor) {
    Project project = TestProjects.create(jdbc, projects, manager, sponsor);
    jdbc.update("update project set status = 'CLOSED' where project_key = ?", project.getKey());
    postMortems.open(project.getKey());
    return project;
  }

  static Lesson lesson(PostMortems postMortems, Project project, String author, String wentWell,
      String wentBadly, String recommendations, LessonCategory category) {
    return postMortems.submitLesson(project.getKey(), author,
        new LessonForm(wentWell, wentBadly, recommendations, category.name()));
  }

  /** Publishes every lesson of the project but those kept back, with the tags lines given. */
  static List<Lesson> publish(PostMortems postMortems, Project project, String tagLines,
      String withheld) {
    return postMortems.publish(project.getKey(), tagLines, withheld, null, "pmo-tester");
  }
}
