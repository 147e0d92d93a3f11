package org.pmoengine.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Malformed and hostile request bodies, built with jqwik: JSON of the right shape with wrong,
 * huge, empty or hostile values (and fields nobody asked for), JSON of the wrong shape, and bytes
 * that are no JSON at all. Strings never spell a class name, so an answer that does spell one
 * comes from the server.
 */
final class HostileJson {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String THOUSAND_DIGITS = "9".repeat(1000);

  private HostileJson() {}

  /** A hostile body for a request whose JSON binds to {@code type} (a record, list or null). */
  static Arbitrary<byte[]> bodyFor(Type type) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, shaped(type).map(HostileJson::bytes)),
        Tuple.of(2, anyJson(3).map(HostileJson::bytes)),
        Tuple.of(2, broken()));
  }

  /** Engine variables ({@code {"name": {"value": .., "type": ..}}}) with the given names. */
  static Arbitrary<ObjectNode> variables(List<String> names) {
    Arbitrary<String> name = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(names)),
        Tuple.of(1, text()));
    Arbitrary<String> variableType = Arbitraries.of("String", "Integer", "Long", "Double",
        "Short", "Boolean", "Date", "Json", "Xml", "Object", "Bytes", "File", "Null", "Number",
        "Unknown", "");
    Arbitrary<JsonNode> variable = Combinators.combine(value(2), variableType.injectNull(0.3),
        Arbitraries.of(true, false)).as((value, type, withInfo) -> {
          ObjectNode v = NODES.objectNode();
          v.set("value", value);
          if (type != null) {
            v.put("type", type);
          }
          if (withInfo) {
            v.set("valueInfo", NODES.objectNode().put("objectTypeName", "x")
                .put("serializationDataFormat", "application/json"));
          }
          return v;
        });
    Arbitrary<JsonNode> entry = Arbitraries.frequencyOf(
        Tuple.of(8, variable),
        Tuple.of(2, value(2)));
    return Combinators.combine(name.list().ofMaxSize(6), entry.list().ofSize(6))
        .as((keys, values) -> {
          ObjectNode object = NODES.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            object.set(keys.get(i), values.get(i));
          }
          return object;
        });
  }

  static Arbitrary<byte[]> engineBody(List<String> names, String... otherFields) {
    Arbitrary<JsonNode> variables = Arbitraries.frequencyOf(
        Tuple.of(7, variables(names).map(v -> (JsonNode) v)),
        Tuple.of(3, value(2)));
    Arbitrary<String> extra = otherFields.length == 0 ? Arbitraries.just(null)
        : Arbitraries.of(otherFields).injectNull(0.5);
    Arbitrary<JsonNode> body = Combinators.combine(variables, extra, value(1), Arbitraries.of("variables", "processVariables")).as(
            (vars, other, otherValue, field) -> {
              ObjectNode object = NODES.objectNode();
              object.set(field, vars);
              if (other != null) {
                object.set(other, otherValue);
              }
              return object;
            });
    return Arbitraries.frequencyOf(
        Tuple.of(7, body.map(HostileJson::bytes)),
        Tuple.of(1, anyJson(3).map(HostileJson::bytes)),
        Tuple.of(2, broken()));
  }

  /** The record's own fields, each a sensible value or a hostile one, plus unknown fields. */
  static Arbitrary<JsonNode> shaped(Type type) {
    Class<?> raw = raw(type);
    if (raw != null && raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      List<Arbitrary<JsonNode>> fields = java.util.Arrays.stream(components)
          .map(c -> Arbitraries.frequencyOf(
              Tuple.of(5, plausible(c.getGenericType())),
              Tuple.of(4, value(2)),
              Tuple.of(1, Arbitraries.just((JsonNode) null))))
          .toList();
      Arbitrary<List<JsonNode>> values = Combinators.combine(fields).as(list -> list);
      return Combinators.combine(values, text().list().ofMaxSize(2), value(1))
          .as((list, unknown, unknownValue) -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < components.length; i++) {
              if (list.get(i) != null) {
                object.set(components[i].getName(), list.get(i));
              }
            }
            unknown.forEach(name -> object.set(name, unknownValue));
            return object;
          });
    }
    if (raw != null && Collection.class.isAssignableFrom(raw)
        && type instanceof ParameterizedType p) {
      return shaped(p.getActualTypeArguments()[0]).list().ofMaxSize(3).map(list -> {
        ArrayNode array = NODES.arrayNode();
        list.forEach(array::add);
        return array;
      });
    }
    return Arbitraries.oneOf(plausible(type), value(3));
  }

  /** A value of the right type, so that the checks behind the parsing are reached. */
  static Arbitrary<JsonNode> plausible(Type type) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return value(1);
    }
    if (raw == String.class) {
      return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30),
          Arbitraries.of("strategic", "operational", "APPROVE", "REJECT", "GO", "live",
              "MOVE_MILESTONE", "ca-member", "fuzz-rita"))
          .map(s -> (JsonNode) NODES.textNode(s));
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return Arbitraries.integers().between(-2, 120).map(i -> (JsonNode) NODES.numberNode(i));
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500000"))
          .ofScale(2).map(d -> (JsonNode) NODES.numberNode(d));
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b));
    }
    if (raw == LocalDate.class) {
      return Arbitraries.integers().between(-400, 2000)
          .map(days -> (JsonNode) NODES.textNode(LocalDate.of(2027, 1, 1).plusDays(days)
              .toString()));
    }
    if (raw.isEnum()) {
      return Arbitraries.of(raw.getEnumConstants())
          .map(e -> (JsonNode) NODES.textNode(((Enum<?>) e).name()));
    }
    if (raw.isRecord() || Collection.class.isAssignableFrom(raw)) {
      return shaped(type);
    }
    return value(1);
  }

  /** Any JSON value: wrong types, extremes, hostile text, nesting. */
  static Arbitrary<JsonNode> anyJson(int depth) {
    return value(depth);
  }

  static Arbitrary<JsonNode> value(int depth) {
    Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
        Arbitraries.just(NODES.nullNode()),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        number(),
        text().map(NODES::textNode));
    if (depth <= 0) {
      return leaf;
    }
    Arbitrary<JsonNode> array = value(depth - 1).list().ofMaxSize(4).map(list -> {
      ArrayNode node = NODES.arrayNode();
      list.forEach(node::add);
      return node;
    });
    Arbitrary<JsonNode> object = Combinators.combine(text().list().ofMaxSize(4),
        value(depth - 1).list().ofSize(4)).as((keys, values) -> {
          ObjectNode node = NODES.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            node.set(keys.get(i), values.get(i));
          }
          return node;
        });
    return Arbitraries.frequencyOf(
        Tuple.of(6, leaf),
        Tuple.of(2, array),
        Tuple.of(2, object));
  }

  static Arbitrary<JsonNode> number() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, 2147483648L)
            .map(l -> (JsonNode) NODES.numberNode(l)),
        Arbitraries.of("1e308", "-1e308", "1e-400", "0.000000000000000000001", "1E+2147483647",
            THOUSAND_DIGITS, "-" + THOUSAND_DIGITS, "0." + THOUSAND_DIGITS, "12345678901234567890")
            .map(s -> (JsonNode) NODES.numberNode(new BigDecimal(s))),
        Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
        Arbitraries.just(NODES.numberNode(new BigInteger(THOUSAND_DIGITS))));
  }

  /** Text that is empty, huge, full of control characters, markup, injection or odd dates. */
  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
        repeated(3990, 4010),
        repeated(4001, 9000),
        Arbitraries.of("", " ", "\t\n", "null", "undefined", "NaN", "Infinity", "-0", "true",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=x>",
            "${7*7}", "#{7*7}", "{{7*7}}", "'; drop table project; --", "' or '1'='1",
            "../../../../etc/passwd", "%00", "\u0000", "\uFEFF", "\uD800", "\uDFFF",
            "\u202Eevil", "🙂🙂🙂", "+999999999-12-31", "-999999999-01-01", "2026-02-30",
            "9999-99-99", "2026-13-01T25:61:61", "1e1000", "REQ-2026-0001", "PRJ-2098-0001",
            "PRJ-9999-9999", "a".repeat(100_000)));
  }

  /** Long text, built by repetition: jqwik would build it character by character. */
  static Arbitrary<String> repeated(int min, int max) {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3),
        Arbitraries.integers().between(min, max))
        .as((unit, length) -> unit.repeat(length / unit.length() + 1).substring(0, length));
  }

  /** Bytes that are not a JSON document: cut, deep, invalid UTF-8, or not JSON at all. */
  static Arbitrary<byte[]> broken() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{a:1}", "{'a':1}", "nul",
            "[1,]", "{\"a\":1,}", "\"unterminated", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":1e}",
            "<xml/>", "a=1&b=2", "{\"a\":1}{\"b\":2}", "{\"__proto__\":{\"x\":1}}",
            "{\"@class\":\"x\"}")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.integers().between(50, 5000).map(n -> ("[".repeat(n) + "]".repeat(n))
            .getBytes(StandardCharsets.UTF_8)),
        Arbitraries.integers().between(50, 3000).map(n -> ("{\"a\":".repeat(n) + "1"
            + "}".repeat(n)).getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
        Arbitraries.of(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"',
            '}'}, new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'},
            new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
  }

  static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
