package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTests {

  /** {@code echo -n "REQ-2026-0042:submitted" | sha256sum} */
  private static final String SHA_256_OF_REQ_42 =
      "0acd1e60f8313a72914250e20a1aeb187dc2e1a2478a7604c2fcf27d35a1da81";

  @Test
  void isTheSha256OfTheDedupKeyAtTheDomainOfTheSenderAddress() {
    MessageIds ids = new MessageIds("PMO Engine <pmo@pmo.example.org>");

    assertThat(ids.of("REQ-2026-0042:submitted"))
        .isEqualTo("<" + SHA_256_OF_REQ_42 + "@pmo.example.org>");
  }

  @Test
  void isTheSameForTheSameKeyAndDifferentForAnother() {
    MessageIds ids = new MessageIds("pmo@test.example");

    assertThat(ids.of("REQ-2026-0042:submitted")).isEqualTo(ids.of("REQ-2026-0042:submitted"))
        .isNotEqualTo(ids.of("REQ-2026-0042:approved"));
  }

  @Test
  void aSenderAddressWithoutDomainFallsBackToTheApplicationName() {
    assertThat(new MessageIds("pmo-engine").of("REQ-2026-0042:submitted"))
        .isEqualTo("<" + SHA_256_OF_REQ_42 + "@pmo-engine>");
  }
}
