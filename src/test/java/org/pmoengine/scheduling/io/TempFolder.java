package org.pmoengine.scheduling.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Every file and folder under the JVM's temp folder ({@code java.io.tmpdir}), to see what a
 * step leaves behind. The Maven build gives the tests a temp folder of their own
 * (target/test-tmp), so nothing else writes there meanwhile.
 */
public final class TempFolder {

  private TempFolder() {}

  public static Path root() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  public static Set<Path> entries() {
    Set<Path> found = new HashSet<>();
    try {
      Files.walkFileTree(root(), new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          found.add(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          found.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // removed while we looked
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** What is there now and was not in {@code before}. */
  public static Set<Path> newSince(Set<Path> before) {
    Set<Path> now = entries();
    now.removeAll(before);
    return now;
  }
}
