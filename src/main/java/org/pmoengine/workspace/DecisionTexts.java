package org.pmoengine.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pmoengine.scoring.DecisionRecord;
import org.springframework.stereotype.Component;

/**
 * A stored decision of the rules as people read it: what was decided, on which facts, which
 * rules fired and what each contributed, and the version of the rules. The JSON the decision
 * log keeps becomes lines of words; codes become words.
 */
@Component
public class DecisionTexts {

  /** One decision, ready for a page. */
  public record DecisionText(long id, String area, String subject, Instant decidedAt,
      String rulesVersion, String explanation, List<Line> outcome, List<Line> facts,
      List<Contribution> contributions) {}

  /** A named value. */
  public record Line(String label, String value) {}

  /** One rule that fired: its name, the points it added (blank when none) and its sentence. */
  public record Contribution(String rule, String points, String reason) {}

  private static final Map<String, String> AREAS = Map.of(
      "project-health", "Health rating",
      "gate-criteria", "Gate criteria",
      "budget-validation", "Budget validation",
      "invoice-checks", "Invoice checks",
      "change-classification", "Change classification",
      "intake-scoring", "Intake scoring");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}|RED");
  private static final Pattern CODE_IN_TEXT =
      Pattern.compile("\\b([A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}|RED|GO)\\b");
  private static final Set<String> MONEY_WORDS = Set.of("budget", "amount", "cost", "value",
      "eac", "bac", "etc", "vac", "asked", "variance", "estimate");
  private static final int VERSION_SHOWN = 12;

  private final ObjectMapper json;
  private final Labels labels;

  DecisionTexts(ObjectMapper json, Labels labels) {
    this.json = json;
    this.labels = labels;
  }

  public DecisionText of(DecisionRecord d) {
    String version = d.getRulesVersion();
    return new DecisionText(d.getId(), area(d.getDecisionArea()), subject(d.getSubjectKey()),
        d.getDecidedAt(),
        version.length() > VERSION_SHOWN ? version.substring(0, VERSION_SHOWN) : version,
        words(d.getExplanation()), outcome(read(d.getOutcome())), lines(read(d.getInputs())),
        contributions(read(d.getContributions())));
  }

  public List<DecisionText> of(List<DecisionRecord> records) {
    return records.stream().map(this::of).toList();
  }

  static String area(String code) {
    String title = AREAS.get(code);
    return title != null ? title : new Labels().word(code.replace('-', '_'));
  }

  /** {@code PRJ-2026-0001/invoice/7} reads "Invoice 7"; a record key stays as it is. */
  static String subject(String key) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      return key;
    }
    String[] parts = key.substring(slash + 1).split("/");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      out.append(out.isEmpty() ? new Labels().word(part) : " " + part);
    }
    return out.toString();
  }

  /** The outcome without the reasons, which the rules that fired give one by one. */
  private List<Line> outcome(JsonNode node) {
    if (node != null && node.isObject()) {
      ((ObjectNode) node).remove("reasons");
    }
    return lines(node);
  }

  /** A stored sentence with the codes in it as words: "Health of PRJ-1: RED" reads "... Red". */
  String words(String text) {
    if (text == null) {
      return "";
    }
    return CODE_IN_TEXT.matcher(text).replaceAll(m -> labels.word(m.group()));
  }

  private List<Line> lines(JsonNode node) {
    List<Line> lines = new ArrayList<>();
    if (node == null || !node.isObject()) {
      if (node != null && !node.isNull()) {
        lines.add(new Line("Outcome", value("", node)));
      }
      return lines;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isObject()) {
        lines.addAll(lines(field.getValue()));
      } else {
        lines.add(new Line(label(field.getKey()), value(field.getKey(), field.getValue())));
      }
    }
    return lines;
  }

  private List<Contribution> contributions(JsonNode node) {
    List<Contribution> list = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return list;
    }
    for (JsonNode c : node) {
      double points = c.path("points").asDouble(0);
      list.add(new Contribution(c.path("rule").asText(""),
          points == 0 ? "" : (points > 0 ? "+" : "") + number(BigDecimal.valueOf(points)),
          c.path("reason").asText("")));
    }
    return list;
  }

  /** {@code openHighRisks} reads "Open high risks", {@code cpi} "CPI". */
  static String label(String name) {
    if ((name.length() <= 3 || name.equals("wsjf")) && name.equals(name.toLowerCase(Locale.ROOT))) {
      return name.toUpperCase(Locale.ROOT);
    }
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private String value(String name, JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "–";
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? "Yes" : "No";
    }
    if (node.isNumber()) {
      return money(name) ? labels.amount(node.decimalValue()) : number(node.decimalValue());
    }
    if (node.isTextual()) {
      String text = node.asText();
      return CODE.matcher(text).matches() ? labels.word(text) : text;
    }
    if (node.isArray()) {
      if (node.isEmpty()) {
        return "none";
      }
      List<String> values = new ArrayList<>();
      node.forEach(element -> values.add(value(name, element)));
      return String.join(node.get(0).isObject() ? "; " : ", ", values);
    }
    List<String> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isNull()) {
        parts.add(label(field.getKey()).toLowerCase(Locale.ROOT) + " "
            + value(field.getKey(), field.getValue()));
      }
    }
    String text = String.join(", ", parts);
    return text.isEmpty() ? "–" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean money(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return MONEY_WORDS.stream().anyMatch(lower::contains) && !lower.contains("percent")
        && !lower.contains("index");
  }

  private static String number(BigDecimal value) {
    BigDecimal rounded = value.setScale(Math.min(3, Math.max(0, value.scale())),
        java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.toPlainString();
  }

  private JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(text);
    }
  }
}
