package org.pmoengine.postmortem;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The members asked for lessons, for the multi-instance lesson task:
 * {@code camunda:collection="${postMortemTeam.invited(projectKey)}"}. With nobody to ask, the
 * task is skipped and the PMO reviews the metrics alone.
 */
@Component("postMortemTeam")
public class PostMortemTeam {

  private final PostMortems postMortems;

  public PostMortemTeam(PostMortems postMortems) {
    this.postMortems = postMortems;
  }

  public List<String> invited(String projectKey) {
    return postMortems.invited(projectKey);
  }
}
