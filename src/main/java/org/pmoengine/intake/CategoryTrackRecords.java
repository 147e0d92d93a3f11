package org.pmoengine.intake;

import java.util.Optional;

/**
 * Where the intake reads how finished projects of a category kept to their estimates. The
 * post-mortems keep that history; the intake owns this interface so that it scores with the track
 * record without depending on the post-mortem.
 */
public interface CategoryTrackRecords {

  /** The category's record, or empty when no finished project of it has been measured. */
  Optional<CategoryTrackRecord> of(String category);
}
