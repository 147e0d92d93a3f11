package org.pmoengine.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in callers for web slice tests, with the authorities a real sign-in grants. */
public final class SliceUsers {

  private SliceUsers() {}

  /** A user in these Camunda groups: one {@code GROUP_<id>} authority per group. */
  public static RequestPostProcessor member(String userId, String... groups) {
    return user(userId).authorities(Arrays.stream(groups)
        .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
  }
}
