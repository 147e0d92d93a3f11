package org.pmoengine.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application-wide settings ({@code pmo.*}). Feature settings live in their own properties
 * classes ({@code pmo.intake.*}, {@code pmo.notification.*}, ...).
 *
 * @param baseUrl the public address of this installation as people's browsers reach it (behind a
 *     reverse proxy: the proxy's address), for links in mail; set in application.yml from
 *     {@code PMO_BASE_URL}, never written into code
 * @param mailFrom the sender address of every mail
 * @param pmoLead user id of the PMO lead, who receives escalated reviews; when empty, escalations
 *     go to the whole PMO group
 * @param demo settings of the demo profile
 */
@ConfigurationProperties("pmo")
public record PmoProperties(
    String baseUrl,
    @DefaultValue("pmo-engine@localhost") String mailFrom,
    String pmoLead,
    @DefaultValue Demo demo) {

  public PmoProperties {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalStateException(
          "pmo.base-url is not set: set PMO_BASE_URL to the address people open this "
              + "installation at, e.g. https://pmo.example.org");
    }
    // links are built as baseUrl + "/path"
    baseUrl = baseUrl.strip().replaceAll("/+$", "");
  }

  public boolean hasPmoLead() {
    return pmoLead != null && !pmoLead.isBlank();
  }

  /** Tasklist of this installation, for links in mail. */
  public String tasklistUrl() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }

  /** One task in Tasklist, for links in mail. */
  public String taskUrl(String taskId) {
    return tasklistUrl() + "#/?task=" + taskId;
  }

  /**
   * A project's page in the workspace, optionally at a section ({@code plan}, {@code risks}):
   * the page a form or mail links to instead of an API path.
   */
  public String projectUrl(String projectKey, String section) {
    String page = baseUrl + "/projects/" + projectKey;
    return section == null || section.isBlank() ? page : page + "#" + section;
  }

  /** A workspace page such as {@code requests}, {@code pipeline} or {@code lessons}. */
  public String pageUrl(String page) {
    return baseUrl + "/" + page;
  }

  /** @param password the password of every demo user (default profile only) */
  public record Demo(@DefaultValue("demo") String password) {}
}
