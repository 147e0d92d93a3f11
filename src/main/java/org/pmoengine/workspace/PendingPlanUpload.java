package org.pmoengine.workspace;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A plan file uploaded for preview and not applied yet. It is kept in the uploader's own
 * session, never sent to the browser: applying it reads these bytes again with the same
 * importer and checks, so what is stored is exactly what the file holds, not what a form
 * claims. One upload per session; a new one replaces it.
 *
 * @param token names this upload in the preview's apply form, so that an apply sent from an
 *     older preview page does not store a file uploaded later
 */
record PendingPlanUpload(String token, String projectKey, String userId, String fileName,
    byte[] content) implements Serializable {

  private static final String ATTRIBUTE = PendingPlanUpload.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  static PendingPlanUpload keep(HttpSession session, String projectKey, String userId,
      String fileName, byte[] content) {
    byte[] token = new byte[16];
    RANDOM.nextBytes(token);
    PendingPlanUpload upload = new PendingPlanUpload(HexFormat.of().formatHex(token), projectKey,
        userId, fileName, content);
    session.setAttribute(ATTRIBUTE, upload);
    return upload;
  }

  /** The upload the token names, if it was made by this user for this project. */
  static Optional<PendingPlanUpload> find(HttpSession session, String token, String projectKey,
      String userId) {
    Object kept = session.getAttribute(ATTRIBUTE);
    if (kept instanceof PendingPlanUpload upload && upload.token.equals(token)
        && upload.projectKey.equals(projectKey) && upload.userId.equals(userId)) {
      return Optional.of(upload);
    }
    return Optional.empty();
  }

  static void forget(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }
}
