package org.pmoengine.web;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Malformed and hostile request bodies, built with QuickTheories generators: JSON of the right
 * shape with wrong, huge, empty or hostile values (and fields nobody asked for), JSON of the
 * wrong shape, and bytes that are no JSON at all. Strings never spell a class name, so an answer
 * that does spell one comes from the server.
 */
final class HostileJson {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String THOUSAND_DIGITS = "9".repeat(1000);
  private static final List<Character> LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> (char) c)
          .toList();

  private HostileJson() {}

  /** A hostile body for a request whose JSON binds to {@code type} (a record, list or null). */
  static Gen<byte[]> bodyFor(Type type) {
    return weighted(
        Pair.of(6, shaped(type).map(HostileJson::bytes)),
        Pair.of(2, anyJson(3).map(HostileJson::bytes)),
        Pair.of(2, broken()));
  }

  /** Engine variables ({@code {"name": {"value": .., "type": ..}}}) with the given names. */
  static Gen<ObjectNode> variables(List<String> names) {
    Gen<String> name = weighted(
        Pair.of(4, Generate.pick(names)),
        Pair.of(1, text()));
    Gen<String> variableType = orNull(Generate.pick(List.of("String", "Integer", "Long",
        "Double", "Short", "Boolean", "Date", "Json", "Xml", "Object", "Bytes", "File", "Null",
        "Number", "Unknown", "")), 3);
    Gen<JsonNode> variable = value(2).zip(variableType, booleans().all(),
        (value, type, withInfo) -> {
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
    Gen<JsonNode> entry = weighted(
        Pair.of(8, variable),
        Pair.of(2, value(2)));
    return lists().of(name).ofSizeBetween(0, 6).zip(lists().of(entry).ofSize(6),
        (keys, values) -> {
          ObjectNode object = NODES.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            object.set(keys.get(i), values.get(i));
          }
          return object;
        });
  }

  static Gen<byte[]> engineBody(List<String> names, String... otherFields) {
    Gen<JsonNode> variables = weighted(
        Pair.of(7, variables(names).map(v -> (JsonNode) v)),
        Pair.of(3, value(2)));
    Gen<String> extra = otherFields.length == 0 ? Generate.constant((String) null)
        : orNull(Generate.pick(List.of(otherFields)), 5);
    Gen<JsonNode> body = variables.zip(extra, value(1),
        Generate.pick(List.of("variables", "processVariables")),
        (vars, other, otherValue, field) -> {
          ObjectNode object = NODES.objectNode();
          object.set(field, vars);
          if (other != null) {
            object.set(other, otherValue);
          }
          return object;
        });
    return weighted(
        Pair.of(7, body.map(HostileJson::bytes)),
        Pair.of(1, anyJson(3).map(HostileJson::bytes)),
        Pair.of(2, broken()));
  }

  /** The record's own fields, each a sensible value or a hostile one, plus unknown fields. */
  static Gen<JsonNode> shaped(Type type) {
    Class<?> raw = raw(type);
    if (raw != null && raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      List<Gen<JsonNode>> fields = Arrays.stream(components)
          .map(c -> weighted(
              Pair.of(5, plausible(c.getGenericType())),
              Pair.of(4, value(2)),
              Pair.of(1, Generate.constant((JsonNode) null))))
          .toList();
      return all(fields).zip(lists().of(text()).ofSizeBetween(0, 2), value(1),
          (list, unknown, unknownValue) -> {
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
      return lists().of(shaped(p.getActualTypeArguments()[0])).ofSizeBetween(0, 3).map(list -> {
        ArrayNode array = NODES.arrayNode();
        list.forEach(array::add);
        return array;
      });
    }
    return plausible(type).mix(value(3));
  }

  /** A value of the right type, so that the checks behind the parsing are reached. */
  static Gen<JsonNode> plausible(Type type) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return value(1);
    }
    if (raw == String.class) {
      return alpha(1, 30).mix(Generate.pick(List.of("strategic", "operational", "APPROVE",
              "REJECT", "GO", "live", "MOVE_MILESTONE", "ca-member", "fuzz-rita")))
          .map(s -> (JsonNode) NODES.textNode(s));
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return integers().between(-2, 120).map(i -> (JsonNode) NODES.numberNode(i));
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return longs().between(0, 50_000_000L)
          .map(cents -> (JsonNode) NODES.numberNode(BigDecimal.valueOf(cents, 2)));
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return booleans().all().map(b -> (JsonNode) NODES.booleanNode(b));
    }
    if (raw == LocalDate.class) {
      return integers().between(-400, 2000)
          .map(days -> (JsonNode) NODES.textNode(LocalDate.of(2027, 1, 1).plusDays(days)
              .toString()));
    }
    if (raw.isEnum()) {
      return Generate.pick(List.of(raw.getEnumConstants()))
          .map(e -> (JsonNode) NODES.textNode(((Enum<?>) e).name()));
    }
    if (raw.isRecord() || Collection.class.isAssignableFrom(raw)) {
      return shaped(type);
    }
    return value(1);
  }

  /** Any JSON value: wrong types, extremes, hostile text, nesting. */
  static Gen<JsonNode> anyJson(int depth) {
    return value(depth);
  }

  static Gen<JsonNode> value(int depth) {
    Gen<JsonNode> leaf = oneOf(List.of(
        Generate.constant((JsonNode) NODES.nullNode()),
        booleans().all().map(b -> (JsonNode) NODES.booleanNode(b)),
        number(),
        text().map(t -> (JsonNode) NODES.textNode(t))));
    if (depth <= 0) {
      return leaf;
    }
    Gen<JsonNode> array = lists().of(value(depth - 1)).ofSizeBetween(0, 4).map(list -> {
      ArrayNode node = NODES.arrayNode();
      list.forEach(node::add);
      return node;
    });
    Gen<JsonNode> object = lists().of(text()).ofSizeBetween(0, 4)
        .zip(lists().of(value(depth - 1)).ofSize(4), (keys, values) -> {
          ObjectNode node = NODES.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            node.set(keys.get(i), values.get(i));
          }
          return node;
        });
    return weighted(
        Pair.of(6, leaf),
        Pair.of(2, array),
        Pair.of(2, object));
  }

  static Gen<JsonNode> number() {
    return oneOf(List.of(
        integers().all().map(i -> (JsonNode) NODES.numberNode(i)),
        longs().all().map(l -> (JsonNode) NODES.numberNode(l)),
        Generate.pick(List.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, 2147483648L))
            .map(l -> (JsonNode) NODES.numberNode(l)),
        Generate.pick(List.of("1e308", "-1e308", "1e-400", "0.000000000000000000001",
            "1E+2147483647", THOUSAND_DIGITS, "-" + THOUSAND_DIGITS, "0." + THOUSAND_DIGITS,
            "12345678901234567890"))
            .map(s -> (JsonNode) NODES.numberNode(new BigDecimal(s))),
        doubles().any().map(d -> (JsonNode) NODES.numberNode(d)),
        Generate.constant((JsonNode) NODES.numberNode(new BigInteger(THOUSAND_DIGITS)))));
  }

  /** Text that is empty, huge, full of control characters, markup, injection or odd dates. */
  static Gen<String> text() {
    return oneOf(List.of(
        strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40),
        strings().allPossible().ofLengthBetween(0, 20),
        strings().betweenCodePoints(0x00, 0x1f).ofLengthBetween(0, 10),
        repeated(3990, 4010),
        repeated(4001, 9000),
        Generate.pick(List.of("", " ", "\t\n", "null", "undefined", "NaN", "Infinity", "-0",
            "true", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=x>", "${7*7}", "#{7*7}", "{{7*7}}", "'; drop table project; --",
            "' or '1'='1", "../../../../etc/passwd", "%00", "\u0000", "\uFEFF", "\uD800",
            "\uDFFF", "\u202Eevil", "🙂🙂🙂", "+999999999-12-31", "-999999999-01-01",
            "2026-02-30", "9999-99-99", "2026-13-01T25:61:61", "1e1000", "REQ-2026-0001",
            "PRJ-2098-0001", "PRJ-9999-9999", "a".repeat(100_000)))));
  }

  /** Letters only, from {@code min} to {@code max} of them. */
  static Gen<String> alpha(int min, int max) {
    return lists().of(Generate.pick(LETTERS)).ofSizeBetween(min, max).map(chars -> {
      StringBuilder text = new StringBuilder(chars.size());
      chars.forEach(text::append);
      return text.toString();
    });
  }

  /** Long text, built by repeating a short unit rather than drawing every character. */
  static Gen<String> repeated(int min, int max) {
    return alpha(1, 3).zip(integers().between(min, max),
        (unit, length) -> unit.repeat(length / unit.length() + 1).substring(0, length));
  }

  /** Bytes that are not a JSON document: cut, deep, invalid UTF-8, or not JSON at all. */
  static Gen<byte[]> broken() {
    return oneOf(List.of(
        Generate.pick(List.of("", "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{a:1}", "{'a':1}",
            "nul", "[1,]", "{\"a\":1,}", "\"unterminated", "{\"a\":NaN}", "{\"a\":01}",
            "{\"a\":1e}", "<xml/>", "a=1&b=2", "{\"a\":1}{\"b\":2}",
            "{\"__proto__\":{\"x\":1}}", "{\"@class\":\"x\"}"))
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        integers().between(50, 5000).map(n -> ("[".repeat(n) + "]".repeat(n))
            .getBytes(StandardCharsets.UTF_8)),
        integers().between(50, 3000).map(n -> ("{\"a\":".repeat(n) + "1"
            + "}".repeat(n)).getBytes(StandardCharsets.UTF_8)),
        Generate.byteArrays(integers().between(0, 64),
            Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)),
        Generate.pick(List.of(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
            (byte) 0x28, '"', '}'}, new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':',
            '1', '}'}, new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))));
  }

  /** One of the generators, each as likely as the others. */
  static <T> Gen<T> oneOf(List<Gen<T>> choices) {
    return weighted(choices.stream().map(gen -> Pair.of(1, gen)).toList());
  }

  @SafeVarargs
  static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
    return weighted(List.of(choices));
  }

  static <T> Gen<T> weighted(List<Pair<Integer, Gen<T>>> choices) {
    return Generate.frequency(choices);
  }

  /** {@code null} in {@code tenths} of ten draws, else a value of {@code gen}. */
  static <T> Gen<T> orNull(Gen<T> gen, int tenths) {
    return weighted(Pair.of(10 - tenths, gen), Pair.of(tenths, Generate.constant((T) null)));
  }

  /** One value from each generator, in order; a value may be {@code null}. */
  static <T> Gen<List<T>> all(List<Gen<T>> gens) {
    return random -> gens.stream().map(gen -> gen.generate(random)).toList();
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
