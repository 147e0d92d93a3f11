package org.pmoengine.postmortem;

import static org.pmoengine.FormFiles.components;
import static org.pmoengine.FormFiles.keys;
import static org.pmoengine.FormFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The forms of post-mortem, checked without a browser. */
class PostMortemFormsTests {

  @Test
  void everyFormRefHasItsFormNamedForItsFile() throws IOException {
    Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"")
        .matcher(Files.readString(Path.of("processes", PostMortemVariables.PROCESS_ID + ".bpmn")));
    List<String> found = new ArrayList<>();
    while (refs.find()) {
      found.add(refs.group(1));
      JsonNode form = read(refs.group(1));
      assertThat(form.path("id").asText()).isEqualTo(refs.group(1));
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
    }
    assertThat(found).containsExactly("post-mortem-lesson", "post-mortem-review");
  }

  @Test
  void formsSubmitTheVariablesTheListenersRead() throws IOException {
    assertThat(keys("post-mortem-lesson")).containsExactlyElementsOf(LessonTaskListener.ANSWER);
    assertThat(keys("post-mortem-review")).containsExactly(PostMortemVariables.LESSON_TAGS,
        PostMortemVariables.WITHHELD_LESSONS, PostMortemVariables.REVIEW_SUMMARY);
  }

  @Test
  void reviewFormShowsTheMetricsTheLessonsAndTheNonResponders() throws IOException {
    String form = Files.readString(Path.of("forms", "post-mortem-review.form"));
    assertThat(form).contains("{{" + PostMortemVariables.METRICS_SUMMARY + "}}",
        "{{" + PostMortemVariables.LESSONS_SUMMARY + "}}",
        "{{" + PostMortemVariables.NON_RESPONDERS + "}}");
  }

  @Test
  void lessonCategoriesAreExactlyTheLibrarysCategories() throws IOException {
    List<String> values = new ArrayList<>();
    components(read("post-mortem-lesson")).stream()
        .filter(c -> PostMortemVariables.LESSON_CATEGORY.equals(c.path("key").asText()))
        .forEach(c -> c.path("values").forEach(v -> values.add(v.path("value").asText())));
    assertThat(values).containsExactlyElementsOf(
        Arrays.stream(LessonCategory.values()).map(Enum::name).toList());
  }
}
