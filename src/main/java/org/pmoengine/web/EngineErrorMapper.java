package org.pmoengine.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers every error of the engine's REST API ({@code /engine-rest}, and the one Tasklist and
 * Cockpit call under {@code /camunda/api/engine}) through {@link EngineErrors}, in place of
 * Camunda's own mappers. Jersey picks the mapper whose exception type is nearest to the error and,
 * at equal distance, the one of higher priority: so there is one subclass for each type Camunda
 * maps (Throwable, ProcessEngineException, RestException and the two JSON errors), each ahead of
 * Camunda's.
 */
public abstract class EngineErrorMapper<T extends Throwable> implements ExceptionMapper<T> {

  /** Ahead of Camunda's mappers and Jackson's, which have the default (USER, 5000). */
  static final int AHEAD_OF_CAMUNDA = 100;

  @Context private UriInfo uri;
  @Context private Request request;

  @Override
  public Response toResponse(T error) {
    EngineErrors.Answer answer = EngineErrors.answer(error, request.getMethod(),
        uri.getPath());
    return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(answer.body()).build();
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class AnyError extends EngineErrorMapper<Throwable> {}

  @Priority(AHEAD_OF_CAMUNDA)
  public static class EngineError extends EngineErrorMapper<ProcessEngineException> {}

  @Priority(AHEAD_OF_CAMUNDA)
  public static class RestError extends EngineErrorMapper<RestException> {}

  @Priority(AHEAD_OF_CAMUNDA)
  public static class JsonMappingError extends EngineErrorMapper<JsonMappingException> {}

  @Priority(AHEAD_OF_CAMUNDA)
  public static class JsonParseError extends EngineErrorMapper<JsonParseException> {}
}
