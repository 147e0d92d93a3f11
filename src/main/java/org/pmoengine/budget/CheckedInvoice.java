package org.pmoengine.budget;

import java.util.List;

/** An invoice with what the checks found about it (nothing, for a clean invoice). */
public record CheckedInvoice(Invoice invoice, List<InvoiceFinding> findings) {}
