package org.pmoengine.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, their Camunda authorizations (everything for {@code camunda-admin}) and the
 * shared Tasklist filters in every profile. It is idempotent: it only adds what is missing, so a restart changes nothing.
 */
@Component
@Order(1)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
  private static final Map<String, String> GROUP_NAMES = Map.of(
      PmoGroups.REQUESTER, "Requesters",
      PmoGroups.PMO, "Project Management Office",
      PmoGroups.PORTFOLIO_BOARD, "Portfolio board",
      PmoGroups.GATE_BOARD, "Gate board",
      PmoGroups.FINANCE, "Finance",
      PmoGroups.CHANGE_BOARD, "Change board",
      PmoGroups.CAMUNDA_ADMIN, "Camunda administrators");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    PmoGroups.ALL.forEach(this::ensureGroup);
    for (String group : PmoGroups.ALL) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "project-intake",
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_DEFINITION, "change-control",
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }
    grant(PmoGroups.PMO, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(PmoGroups.PMO, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grant(PmoGroups.PMO, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(PmoGroups.PMO, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grantEverything(PmoGroups.CAMUNDA_ADMIN);
    ensureFilters();
  }

  private void ensureGroup(String id) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(GROUP_NAMES.get(id));
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    log.info("Created group {}", id);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  /**
   * ALL on every resource: administrators unlock users, delete or change any process instance,
   * and use Cockpit and Admin, whatever the profile. An older, narrower grant on a resource is
   * widened rather than duplicated.
   */
  private void grantEverything(String group) {
    int granted = 0;
    for (Resource resource : Resources.values()) {
      Authorization authorization = authorizationService.createAuthorizationQuery()
          .groupIdIn(group).resourceType(resource).resourceId(ANY).singleResult();
      if (authorization != null && authorization.isEveryPermissionGranted()) {
        continue;
      }
      if (authorization == null) {
        authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(ANY);
      }
      authorization.addPermission(Permissions.ALL);
      authorizationService.saveAuthorization(authorization);
      granted++;
    }
    if (granted > 0) {
      log.info("Granted group {} every permission on {} more resources", group, granted);
    }
  }

  private void ensureFilters() {
    filter("My tasks", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        PmoGroups.ALL.toArray(String[]::new));
    filter("My group tasks", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks(),
        PmoGroups.ALL.toArray(String[]::new));
    filter("PMO triage", 0, taskService.createTaskQuery().taskDefinitionKey("pmo-triage"),
        PmoGroups.PMO);
    filter("Portfolio board review", 1,
        taskService.createTaskQuery().taskDefinitionKey("portfolio-board-review"),
        PmoGroups.PORTFOLIO_BOARD, PmoGroups.PMO);
    filter("Change board approval", 2,
        taskService.createTaskQuery().taskDefinitionKey("approve-change-board"),
        PmoGroups.CHANGE_BOARD, PmoGroups.PMO);
  }

  private void filter(String name, int priority, TaskQuery query, String... groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setProperties(Map.of("priority", priority, "refresh", true,
              "description", name))
          .setQuery(query);
      filterService.saveFilter(filter);
    }
    for (String group : groups) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
