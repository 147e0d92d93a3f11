package org.pmoengine.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One engine variable as the REST API takes it: {@code {"value": .., "type": ..}}. */
final class VariableCheck {

  /** The engine keeps names and text in columns of 255 and 4,000 characters. */
  static final int MAX_NAME = 255;
  static final int MAX_TEXT = 4000;
  private static final Set<String> SERIALIZED = Set.of("json", "xml", "object", "bytes");
  private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);

  private VariableCheck() {}

  static Optional<FieldProblem> problem(String name, JsonNode variable) {
    String field = name.length() > 40 ? name.substring(0, 40) + "..." : name;
    if (name.isBlank() || name.length() > MAX_NAME) {
      return fail(field, "A variable needs a name of 1 to " + MAX_NAME + " characters.");
    }
    if (variable == null || !variable.isObject()) {
      return fail(field, "Give " + field + " as an object with a value and a type.");
    }
    JsonNode typeNode = variable.get("type");
    if (typeNode != null && !typeNode.isNull() && !typeNode.isTextual()) {
      return fail(field, "The type of " + field + " must be a type name such as String.");
    }
    String type = typeNode == null || typeNode.isNull() ? null
        : typeNode.textValue().toLowerCase(Locale.ROOT);
    JsonNode value = variable.get("value");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (type == null) {
      return untyped(field, value);
    }
    return switch (type) {
      case "string", "date" -> text(field, value);
      case "boolean" -> value.isBoolean() || value.asText().matches("true|false")
          ? Optional.empty() : fail(field, field + " must be true or false.");
      case "short" -> whole(field, value, Short.MIN_VALUE, Short.MAX_VALUE);
      case "integer" -> whole(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "long" -> whole(field, value, Long.MIN_VALUE, Long.MAX_VALUE);
      case "double" -> decimal(field, value);
      case "null" -> Optional.empty();
      default -> SERIALIZED.contains(type) ? (value.isTextual() ? Optional.empty()
          : fail(field, "Give the value of " + field + " as text in its format."))
          : fail(field, "The type of " + field + " must be String, Boolean, Short, Integer, "
              + "Long, Double, Date, Null, Json, Xml, Object or Bytes.");
    };
  }

  private static Optional<FieldProblem> untyped(String field, JsonNode value) {
    if (value.isTextual()) {
      return text(field, value);
    }
    if (value.isBoolean()) {
      return Optional.empty();
    }
    if (value.isIntegralNumber()) {
      return whole(field, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (value.isNumber()) {
      return decimal(field, value);
    }
    return fail(field, field + " must be text, a number, true or false; give a list or an "
        + "object as Json with its type.");
  }

  private static Optional<FieldProblem> text(String field, JsonNode value) {
    if (!value.isTextual()) {
      return fail(field, field + " must be text.");
    }
    return value.textValue().length() > MAX_TEXT
        ? fail(field, field + " is too long: at most 4,000 characters.") : Optional.empty();
  }

  private static Optional<FieldProblem> whole(String field, JsonNode value, long min, long max) {
    BigDecimal number = number(value);
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      return fail(field, field + " must be a whole number.");
    }
    return number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0
        ? fail(field, field + " must be a whole number between " + min + " and " + max + ".")
        : Optional.empty();
  }

  private static final BigDecimal BEYOND_ANY_LIMIT = BigDecimal.TEN.pow(400);

  private static Optional<FieldProblem> decimal(String field, JsonNode value) {
    BigDecimal number = number(value);
    if (number == null) {
      return fail(field, field + " must be a number.");
    }
    return number.abs().compareTo(MAX_DOUBLE) > 0
        ? fail(field, field + " is too large a number.") : Optional.empty();
  }

  private static BigDecimal number(JsonNode value) {
    if (value.isNumber()) {
      // a number beyond a double (1E+2147483647) was read as infinity, which has no decimal
      // value: it is beyond every limit, so it fails the range checks as too large
      return Double.isFinite(value.doubleValue()) || value.isBigDecimal() || value.isBigInteger()
          ? value.decimalValue() : BEYOND_ANY_LIMIT;
    }
    if (value.isTextual() && value.textValue().length() <= 40) {
      try {
        return new BigDecimal(value.textValue().strip());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  private static Optional<FieldProblem> fail(String field, String message) {
    return Optional.of(new FieldProblem(field, message));
  }
}
