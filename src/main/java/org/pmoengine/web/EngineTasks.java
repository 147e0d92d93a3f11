package org.pmoengine.web;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * Looks up the task an engine REST call was about, for the answer (was it completed meanwhile?)
 * and the log line (which business key). The caller may not read history, so the lookup runs on
 * a thread of its own, where the engine knows no authenticated user; the caller learns no more
 * than that the task is done.
 */
final class EngineTasks {

  private static final Pattern TASK_ID = Pattern.compile("(^|/)task/([^/]+)/");
  private static final Executor UNAUTHENTICATED = Executors.newSingleThreadExecutor(work -> {
    Thread thread = new Thread(work, "engine-task-lookup");
    thread.setDaemon(true);
    return thread;
  });

  private EngineTasks() {}

  static boolean isCompleted(String taskId) {
    return read(history -> Optional.ofNullable(history.createHistoricTaskInstanceQuery()
        .taskId(taskId).singleResult()).map(task -> task.getEndTime() != null).orElse(false))
        .orElse(false);
  }

  static Optional<String> businessKeyOfTaskIn(String path) {
    Matcher matcher = TASK_ID.matcher(path);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String taskId = matcher.group(2);
    return read(history -> {
      HistoricTaskInstance task =
          history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      HistoricProcessInstance instance = task == null || task.getProcessInstanceId() == null
          ? null : history.createHistoricProcessInstanceQuery()
              .processInstanceId(task.getProcessInstanceId()).singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
  }

  private static <T> Optional<T> read(java.util.function.Function<HistoryService, T> query) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) {
      return Optional.empty();
    }
    Supplier<T> lookup = () -> query.apply(engine.getHistoryService());
    return Optional.ofNullable(CompletableFuture.supplyAsync(lookup, UNAUTHENTICATED).join());
  }
}
