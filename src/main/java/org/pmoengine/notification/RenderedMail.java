package org.pmoengine.notification;

/** A mail rendered from its templates: the subject, the HTML part and the plain-text part. */
public record RenderedMail(String subject, String html, String text) {}
