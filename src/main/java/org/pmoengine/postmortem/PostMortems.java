package org.pmoengine.postmortem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pmoengine.project.People;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-mortem of a finished project: its record and metrics, the team asked for lessons,
 * the lessons they submit, and the PMO's review that publishes them to the library. Every step
 * can run twice (a retried job, a repeated start) without doing its work twice.
 */
@Service
@Transactional
public class PostMortems {

  private static final Logger log = LoggerFactory.getLogger(PostMortems.class);

  private final PostMortemRepository records;
  private final PostMortemMemberRepository members;
  private final LessonRepository lessons;
  private final ProjectRepository projects;
  private final ProjectTeam team;
  private final People people;
  private final ProjectMetrics metrics;
  private final EstimationHistory estimations;
  private final ObjectMapper json;
  private final Clock clock;

  public PostMortems(PostMortemRepository records, PostMortemMemberRepository members,
      LessonRepository lessons, ProjectRepository projects, ProjectTeam team,
      People people, ProjectMetrics metrics, EstimationHistory estimations,
      ObjectMapper json, Clock clock) {
    this.records = records;
    this.members = members;
    this.lessons = lessons;
    this.projects = projects;
    this.team = team;
    this.people = people;
    this.metrics = metrics;
    this.estimations = estimations;
    this.json = json;
    this.clock = clock;
  }

  /** Opens the post-mortem of a closed or killed project; false when it was opened before. */
  public boolean open(String projectKey) {
    if (records.findByProjectKey(projectKey).isPresent()) {
      return false;
    }
    Project project = project(projectKey);
    if (!project.getStatus().isEnded()) {
      throw new IllegalStateException(projectKey + " is " + project.getStatus()
          + ": only a closed or killed project has a post-mortem");
    }
    records.save(new PostMortem(projectKey, project.getCategory(), project.getStatus().name(),
        clock.instant()));
    log.info("Post-mortem of {} ({}) opened", projectKey, project.getStatus());
    return true;
  }

  /**
   * Computes the metrics from the project's record and stores them, and gives the estimation
   * accuracy per activity kind to the estimation history of the project's category, which the
   * intake rules read. Run again (a retried job), it replaces both.
   */
  public PostMortemMetrics computeMetrics(String projectKey) {
    PostMortem record = record(projectKey);
    Project project = project(projectKey);
    PostMortemMetrics computed = metrics.of(project);
    record.metricsComputed(write(computed), clock.instant());
    if (project.getCategory() == null || project.getCategory().isBlank()) {
      log.warn("{} has no category: its estimation is not kept for intake", projectKey);
    } else {
      estimations.record(projectKey, project.getCategory(), computed.estimation().stream()
          .map(k -> new KindEstimate(k.kind(), k.plannedDays(), k.actualDays())).toList());
    }
    log.info("Post-mortem metrics of {}: schedule {}, {} changes, {} gates, {} recycles",
        projectKey, computed.schedule(), computed.changes().count(), computed.gates().size(),
        computed.rework().recycles());
    return computed;
  }

  /**
   * Asks the project team for lessons; returns the members asked, in the team's order. A member
   * without a user account (a sponsor known only by name) cannot answer and is left out.
   */
  public List<String> inviteTeam(String projectKey) {
    List<String> ids = team.members(projectKey).stream().filter(this::hasAccount).toList();
    for (String id : ids) {
      if (members.findByProjectKeyAndUserId(projectKey, id).isEmpty()) {
        members.save(new PostMortemMember(projectKey, id, clock.instant()));
      }
    }
    log.info("Post-mortem of {}: lessons asked from {}", projectKey, ids);
    return invited(projectKey);
  }

  private boolean hasAccount(String userId) {
    boolean known = people.exists(userId);
    if (!known) {
      log.warn("Post-mortem: {} has no user account and is not asked for lessons", userId);
    }
    return known;
  }

  /** The members asked for lessons: the multi-instance collection of the lesson task. */
  @Transactional(readOnly = true)
  public List<String> invited(String projectKey) {
    return members.findByProjectKeyOrderByIdAsc(projectKey).stream()
        .map(PostMortemMember::getUserId).toList();
  }

  /** Members asked who have not answered yet. */
  @Transactional(readOnly = true)
  public List<String> notAnswered(String projectKey) {
    return members.findByProjectKeyOrderByIdAsc(projectKey).stream()
        .filter(m -> PostMortemMember.INVITED.equals(m.getStatus()))
        .map(PostMortemMember::getUserId).toList();
  }

  /** Stores a member's lesson as a draft; invalid answers store nothing. */
  public Lesson submitLesson(String projectKey, String author, LessonForm form) {
    var problems = form.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Lesson lesson = lessons.save(new Lesson(projectKey, author, LessonForm.strip(form.wentWell()),
        LessonForm.strip(form.wentBadly()), LessonForm.strip(form.recommendations()),
        LessonCategory.parse(form.category()).orElseThrow(), clock.instant()));
    members.findByProjectKeyAndUserId(projectKey, author)
        .ifPresent(m -> m.answered(clock.instant()));
    log.info("Post-mortem of {}: lesson {} from {}", projectKey, lesson.getId(), author);
    return lesson;
  }

  /** The deadline passed: whoever has not answered is recorded as a non-responder. */
  public List<String> recordNonResponders(String projectKey) {
    List<PostMortemMember> missing = members.findByProjectKeyOrderByIdAsc(projectKey).stream()
        .filter(m -> PostMortemMember.INVITED.equals(m.getStatus())).toList();
    missing.forEach(PostMortemMember::missed);
    List<String> ids = nonResponders(projectKey);
    log.info("Post-mortem of {}: the deadline passed without lessons from {}", projectKey, ids);
    return ids;
  }

  @Transactional(readOnly = true)
  public List<String> nonResponders(String projectKey) {
    return members.findByProjectKeyOrderByIdAsc(projectKey).stream()
        .filter(m -> PostMortemMember.MISSED.equals(m.getStatus()))
        .map(PostMortemMember::getUserId).toList();
  }

  /** The PMO review begins: what its form shows. */
  public ReviewSheet startReview(String projectKey) {
    PostMortem record = record(projectKey);
    record.inReview();
    List<Lesson> all = lessons.findByProjectKeyOrderByIdAsc(projectKey);
    return new ReviewSheet(MetricsText.of(read(record)), LessonsText.of(all),
        ReviewForm.lines(all), String.join(", ", nonResponders(projectKey)));
  }

  /**
   * The PMO tags the lessons and publishes them to the library, apart from those kept back.
   * Invalid tags or ids publish nothing.
   */
  public List<Lesson> publish(String projectKey, String tagLines, String withheldIds,
      String summary, String user) {
    PostMortem record = record(projectKey);
    List<Lesson> all = lessons.findByProjectKeyOrderByIdAsc(projectKey);
    Set<Long> ids = all.stream().map(Lesson::getId).collect(Collectors.toSet());
    ReviewForm review = ReviewForm.parse(tagLines, withheldIds, summary, ids);
    for (Lesson lesson : all) {
      if (review.tags().containsKey(lesson.getId())) {
        lesson.edit(null, null, null, null, review.tags().get(lesson.getId()));
      }
      if (review.withheld().contains(lesson.getId())) {
        lesson.withhold();
      } else {
        lesson.publish(user, clock.instant());
      }
    }
    record.published(review.summary(), user, clock.instant());
    log.info("Post-mortem of {} published by {}: {} lessons, {} kept back", projectKey, user,
        all.size() - review.withheld().size(), review.withheld().size());
    return all;
  }

  /** The PMO edits a lesson of a post-mortem under review; null fields stay as they are. */
  public Lesson editLesson(String projectKey, long lessonId, LessonEdit edit) {
    Lesson lesson = lessons.findById(lessonId).filter(l -> l.getProjectKey().equals(projectKey))
        .orElseThrow(() -> new NotFoundException(
            "The post-mortem of " + projectKey + " has no lesson " + lessonId + "."));
    var problems = edit.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    lesson.edit(LessonForm.strip(edit.wentWell()), LessonForm.strip(edit.wentBadly()),
        LessonForm.strip(edit.recommendations()),
        LessonCategory.parse(edit.category()).orElse(null), edit.tags() == null ? null
            : ReviewForm.parse(lessonId + ": " + edit.tags(), null, null, Set.of(lessonId))
                .tags().get(lessonId));
    return lesson;
  }

  @Transactional(readOnly = true)
  public Optional<PostMortemView> view(String projectKey) {
    return records.findByProjectKey(projectKey).map(r -> new PostMortemView(r.getProjectKey(),
        r.getCategory(), r.getOutcome(), r.getStatus(), r.getStartedAt(), r.getCompletedAt(),
        r.getCompletedBy(), r.getReviewSummary(), read(r), invited(projectKey),
        nonResponders(projectKey), lessons.findByProjectKeyOrderByIdAsc(projectKey).stream()
            .map(LessonView::of).toList()));
  }

  @Transactional(readOnly = true)
  public PostMortemMetrics metricsOf(String projectKey) {
    return read(record(projectKey));
  }

  @Transactional(readOnly = true)
  public List<Lesson> lessons(String projectKey) {
    return lessons.findByProjectKeyOrderByIdAsc(projectKey);
  }

  private PostMortemMetrics read(PostMortem record) {
    if (record.getMetricsJson() == null) {
      return null;
    }
    try {
      return json.readValue(record.getMetricsJson(), PostMortemMetrics.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored metrics of " + record.getProjectKey()
          + " cannot be read", e);
    }
  }

  private String write(PostMortemMetrics value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Metrics cannot be written as JSON", e);
    }
  }

  private PostMortem record(String projectKey) {
    return records.findByProjectKey(projectKey).orElseThrow(
        () -> new NotFoundException("Project " + projectKey + " has no post-mortem."));
  }

  private Project project(String projectKey) {
    return projects.getByKey(projectKey);
  }
}
