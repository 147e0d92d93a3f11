package org.pmoengine.budget;

/**
 * Something an invoice check found, with a sentence for finance. The codes are stable: rules,
 * forms and tests refer to them.
 */
public record InvoiceFinding(String code, String message) {

  public static final String DUPLICATE_NUMBER = "DUPLICATE_NUMBER";
  public static final String OVER_REMAINING_BUDGET = "OVER_REMAINING_BUDGET";
  public static final String MISSING_PURCHASE_ORDER = "MISSING_PURCHASE_ORDER";
  public static final String VENDOR_NOT_ON_PROJECT = "VENDOR_NOT_ON_PROJECT";
  public static final String DATE_OUTSIDE_PROJECT = "DATE_OUTSIDE_PROJECT";
}
