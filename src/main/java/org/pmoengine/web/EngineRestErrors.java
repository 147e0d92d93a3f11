package org.pmoengine.web;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link EngineErrorMapper} and {@link EngineInputCheck} into every Jersey application of this server. The webapps
 * register their engine API ({@code /camunda/api/engine}) from a fixed class list that no bean
 * can extend, so Jersey's auto-discovery (listed in {@code META-INF/services}) is the one hook
 * that reaches it and {@code /engine-rest} alike.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class EngineRestErrors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineErrorMapper.AnyError.class)) {
      context.register(EngineErrorMapper.AnyError.class);
      context.register(EngineErrorMapper.EngineError.class);
      context.register(EngineErrorMapper.RestError.class);
      context.register(EngineErrorMapper.JsonMappingError.class);
      context.register(EngineErrorMapper.JsonParseError.class);
      context.register(EngineInputCheck.class);
    }
  }
}
