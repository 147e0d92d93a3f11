package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;

/** The PMO's tags lines and kept-back ids, read against the lessons of the post-mortem. */
class ReviewFormTests {

  static final Set<Long> LESSONS = Set.of(12L, 13L, 14L);

  @Test
  void readsOneTagsLinePerLessonInLowerCaseEachTagOnce() {
    ReviewForm form = ReviewForm.parse("12: Vendor, contract, vendor\n\n#13:  \n14 : go-live",
        "13, #14", "  Summary.  ", LESSONS);

    assertThat(form.tags()).isEqualTo(Map.of(12L, "vendor, contract", 13L, "", 14L, "go-live"));
    assertThat(form.withheld()).containsExactly(13L, 14L);
    assertThat(form.summary()).isEqualTo("Summary.");
  }

  @Test
  void namesEveryLineAndIdThatIsNotALessonOfThisPostMortem() {
    assertThatThrownBy(() -> ReviewForm.parse("12 vendor\n99: misc\n13: <script>", "7, x",
        null, LESSONS))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly(PostMortemVariables.LESSON_TAGS,
                PostMortemVariables.LESSON_TAGS, PostMortemVariables.LESSON_TAGS,
                PostMortemVariables.WITHHELD_LESSONS, PostMortemVariables.WITHHELD_LESSONS));
  }
}
