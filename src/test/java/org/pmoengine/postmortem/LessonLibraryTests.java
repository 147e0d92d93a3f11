package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searching the lessons library: published lessons only, by category and by words, in every
 * text field and the tags. CI runs it on PostgreSQL (full-text search), the build on H2.
 */
@SpringBootTest
class LessonLibraryTests {

  @Autowired LessonLibrary library;
  @Autowired PostMortems postMortems;
  @Autowired ProjectRepository projects;
  @Autowired JdbcTemplate jdbc;

  String word;
  Project project;
  Lesson vendorContract;
  Lesson vendorOnly;
  Lesson estimation;
  Lesson draft;

  @BeforeEach
  void aPublishedPostMortem() {
    word = TestLessons.uniqueWord();
    project = TestLessons.closedProject(jdbc, projects, postMortems, "lib-pm", "lib-sponsor");
    vendorContract = TestLessons.lesson(postMortems, project, "lib-pm", null,
        "The vendor missed three delivery dates " + word + ".",
        "Write delivery dates and penalties into vendor contracts.", LessonCategory.VENDORS);
    vendorOnly = TestLessons.lesson(postMortems, project, "lib-sponsor",
        "Our vendor's support desk answered within the hour " + word + ".", null, null,
        LessonCategory.VENDORS);
    estimation = TestLessons.lesson(postMortems, project, "lib-dev", null,
        "Testing took twice the estimate " + word + ".", "Estimate testing from the last "
            + "project's actuals, not from the vendor's offer.", LessonCategory.ESTIMATION);
    draft = TestLessons.lesson(postMortems, project, "lib-late", "Kept back " + word
        + " penalties contract vendor.", null, null, LessonCategory.VENDORS);
    TestLessons.publish(postMortems, project, estimation.getId() + ": procurement, testing",
        String.valueOf(draft.getId()));
  }

  @Test
  void findsPublishedLessonsWithEveryWordAndNeverOnesKeptBack() {
    assertThat(ids(null, word)).containsExactlyInAnyOrder(vendorContract.getId(),
        vendorOnly.getId(), estimation.getId());
    assertThat(ids(null, word + " penalties contract"))
        .as("every word must match; contracts matches contract")
        .containsExactly(vendorContract.getId());
  }

  @Test
  void filtersByCategory() {
    assertThat(ids(LessonCategory.VENDORS, word + " vendor"))
        .containsExactlyInAnyOrder(vendorContract.getId(), vendorOnly.getId());
    assertThat(ids(LessonCategory.ESTIMATION, word + " vendor"))
        .containsExactly(estimation.getId());
    assertThat(library.search(LessonCategory.VENDORS, List.of()))
        .extracting(LibraryLesson::id).contains(vendorContract.getId(), vendorOnly.getId())
        .doesNotContain(estimation.getId(), draft.getId());
  }

  @Test
  void searchesTheTagsTheReviewerAdded() {
    assertThat(ids(null, word + " procurement")).containsExactly(estimation.getId());
    assertThat(library.search(null, LessonLibrary.words(word + " procurement")))
        .singleElement().satisfies(l -> {
          assertThat(l.projectKey()).isEqualTo(project.getKey());
          assertThat(l.projectCategory()).isEqualTo("operational");
          assertThat(l.tags()).isEqualTo("procurement, testing");
          assertThat(l.author()).isEqualTo("lib-dev");
          assertThat(l.publishedAt()).isNotNull();
        });
  }

  @Test
  void textThatLooksLikeSqlIsOnlyWords() {
    assertThat(LessonLibrary.words("x' or '1'='1")).containsExactly("x", "or", "1");
    assertThat(ids(null, word + "' or '1'='1")).isEmpty();
    assertThat(ids(null, word + "%' ; drop table lesson; --")).isEmpty();
    assertThat(ids(null, word)).hasSize(3);
  }

  @Test
  void ranksTheBestMatchFirstOnPostgres() {
    List<LibraryLesson> found = library.search(null, LessonLibrary.words(word + " vendor"));
    assertThat(found).extracting(LibraryLesson::id).containsExactlyInAnyOrder(
        vendorContract.getId(), vendorOnly.getId(), estimation.getId());
    if (isPostgres()) {
      assertThat(found).allMatch(l -> l.rank() != null && l.rank() > 0);
      assertThat(found.get(0).id()).as("vendor three times").isEqualTo(vendorContract.getId());
    } else {
      assertThat(found).allMatch(l -> l.rank() == null);
    }
  }

  private List<Long> ids(LessonCategory category, String q) {
    return library.search(category, LessonLibrary.words(q)).stream().map(LibraryLesson::id)
        .toList();
  }

  private boolean isPostgres() {
    return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
        c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
  }
}
