package org.pmoengine.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters, sort order and page of the projects list, as they come in the address; unknown
 * values are ignored rather than refused, so a link that outlived a column still opens the list.
 *
 * @param stage a {@link ProjectRow.Phase} name
 * @param rag GREEN, AMBER, RED or NONE
 * @param q text found in the key or the name, ignoring case
 */
public record ProjectListQuery(String stage, String rag, String manager, String category,
    String q, String sort, String dir, int page) {

  public static final int PAGE_SIZE = 100;

  /** The sortable columns and what they sort by. */
  private static final Map<String, Comparator<ProjectRow>> COLUMNS = Map.ofEntries(
      Map.entry("key", by(ProjectRow::key)),
      Map.entry("stage", by(ProjectRow::phase)),
      Map.entry("rag", by(r -> r.rag() == null ? -1 : r.rag().ordinal())),
      Map.entry("manager", by(r -> lower(r.managerName()))),
      Map.entry("category", by(r -> lower(r.category()))),
      Map.entry("budget", by(ProjectRow::budget)),
      Map.entry("cpi", by(ProjectRow::cpi)),
      Map.entry("spi", by(ProjectRow::spi)),
      Map.entry("finish", by(ProjectRow::forecastFinish)),
      Map.entry("slip", by(ProjectRow::slipDays)),
      Map.entry("gate", by(ProjectRow::nextGate)));

  public ProjectListQuery {
    stage = blankToNull(stage);
    rag = blankToNull(rag);
    manager = blankToNull(manager);
    category = blankToNull(category);
    q = blankToNull(q);
    sort = sort != null && COLUMNS.containsKey(sort) ? sort : "key";
    dir = "desc".equals(dir) ? "desc" : "asc";
    page = Math.max(page, 1);
  }

  /** The query of the address's parameters; a page that is not a number is the first. */
  public static ProjectListQuery of(Map<String, String> params) {
    int page = 1;
    try {
      page = Integer.parseInt(params.getOrDefault("page", "1").strip());
    } catch (NumberFormatException e) {
      page = 1;
    }
    return new ProjectListQuery(params.get("stage"), params.get("rag"), params.get("manager"),
        params.get("category"), params.get("q"), params.get("sort"), params.get("dir"), page);
  }

  /** The rows that pass the filters, in the chosen order. */
  public List<ProjectRow> apply(List<ProjectRow> rows) {
    Comparator<ProjectRow> order = COLUMNS.get(sort);
    if (dir.equals("desc")) {
      order = order.reversed();
    }
    // the empty values last in either direction, then by key so that the order is stable
    Comparator<ProjectRow> emptyLast = Comparator.comparing(r -> isEmpty(r, sort));
    return rows.stream().filter(this::matches)
        .sorted(emptyLast.thenComparing(order).thenComparing(ProjectRow::key)).toList();
  }

  /** The rows of the chosen page. */
  public List<ProjectRow> page(List<ProjectRow> sorted) {
    int from = Math.min((page - 1) * PAGE_SIZE, sorted.size());
    return sorted.subList(from, Math.min(from + PAGE_SIZE, sorted.size()));
  }

  public int pages(int rows) {
    return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  boolean matches(ProjectRow row) {
    return (stage == null || row.phase().name().equals(stage))
        && (rag == null || row.ragCode().equals(rag))
        && (manager == null || manager.equals(row.manager()))
        && (category == null || category.equalsIgnoreCase(String.valueOf(row.category())))
        && (q == null || contains(row.key(), q) || contains(row.name(), q));
  }

  public boolean isFiltered() {
    return stage != null || rag != null || manager != null || category != null || q != null;
  }

  /** The address of the list sorted by this column: ascending, or reversed when it is sorted so. */
  public String sortedBy(String column) {
    String direction = column.equals(sort) && dir.equals("asc") ? "desc" : "asc";
    return link("/projects", column, direction, 1);
  }

  /** How a column header tells assistive technology the order: ascending, descending or none. */
  public String ariaSort(String column) {
    return !column.equals(sort) ? "none" : dir.equals("asc") ? "ascending" : "descending";
  }

  public String arrow(String column) {
    return !column.equals(sort) ? "" : dir.equals("asc") ? " ▲" : " ▼";
  }

  public String toPage(int number) {
    return link("/projects", sort, dir, number);
  }

  /** The CSV export with the same filters and order. */
  public String csv() {
    return link("/projects.csv", sort, dir, 1);
  }

  private String link(String path, String column, String direction, int number) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    param(uri, "stage", stage);
    param(uri, "rag", rag);
    param(uri, "manager", manager);
    param(uri, "category", category);
    param(uri, "q", q);
    param(uri, "sort", column.equals("key") && direction.equals("asc") ? null : column);
    param(uri, "dir", direction.equals("asc") ? null : direction);
    param(uri, "page", number == 1 ? null : String.valueOf(number));
    return uri.build().encode().toUriString();
  }

  private static void param(UriComponentsBuilder uri, String name, String value) {
    if (value != null) {
      uri.queryParam(name, value);
    }
  }

  private static boolean isEmpty(ProjectRow row, String column) {
    return switch (column) {
      case "cpi" -> row.cpi() == null;
      case "spi" -> row.spi() == null;
      case "finish" -> row.forecastFinish() == null;
      case "slip" -> row.slipDays() == null;
      case "gate" -> row.nextGate() == null;
      case "rag" -> row.rag() == null;
      case "category" -> row.category() == null;
      default -> false;
    };
  }

  private static <T extends Comparable<? super T>> Comparator<ProjectRow> by(
      Function<ProjectRow, T> key) {
    return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
