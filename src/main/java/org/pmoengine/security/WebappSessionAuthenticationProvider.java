package org.pmoengine.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the Camunda webapps (Tasklist, Cockpit, Admin) who signed in at {@code /login}, so that
 * they open without a login of their own. Camunda's ContainerBasedAuthenticationFilter asks it
 * once per session and engine and keeps the answer in the session; the groups and tenants come
 * from the engine, as they would at Camunda's own login, and Camunda reloads them when its
 * authentication cache expires ({@code camunda.bpm.webapp.auth.cache.time-to-live}).
 *
 * <p>Created by the filter by its class name, hence public with a public constructor.
 */
public class WebappSessionAuthenticationProvider extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated()
        || signedIn instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = signedIn.getName();
    IdentityService identity = engine.getIdentityService();
    // read as the webapps' own login does: before anyone is the engine's current user, so
    // no authorization check hides a group from its member
    if (identity.createUserQuery().userId(userId).count() == 0) {
      return AuthenticationResult.unsuccessful(userId);
    }
    AuthenticationResult result = AuthenticationResult.successful(userId);
    result.setGroups(identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
    List<String> tenants = identity.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    result.setTenants(tenants);
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      jakarta.servlet.http.HttpServletResponse response, ProcessEngine engine) {
    // no challenge: the browser signs in at /login, which SecurityConfig sends it to
  }
}
