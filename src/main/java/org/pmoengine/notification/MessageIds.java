package org.pmoengine.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Message-ID of an outbox mail: the SHA-256 of its dedup key at the sender's domain, e.g.
 * {@code <9f86d0...@example.org>}. It is the same on every attempt, so a mail that went out twice
 * (sent, but the outbox row could not be marked) is one message to the recipient's mail client.
 * Copies of one event to several recipients share it, as one message to several addresses would.
 */
final class MessageIds {

  static final String FALLBACK_DOMAIN = "pmo-engine";

  private final String domain;

  /** @param mailFrom the sender address ({@code pmo.mail-from}), whose domain the ids use */
  MessageIds(String mailFrom) {
    this.domain = domainOf(mailFrom);
  }

  String of(String dedupKey) {
    return "<" + sha256(dedupKey) + "@" + domain + ">";
  }

  private static String domainOf(String mailFrom) {
    try {
      String address = new InternetAddress(mailFrom).getAddress();
      int at = address.lastIndexOf('@');
      return at < 0 || at == address.length() - 1 ? FALLBACK_DOMAIN : address.substring(at + 1);
    } catch (AddressException e) {
      return FALLBACK_DOMAIN;
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
