package org.pmoengine.notification;

import java.util.Collection;
import java.util.List;
import org.pmoengine.project.People;
import org.pmoengine.project.People.Person;
import org.springframework.stereotype.Component;

/** The mail addresses of users and groups, from the people directory. */
@Component
class Recipients {

  /** A user and their e-mail address, which may be missing. */
  record Recipient(String userId, String email) {

    boolean hasEmail() {
      return email != null && !email.isBlank();
    }
  }

  private final People people;

  Recipients(People people) {
    this.people = people;
  }

  /** The users with these ids, in the given order; unknown ids are left out. */
  List<Recipient> users(Collection<String> userIds) {
    return people.find(userIds).stream().map(Recipients::recipient).toList();
  }

  /** The members of the group, ordered by user id. */
  List<Recipient> groupMembers(String groupId) {
    return people.members(groupId).stream().map(Recipients::recipient).toList();
  }

  private static Recipient recipient(Person person) {
    return new Recipient(person.id(), person.email());
  }
}
