package org.pmoengine.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The authenticated API caller: user id and Camunda groups. */
@Component
public class CurrentUser {

  public String id() {
    return authentication().getName();
  }

  public List<String> groups() {
    return groupsOf(authentication());
  }

  public boolean isMemberOf(String group) {
    return groups().contains(group);
  }

  static List<String> groupsOf(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_"))
        .map(a -> a.substring("GROUP_".length()))
        .toList();
  }

  private static Authentication authentication() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No authenticated user");
    }
    return authentication;
  }
}
