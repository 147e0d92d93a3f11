package org.pmoengine.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules of one evaluation did, in firing order. Rules record a sentence template and its
 * values; the sentences are only written out after the session, so the rules themselves never
 * build strings.
 */
public final class RuleTrail {

  private record Entry(String rule, double points, boolean scoring, String template, Object[] args) {}

  private final List<Entry> entries = new ArrayList<>(16);

  /** A rule that added points to the score; its reason is a phrase ("high business value (4/5)"). */
  public void points(String rule, double points, String template, Object... args) {
    entries.add(new Entry(rule, points, true, template, args));
  }

  /** A rule that classified or routed; its reason is a whole sentence. */
  public void note(String rule, String template, Object... args) {
    entries.add(new Entry(rule, 0, false, template, args));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public List<RuleContribution> contributions() {
    List<RuleContribution> contributions = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      contributions.add(new RuleContribution(e.rule, e.points, Sentences.format(e.template, e.args)));
    }
    return contributions;
  }

  /** One paragraph for people, writing the contributions out first. */
  public String explanation(String headline) {
    return explanation(headline, contributions());
  }

  /**
   * One paragraph built from the written-out contributions (see {@link #contributions()}): the
   * headline, the scoring phrases with their points, then the other sentences. For example
   * "Scored 68 (P2): high strategic alignment (4/5) (+15), ... Routed to PMO triage."
   */
  public String explanation(String headline, List<RuleContribution> contributions) {
    StringBuilder out = new StringBuilder(384).append(headline);
    boolean first = true;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).scoring) {
        out.append(first ? ": " : ", ").append(contributions.get(i).reason())
            .append(" (+").append(Sentences.number(entries.get(i).points)).append(')');
        first = false;
      }
    }
    out.append('.');
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).scoring) {
        out.append(' ').append(contributions.get(i).reason()).append('.');
      }
    }
    return out.toString();
  }
}
