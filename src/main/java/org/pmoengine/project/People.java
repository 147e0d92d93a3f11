package org.pmoengine.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.security.EngineCalls;
import org.springframework.stereotype.Component;

/**
 * The people directory: the users and groups of Camunda's identity service, as every feature
 * needs them (does this user exist, who is in the gate board, where does their mail go). The
 * caller may not be allowed to read users, so lookups run without authorization checks.
 */
@Component
public class People {

  /** A person with an account: user id, display name and mail address (may be empty). */
  public record Person(String id, String name, String email) {

    public boolean hasEmail() {
      return email != null && !email.isBlank();
    }
  }

  private final IdentityService identity;
  private final EngineCalls engine;
  private final PmoProperties properties;

  public People(IdentityService identity, EngineCalls engine, PmoProperties properties) {
    this.identity = identity;
    this.engine = engine;
    this.properties = properties;
  }

  public boolean exists(String userId) {
    return userId != null && engine.withoutAuthorization(
        () -> identity.createUserQuery().userId(userId).count() > 0);
  }

  public Optional<Person> find(String userId) {
    return find(List.of(userId)).stream().findFirst();
  }

  /** The users with these ids, in the given order; unknown ids are left out. */
  public List<Person> find(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    // one query for all of them: a list of a thousand projects names a few dozen managers
    return engine.withoutAuthorization(() -> {
      Map<String, User> found = new HashMap<>();
      for (User user : identity.createUserQuery()
          .userIdIn(userIds.stream().distinct().toArray(String[]::new)).list()) {
        found.put(user.getId(), user);
      }
      List<Person> people = new ArrayList<>();
      for (String userId : userIds) {
        User user = found.get(userId);
        if (user != null) {
          people.add(person(user));
        }
      }
      return people;
    });
  }

  /** The members of a group, ordered by user id. */
  public List<Person> members(String groupId) {
    return engine.withoutAuthorization(() -> identity.createUserQuery().memberOfGroup(groupId)
        .orderByUserId().asc().list().stream().map(People::person).toList());
  }

  /** The PMO lead ({@code pmo.pmo-lead}), who receives escalations; empty when unset. */
  public Optional<String> pmoLead() {
    return Optional.ofNullable(properties.pmoLead()).filter(id -> !id.isBlank());
  }

  private static Person person(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
  }
}
