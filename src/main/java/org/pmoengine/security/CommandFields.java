package org.pmoengine.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what an engine command was asked to do. Camunda's commands keep their arguments in
 * protected fields without getters, and the guard must see them before the command runs.
 */
final class CommandFields {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private CommandFields() {}

  static <T> T read(Object command, String name, Class<T> type) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name,
        k -> find(command.getClass(), name));
    try {
      return type.cast(field.get(command));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of an engine command", e);
    }
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new IllegalStateException("Engine command " + type.getSimpleName() + " has no " + name);
  }
}
