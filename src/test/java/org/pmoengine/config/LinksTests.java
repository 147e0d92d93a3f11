package org.pmoengine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Links in forms, pages and mail open on the installation people use: built from the configured
 * base URL ({@code pmo.base-url}) or relative, never from a host written into the sources.
 */
class LinksTests {

  /** A loopback host with a port, with or without scheme, as in {@code http://localhost:8080}. */
  private static final Pattern HARD_WIRED_HOST =
      Pattern.compile("(?i)(https?://)?(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):\\d+");

  /** Where links are written: forms, BPMN, page and mail templates, scripts and the code. */
  private static final List<Path> SOURCES = List.of(Path.of("forms"), Path.of("processes"),
      Path.of("src/main/resources/templates"), Path.of("src/main/resources/static"),
      Path.of("src/main/java"));

  @Test
  void noFormTemplateMailOrCodeNamesAHost() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : SOURCES) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            Matcher host = HARD_WIRED_HOST.matcher(lines.get(i));
            if (host.find()) {
              found.add(file + ":" + (i + 1) + ": " + host.group());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsAHardWiredHost() {
    assertThat(HARD_WIRED_HOST.matcher("see http://localhost:8080/api/projects").find()).isTrue();
    assertThat(HARD_WIRED_HOST.matcher("[Gantt](/api/projects/{{projectKey}}/gantt.svg)").find())
        .isFalse();
  }

  @Test
  void mailLinksAreBuiltFromTheConfiguredBaseUrl() {
    PmoProperties pmo = new PmoProperties("https://pmo.example.org/", "pmo@example.org", null,
        new PmoProperties.Demo("demo"));

    assertThat(pmo.baseUrl()).isEqualTo("https://pmo.example.org");
    assertThat(pmo.tasklistUrl()).isEqualTo("https://pmo.example.org/camunda/app/tasklist/default/");
    assertThat(pmo.taskUrl("t-1"))
        .isEqualTo("https://pmo.example.org/camunda/app/tasklist/default/#/?task=t-1");
  }

  @Test
  void anInstallationWithoutABaseUrlDoesNotStart() {
    assertThatThrownBy(() -> new PmoProperties(" ", "pmo@example.org", null,
        new PmoProperties.Demo("demo")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PMO_BASE_URL");
  }
}
