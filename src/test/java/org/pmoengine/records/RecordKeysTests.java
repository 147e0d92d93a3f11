package org.pmoengine.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RecordKeysTests {

  @Autowired RecordKeys keys;

  @Test
  void concurrentCallersGetDistinctConsecutiveNumbers() throws Exception {
    String prefix = "T" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
    ConcurrentLinkedQueue<String> taken = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> futures = new java.util.ArrayList<>();
    for (int t = 0; t < 6; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 20; i++) {
          taken.add(keys.next(prefix));
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();

    assertThat(taken).hasSize(120).doesNotHaveDuplicates()
        .allMatch(key -> key.matches(prefix + "-\\d{4}-\\d{4}"));
    assertThat(taken.stream().map(k -> Integer.parseInt(k.substring(k.length() - 4))).sorted())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 120).boxed().toList());
  }
}
