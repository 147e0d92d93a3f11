package org.pmoengine.budget;

import java.util.List;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks every invoice goes through, with the rules in {@code rules/invoice-checks.drl}: a
 * duplicate invoice number from the same vendor, more than the budget line has left, no purchase
 * order, a vendor not engaged on the project, and a date outside the project. A finding does not
 * stop the invoice; it flags it for finance. When an invoice is recorded, its findings are stored
 * in the decision log with their reasons and the rules version.
 */
@Service
public class InvoiceChecks {

  /** The decision area of invoice checks in the decision log. */
  public static final String DECISION_AREA = "invoice-checks";

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public InvoiceChecks(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the checks; stores nothing. */
  public List<InvoiceFinding> check(InvoiceFacts facts) {
    InvoiceAssessment assessment = new InvoiceAssessment(facts);
    rules.evaluate(assessment);
    return assessment.findings();
  }

  /** Evaluates the checks of a stored invoice and keeps what they found, with the reasons. */
  @Transactional
  public List<InvoiceFinding> checkAndRecord(long invoiceId, InvoiceFacts facts) {
    InvoiceAssessment assessment = new InvoiceAssessment(facts);
    String version = rules.evaluate(assessment);
    DecisionRecord ignored = decisions.record(DECISION_AREA,
        facts.projectKey() + "/invoice/" + invoiceId, version, facts, assessment.findings(),
        assessment.contributions(), assessment.explanation());
    return assessment.findings();
  }
}
