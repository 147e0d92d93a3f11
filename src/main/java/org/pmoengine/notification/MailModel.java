package org.pmoengine.notification;

/**
 * The model of one mail template: a record whose component names are the template's variables
 * ({@code record ReviewTask(String requestKey, String title, String link) implements
 * MailModel}). A component may be null; the templates test for it.
 */
public interface MailModel {
}
