package org.pmoengine.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a real installation ({@code pmo.admin.*}, from {@code
 * PMO_ADMIN_USER} and {@code PMO_ADMIN_PASSWORD}). Both unset by default: the repository holds
 * no administrator password.
 *
 * @param user the administrator's user id
 * @param password the administrator's initial password
 */
@ConfigurationProperties("pmo.admin")
public record AdminProperties(String user, String password) {

  boolean isGiven() {
    return user != null && !user.isBlank() && password != null && !password.isBlank();
  }
}
