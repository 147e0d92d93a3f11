package org.pmoengine.portfolio;

import java.util.List;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.RequestStatus;
import org.pmoengine.intake.Route;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open pipeline, best score first, for the PMO and the portfolio board. */
@RestController
@RequestMapping("/api/portfolio")
class PortfolioController {

  record RankedRequest(int rank, String key, String title, Integer score, String priorityClass,
      Route route, RequestStatus status, String submittedBy, List<String> topReasons) {}

  private final PortfolioRanking ranking;

  PortfolioController(PortfolioRanking ranking) {
    this.ranking = ranking;
  }

  @GetMapping("/ranking")
  @Transactional(readOnly = true)
  List<RankedRequest> ranking() {
    List<ProjectRequest> open = ranking.openRequests();
    return java.util.stream.IntStream.range(0, open.size())
        .mapToObj(i -> {
          ProjectRequest r = open.get(i);
          return new RankedRequest(i + 1, r.getKey(), r.getTitle(), r.getScore(),
              r.getPriorityClass(), r.getRoute(), r.getStatus(), r.getSubmittedBy(),
              r.getTopReasons());
        })
        .toList();
  }
}
