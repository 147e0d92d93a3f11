package org.pmoengine.postmortem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lessons library: the published lessons of every post-mortem, searched by category and
 * words. On PostgreSQL the words are a full-text query ({@code plainto_tsquery}, English
 * stemming, all words must match) on the lesson's stored tsvector with its GIN index, ranked by
 * {@code ts_rank}. Elsewhere (H2 in the demo and the tests) every word must occur in the text,
 * tags or category, newest first. The words are always bound as parameters, never spliced in.
 */
@Service
public class LessonLibrary {

  /** At most this many lessons are returned, best first. */
  public static final int LIMIT = 100;
  /** At most this many words of a search are used. */
  public static final int MAX_WORDS = 10;
  /** The longest search text accepted. */
  public static final int MAX_QUERY = 200;

  private static final String COLUMNS = "l.id, l.project_key, l.category, l.tags, l.went_well,"
      + " l.went_badly, l.recommendations, l.author, l.submitted_at, l.published_at,"
      + " pm.category as project_category";
  private static final String SEARCHED_TEXT = "lower(concat(coalesce(l.went_well, ''), ' ',"
      + " coalesce(l.went_badly, ''), ' ', coalesce(l.recommendations, ''), ' ',"
      + " coalesce(l.tags, ''), ' ', l.category))";

  private final NamedParameterJdbcTemplate jdbc;
  private volatile Boolean postgres;

  public LessonLibrary(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The words of a search: letters and digits, lower case, each once, at most ten. */
  public static List<String> words(String q) {
    if (q == null) {
      return List.of();
    }
    return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
  }

  /**
   * A search as people type it: the category by name, the project key and the words, each
   * optional. Refuses a category that does not exist, a text of more than {@link #MAX_QUERY}
   * characters and a text without a word, naming the field.
   */
  @Transactional(readOnly = true)
  public List<LibraryLesson> search(String category, String projectKey, String q) {
    List<FieldProblem> problems = new ArrayList<>();
    LessonCategory parsed = null;
    if (category != null && !category.isBlank()) {
      parsed = LessonCategory.parse(category).orElse(null);
      if (parsed == null) {
        problems.add(new FieldProblem("category",
            "Choose a category: " + List.of(LessonCategory.values()) + "."));
      }
    }
    List<String> words = words(q);
    if (q != null && q.length() > MAX_QUERY) {
      problems.add(new FieldProblem("q", "Search with at most " + MAX_QUERY + " characters."));
    } else if (q != null && !q.isBlank() && words.isEmpty()) {
      problems.add(new FieldProblem("q", "Search for words (letters or digits)."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return search(parsed, projectKey, words);
  }

  /**
   * Published lessons, of one category when it is given, matching every word when there are
   * any: the best matches first on PostgreSQL, else the newest first.
   */
  @Transactional(readOnly = true)
  public List<LibraryLesson> search(LessonCategory category, List<String> words) {
    return search(category, null, words);
  }

  /** As {@link #search(LessonCategory, List)}, of one project's post-mortem when it is given. */
  @Transactional(readOnly = true)
  public List<LibraryLesson> search(LessonCategory category, String projectKey,
      List<String> words) {
    MapSqlParameterSource params = new MapSqlParameterSource("published",
        LessonStatus.PUBLISHED.name());
    StringBuilder where = new StringBuilder(" where l.status = :published");
    if (category != null) {
      where.append(" and l.category = :category");
      params.addValue("category", category.name());
    }
    if (projectKey != null && !projectKey.isBlank()) {
      where.append(" and l.project_key = :project");
      params.addValue("project", projectKey.strip());
    }
    String rank = "cast(null as double precision)";
    String order = " order by l.published_at desc, l.id desc";
    if (!words.isEmpty() && isPostgres()) {
      params.addValue("query", String.join(" ", words));
      where.append(" and l.search_vector @@ plainto_tsquery('english', :query)");
      rank = "ts_rank(l.search_vector, plainto_tsquery('english', :query))";
      order = " order by rank desc, l.published_at desc, l.id desc";
    } else {
      for (int i = 0; i < words.size(); i++) {
        where.append(" and ").append(SEARCHED_TEXT).append(" like :word").append(i);
        params.addValue("word" + i, "%" + words.get(i) + "%");
      }
    }
    String sql = "select " + COLUMNS + ", " + rank + " as rank from lesson l"
        + " left join post_mortem pm on pm.project_key = l.project_key" + where + order
        + " fetch first " + LIMIT + " rows only";
    return jdbc.query(sql, params, LessonLibrary::row);
  }

  /** The projects with published lessons, for the library's project filter. */
  @Transactional(readOnly = true)
  public List<String> projects() {
    return jdbc.queryForList("select distinct project_key from lesson where status = :published"
        + " order by project_key", new MapSqlParameterSource("published",
            LessonStatus.PUBLISHED.name()), String.class);
  }

  private static LibraryLesson row(ResultSet rs, int n) throws SQLException {
    double rank = rs.getDouble("rank");
    Double relevance = rs.wasNull() ? null : rank;
    return new LibraryLesson(rs.getLong("id"), rs.getString("project_key"),
        rs.getString("project_category"), LessonCategory.valueOf(rs.getString("category")),
        rs.getString("tags"), rs.getString("went_well"), rs.getString("went_badly"),
        rs.getString("recommendations"), rs.getString("author"),
        rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("published_at").toInstant(),
        relevance);
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) c ->
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
    }
    return postgres;
  }
}
