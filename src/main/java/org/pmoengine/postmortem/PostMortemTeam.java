package org.pmoengine.postmortem;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The members asked for lessons, for the multi-instance lesson task:
 * {@code camunda:collection="${postMortemTeam.invited(projectKey)}"}.
 */
@Component("postMortemTeam")
public class PostMortemTeam {

  private final PostMortems postMortems;

  public PostMortemTeam(PostMortems postMortems) {
    this.postMortems = postMortems;
  }

  public List<String> invited(String projectKey) {
    List<String> ids = postMortems.invited(projectKey);
    if (ids.isEmpty()) {
      throw new IllegalStateException("The post-mortem of " + projectKey + " asked nobody");
    }
    return ids;
  }
}
