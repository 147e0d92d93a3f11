package org.pmoengine.postmortem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmoengine.change.ChangeRequest;
import org.pmoengine.change.ChangeRequestRepository;
import org.pmoengine.change.ChangeStatus;
import org.pmoengine.postmortem.PostMortemMetrics.ChangeSummary;
import org.springframework.stereotype.Component;

/**
 * A project's change requests, summed up for its post-mortem: how many ended in each status, how
 * many of each class, and the forecast slip and cost of those applied.
 */
@Component
public class ChangeRegister {

  private final ChangeRequestRepository changes;

  public ChangeRegister(ChangeRequestRepository changes) {
    this.changes = changes;
  }

  public ChangeSummary of(String projectKey) {
    List<ChangeRequest> all = changes.findByProjectKeyOrderByRequestedAtAscIdAsc(projectKey);
    List<ChangeRequest> applied = all.stream()
        .filter(c -> c.getStatus() == ChangeStatus.APPLIED).toList();
    return new ChangeSummary(all.size(), count(all, c -> c.getStatus().name()),
        count(all, c -> c.getChangeClass() == null ? null : c.getChangeClass().name()),
        applied.stream().map(ChangeRequest::getSlipDays).filter(Objects::nonNull)
            .mapToInt(Integer::intValue).sum(),
        applied.stream().map(ChangeRequest::getCostChange).filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static Map<String, Integer> count(List<ChangeRequest> changes,
      Function<ChangeRequest, String> by) {
    return changes.stream().map(by).filter(Objects::nonNull).collect(Collectors.groupingBy(
        Function.identity(), TreeMap::new, Collectors.summingInt(c -> 1)));
  }
}
