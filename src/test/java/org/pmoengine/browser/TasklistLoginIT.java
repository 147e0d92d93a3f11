package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistLoginIT {

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @BeforeEach
  void administratorExists() {
    Tasklist.ensureAdministratorExists(identityService);
  }

  @Test
  void pmoUserLogsInAndSeesTheSeededFilters() {
    TestUsers.ensure(identityService, "browser-paula", PmoGroups.REQUESTER, PmoGroups.PMO);
    Browser browser = extension.browser();

    new Tasklist(browser, port).login("browser-paula", TestUsers.PASSWORD);
    browser.waitForText("My group tasks");
    browser.screenshot("filters");

    assertThat(browser.pageText())
        .contains("My tasks", "My group tasks", "PMO triage", "Portfolio board review")
        .doesNotContain(Tasklist.FILTER_FAILURE);
  }

  @Test
  void requesterSeesOnlyTheFiltersOfTheirGroups() {
    TestUsers.ensure(identityService, "browser-rita", PmoGroups.REQUESTER);
    Browser browser = extension.browser();

    new Tasklist(browser, port).login("browser-rita", TestUsers.PASSWORD);
    browser.waitForText("My group tasks");
    browser.screenshot("filters");

    assertThat(browser.pageText())
        .contains("My tasks", "My group tasks")
        .doesNotContain("PMO triage", Tasklist.FILTER_FAILURE);
  }
}
