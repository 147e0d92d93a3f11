package org.pmoengine.scheduling;

/**
 * How a dependency links its two activities. The first letter is the predecessor's end that
 * drives, the second the successor's end that is driven: FS means the successor starts after
 * the predecessor finishes.
 */
public enum DependencyType {
  /** Successor start &ge; predecessor finish + lag. */
  FS,
  /** Successor start &ge; predecessor start + lag. */
  SS,
  /** Successor finish &ge; predecessor finish + lag. */
  FF,
  /** Successor finish &ge; predecessor start + lag. */
  SF
}
