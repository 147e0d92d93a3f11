package org.pmoengine.postmortem;

/**
 * What the PMO review form shows and starts with.
 *
 * @param metrics the metrics as Markdown
 * @param lessons the lessons as Markdown, each with its id
 * @param tagLines one line per lesson ({@code 12: tag, tag}) for the PMO to fill in
 * @param nonResponders who did not answer by the deadline, comma-separated
 */
public record ReviewSheet(String metrics, String lessons, String tagLines, String nonResponders) {}
