package org.pmoengine.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps refusals out of the engine's error log. The engine logs every exception that ends a
 * command, with its stack trace, before the caller sees it; for a refusal (the four-eyes rule,
 * invalid input) that is noise, and the answer's handler already logs one line with the sentence.
 * Real errors are logged as before.
 */
@Component
class QuietRefusals extends TurboFilter {

  private static final String ENGINE_LOGGERS = "org.camunda.bpm.engine";

  @EventListener(ApplicationReadyEvent.class)
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
        && logback.getTurboFilterList().stream().noneMatch(QuietRefusals.class::isInstance)) {
      setName("quiet-refusals");
      start();
      logback.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable t) {
    if (logger == null || !logger.getName().startsWith(ENGINE_LOGGERS)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    return thrown != null && Refusal.of(thrown).isPresent() ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }
}
