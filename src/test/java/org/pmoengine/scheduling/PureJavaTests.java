package org.pmoengine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scheduling engine stays free of Spring and Camunda, so it runs anywhere (and in benches). */
class PureJavaTests {

  @Test
  void schedulingSourcesImportNeitherSpringNorCamunda() throws IOException {
    Path root = Path.of("src/main/java/org/pmoengine/scheduling");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(root)) {
      offenders = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> {
            try {
              String source = Files.readString(f);
              return source.contains("import org.springframework")
                  || source.contains("import org.camunda") || source.contains("import jakarta");
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .map(Path::toString)
          .toList();
    }
    assertThat(root).isDirectory();
    assertThat(offenders).isEmpty();
  }
}
