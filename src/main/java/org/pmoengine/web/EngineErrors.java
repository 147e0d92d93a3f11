package org.pmoengine.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What the engine's REST API answers when something goes wrong, in the shape Camunda's clients
 * read ({@code type}, {@code message}) and with the RFC 9457 fields beside it. A refusal (ours,
 * found anywhere in the cause chain, or the engine's answer to a request it can't take) is a 4xx
 * with a sentence for a person and one log line; only an error of ours is a 500 with its stack
 * trace in the log. No message carries an engine code, an internal id or a class name.
 */
final class EngineErrors {

  private static final Logger log = LoggerFactory.getLogger(EngineErrors.class);
  private static final Pattern TASK_PATH =
      Pattern.compile("(^|/)task/([^/]+)/(complete|submit-form|resolve)/?$");
  /** Class names, engine codes, internal ids, markup: what a message for a person must not hold. */
  private static final Pattern UNFIT = Pattern.compile(
      "\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.|Exception|ENGINE-\\d|\\$\\{|[<>\\r\\n]|"
          + "[0-9a-f]{8}-[0-9a-f]{4}-|\\b[0-9a-f]{16,}\\b|\\bline: \\d");

  record Answer(int status, Map<String, Object> body) {}

  private EngineErrors() {}

  static Answer answer(Throwable error, String method, String path) {
    Optional<Refusal> refusal = Refusal.of(error);
    if (refusal.isEmpty() && isTaskGone(error)) {
      refusal = taskGone(path);
    }
    if (refusal.isPresent()) {
      return refused(refusal.get(), method, path);
    }
    if (find(error, AuthorizationException.class).isPresent()) {
      log.info("Refused {} {}: no authorization", method, path);
      return answer(new Refusal(HttpStatus.FORBIDDEN, "Not allowed",
          "You are not allowed to do this.", List.of()));
    }
    HttpStatus status = clientError(error);
    if (status == null) {
      log.error("Unexpected error on {} {}", method, path, error);
      return answer(new Refusal(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
          "Something went wrong on our side. Nothing was changed; please try again.", List.of()));
    }
    Refusal readable = new Refusal(status, status.getReasonPhrase(),
        readableMessage(error).orElse(sentenceFor(status, error)), List.of());
    log.info("Refused {} {}: {}", method, path, readable.detail());
    return answer(readable);
  }

  /** Logs the refusal in one line, with the business key when the call was about a task. */
  static Answer refused(Refusal refusal, String method, String path) {
    log.info("Refused {} {}: {}{}", method, path, refusal.sentence(),
        EngineTasks.businessKeyOfTaskIn(path).map(key -> " (" + key + ")").orElse(""));
    return answer(refusal);
  }

  /**
   * {@code type} names the kind of refusal in a word, as Camunda's clients expect a word there;
   * it is no class name, so the webapps show {@code message} rather than their own
   * access-denied page, which needs Camunda's authorization details.
   */
  private static Answer answer(Refusal refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", word(refusal.title()));
    body.put("title", refusal.title());
    body.put("status", refusal.status().value());
    body.put("message", refusal.sentence());
    body.put("detail", refusal.detail());
    if (!refusal.problems().isEmpty()) {
      body.put("errors", refusal.problems());
    }
    return new Answer(refusal.status().value(), body);
  }

  /** "Not allowed" as one word, NotAllowed. */
  private static String word(String title) {
    StringBuilder word = new StringBuilder();
    for (String part : title.split("\\s+")) {
      if (!part.isEmpty()) {
        word.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return word.toString();
  }

  /** The engine says "not found" when a task was completed meanwhile. */
  private static boolean isTaskGone(Throwable error) {
    return find(error, NullValueException.class).isPresent()
        || (error instanceof RestException rest && rest.getStatus() != null
            && rest.getStatus().getStatusCode() == 404);
  }

  private static Optional<Refusal> taskGone(String path) {
    Matcher task = TASK_PATH.matcher(path);
    if (!task.find()) {
      return Optional.empty();
    }
    if (EngineTasks.isCompleted(task.group(2))) {
      return Optional.of(Refusal.conflict(
          "Someone else has already completed this task. Reload the task list."));
    }
    return Optional.of(new Refusal(HttpStatus.NOT_FOUND, "Not found",
        "This task does not exist or is no longer open. Reload the task list.", List.of()));
  }

  /** The 4xx status of a request the engine or its REST layer refused, null for our fault. */
  private static HttpStatus clientError(Throwable error) {
    if (error instanceof WebApplicationException web) {
      return clientStatus(web.getResponse().getStatus());
    }
    if (error instanceof RestException rest && rest.getStatus() != null) {
      HttpStatus status = clientStatus(rest.getStatus().getStatusCode());
      if (status != null) {
        return status;
      }
    }
    if (find(error, JacksonException.class).isPresent()
        || find(error, BadUserRequestException.class).isPresent()
        || find(error, ParseException.class).isPresent()) {
      return HttpStatus.BAD_REQUEST;
    }
    return null;
  }

  private static HttpStatus clientStatus(int code) {
    HttpStatus status = HttpStatus.resolve(code);
    return status != null && status.is4xxClientError() ? status : null;
  }

  /** The first message in the chain a person can read as it is. */
  private static Optional<String> readableMessage(Throwable error) {
    if (find(error, JacksonException.class).isPresent()) {
      return Optional.empty();
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !message.isBlank() && message.length() <= 300
          && !UNFIT.matcher(message).find()) {
        return Optional.of(message.strip());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String sentenceFor(HttpStatus status, Throwable error) {
    return switch (status) {
      case BAD_REQUEST -> find(error, JsonMappingException.class)
          .filter(mapping -> !mapping.getPath().isEmpty())
          .map(mapping -> "The value of " + JsonPaths.of(mapping) + " has the wrong type.")
          .orElse(find(error, JacksonException.class).isPresent()
              ? "The request body is not valid JSON or has a value of the wrong type."
              : "The request can't be carried out with these values. Check them and try again.");
      case FORBIDDEN -> "You are not allowed to do this.";
      case NOT_FOUND -> "There is nothing here, or you can't see it. Reload and try again.";
      case METHOD_NOT_ALLOWED -> "This action is not available at this address.";
      case NOT_ACCEPTABLE -> "This answer is only available as JSON.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as JSON.";
      default -> "The request can't be carried out as sent.";
    };
  }

  static <E extends Throwable> Optional<E> find(Throwable error, Class<E> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
