package org.pmoengine.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pmoengine.scheduling.rcpsp.Problem;

/**
 * A single-mode PSPLIB instance (.sm file): jobs numbered from 1 (the dummy source) to n (the
 * dummy sink), finish-to-start successors, durations, renewable demands and capacities.
 * Activity i of the {@link Problem} is job i + 1.
 */
public record PsplibInstance(String name, int[] durations, int[][] successors, int[][] demands, int[] capacities) {

  public int jobs() {
    return durations.length;
  }

  public Problem toProblem() {
    int n = jobs();
    Problem.Builder b = Problem.builder(n, capacities.length);
    for (int r = 0; r < capacities.length; r++) {
      b.capacity(r, capacities[r]);
    }
    for (int i = 0; i < n; i++) {
      b.duration(i, durations[i]);
      for (int r = 0; r < capacities.length; r++) {
        b.demand(i, r, demands[i][r]);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int s : successors[i]) {
        b.finishToStart(i, s - 1);
      }
    }
    return b.build();
  }

  public static PsplibInstance read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int jobs = -1;
    String section = "";
    int[] durations = null;
    int[][] successors = null;
    int[][] demands = null;
    int[] capacities = null;
    for (String line : lines) {
      String s = line.trim();
      if (s.startsWith("jobs (incl. supersource/sink")) {
        jobs = Integer.parseInt(s.substring(s.indexOf(':') + 1).trim());
        durations = new int[jobs];
        successors = new int[jobs][];
        demands = new int[jobs][];
      } else if (s.startsWith("PRECEDENCE RELATIONS")) {
        section = "prec";
      } else if (s.startsWith("REQUESTS/DURATIONS")) {
        section = "req";
      } else if (s.startsWith("RESOURCEAVAILABILITIES")) {
        section = "avail";
      } else if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && jobs > 0) {
        int[] nums = Arrays.stream(s.split("\\s+")).mapToInt(Integer::parseInt).toArray();
        switch (section) {
          case "prec" -> successors[nums[0] - 1] = Arrays.copyOfRange(nums, 3, 3 + nums[2]);
          case "req" -> {
            durations[nums[0] - 1] = nums[2];
            demands[nums[0] - 1] = Arrays.copyOfRange(nums, 3, nums.length);
          }
          case "avail" -> capacities = nums;
          default -> { }
        }
      }
    }
    String name = file.getFileName().toString().replaceFirst("\\.sm$", "");
    if (jobs <= 0 || capacities == null || Arrays.stream(demands).anyMatch(d -> d == null)
        || Arrays.stream(successors).anyMatch(d -> d == null)) {
      throw new IOException(file + " is not a single-mode PSPLIB .sm file");
    }
    return new PsplibInstance(name, durations, successors, demands, capacities);
  }

  /** The .sm files of a folder, in natural order (j301_2 before j301_10). */
  public static List<Path> filesIn(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (var stream = Files.list(dir)) {
      stream.filter(p -> p.getFileName().toString().endsWith(".sm")).forEach(files::add);
    }
    files.sort((a, b) -> naturalCompare(a.getFileName().toString(), b.getFileName().toString()));
    return files;
  }

  static int naturalCompare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))),
            Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
