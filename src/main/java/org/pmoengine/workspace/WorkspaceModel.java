package org.pmoengine.workspace;

import org.pmoengine.project.People;
import org.pmoengine.security.CurrentUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every workspace page knows: the signed-in viewer, for the header and navigation. */
@ControllerAdvice(basePackageClasses = WorkspaceModel.class)
class WorkspaceModel {

  private final CurrentUser user;
  private final People people;

  WorkspaceModel(CurrentUser user, People people) {
    this.user = user;
    this.people = people;
  }

  @ModelAttribute("viewer")
  Viewer viewer() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    String id = user.id();
    String name = people.find(id).map(People.Person::name).orElse(id);
    return new Viewer(id, name, user.groups());
  }
}
