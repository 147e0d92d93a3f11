package org.pmoengine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The forms of the "Risks and issues" and "Budget" tabs without JavaScript: a plain POST that
 * succeeds redirects back to the entry, one with mistakes shows the page again with the message
 * next to the field and stores nothing, and a reader's or outsider's POST is refused with a page
 * in words, never JSON or a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectTabFormsTests {

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;

  String key;

  @BeforeEach
  void project() {
    TestUsers.ensure(identity, "ptf-pm", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "ptf-sponsor", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "ptf-dev", PmoGroups.REQUESTER);
    key = TestProjects.create(jdbc, projects, "ptf-pm", "ptf-sponsor").getKey();
    team.add(key, "ptf-dev", "Developer", "ptf-pm");
  }

  @Test
  void aRiskFormWithMistakesComesBackWithMessagesAndAGoodOneRedirectsToTheRisk()
      throws Exception {
    String page = mvc.perform(post("/projects/" + key + "/registers/risks")
            .with(as("ptf-pm", PmoGroups.REQUESTER)).with(csrf())
            .param("title", " ").param("probability", "7").param("impact", "2")
            .param("owner", "ptf-pm"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"risk-new-title-error\"", "Enter the title.",
        "id=\"risk-new-probability-error\"",
        "Rate the probability from 1 (very low) to 5 (very high).");
    assertThat(risks()).isZero();

    mvc.perform(post("/projects/" + key + "/registers/risks")
            .with(as("ptf-pm", PmoGroups.REQUESTER)).with(csrf())
            .param("title", "Data centre move slips").param("probability", "2")
            .param("impact", "5").param("owner", "ptf-pm"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("risksNotice", "Risk “Data centre move slips” added."));
    long id = jdbc.queryForObject("select id from risk where project_key = ?", Long.class, key);

    mvc.perform(post("/projects/" + key + "/registers/risks/" + id + "/close")
            .with(as("ptf-pm", PmoGroups.REQUESTER)).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/projects/" + key + "/registers#risk-" + id));
    assertThat(jdbc.queryForObject("select status from risk where id = ?", String.class, id))
        .isEqualTo("CLOSED");
    assertThat(jdbc.queryForList("select action || ' ' || changed_by from register_change"
        + " where entry_type = 'RISK' and entry_id = ? order by id", String.class, id))
        .containsExactly("ADDED ptf-pm", "CLOSED ptf-pm");
  }

  @Test
  void anIssueWithADateThatIsNoDateIsToldSo() throws Exception {
    String page = mvc.perform(post("/projects/" + key + "/registers/issues")
            .with(as("ptf-pm", PmoGroups.REQUESTER)).with(csrf())
            .param("title", "Licences").param("owner", "ptf-pm").param("dueDate", "31.12.2098")
            .param("severity", "HIGH"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Enter the due date as a date, such as 2026-12-31.")
        .contains("value=\"31.12.2098\"");
    assertThat(jdbc.queryForObject("select count(*) from issue where project_key = ?",
        Integer.class, key)).isZero();
  }

  @Test
  void aReaderSeesNoFormsAndIsRefusedWhenPostingAnyway() throws Exception {
    String page = mvc.perform(get("/projects/" + key + "/registers")
            .with(as("ptf-dev", PmoGroups.REQUESTER)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("You can read these registers").doesNotContain("Add a risk");

    String refused = mvc.perform(post("/projects/" + key + "/registers/risks")
            .with(as("ptf-dev", PmoGroups.REQUESTER)).with(csrf())
            .param("title", "Sneaky").param("probability", "2").param("impact", "2")
            .param("owner", "ptf-dev"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString();
    assertThat(refused).contains(
        "Only the project manager or the PMO may change the registers of " + key + ".");
    assertThat(risks()).isZero();

    mvc.perform(post("/projects/" + key + "/budget/lines")
            .with(as("ptf-dev", PmoGroups.REQUESTER)).with(csrf())
            .param("code", "HW").param("name", "Hardware").param("amount", "100"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anOutsiderCannotOpenEitherTab() throws Exception {
    TestUsers.ensure(identity, "ptf-out", PmoGroups.REQUESTER);
    for (String tab : new String[] {"registers", "budget"}) {
      String page = mvc.perform(get("/projects/" + key + "/" + tab)
              .with(as("ptf-out", PmoGroups.REQUESTER)))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
          .andReturn().getResponse().getContentAsString();
      assertThat(page).contains("You are not allowed to see the registers of " + key + ".")
          .doesNotContain("Test project");
    }
  }

  @Test
  void financeEntersBudgetLinesAndAnAmountThatIsNoNumberIsToldSo() throws Exception {
    TestUsers.ensure(identity, "ptf-fin", PmoGroups.FINANCE);
    String page = mvc.perform(post("/projects/" + key + "/budget/lines")
            .with(as("ptf-fin", PmoGroups.FINANCE)).with(csrf())
            .param("code", "SW").param("name", "Software").param("amount", "12k"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"line-amount-error\"",
        "Enter the amount as a number, such as 1250.50.");

    mvc.perform(post("/projects/" + key + "/budget/lines")
            .with(as("ptf-fin", PmoGroups.FINANCE)).with(csrf())
            .param("code", "SW").param("name", "Software").param("amount", "12,000.50"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/projects/" + key + "/budget#lines"));
    assertThat(jdbc.queryForObject("select amount from budget_line where project_key = ?",
        java.math.BigDecimal.class, key)).isEqualByComparingTo("12000.50");

    // the same code again: the service's own check, next to the field
    String again = mvc.perform(post("/projects/" + key + "/budget/lines")
            .with(as("ptf-fin", PmoGroups.FINANCE)).with(csrf())
            .param("code", "sw").param("name", "More software").param("amount", "5"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(again).contains("id=\"line-code-error\"",
        "Project " + key + " already has a budget line sw.");
  }

  private int risks() {
    return jdbc.queryForObject("select count(*) from risk where project_key = ?", Integer.class,
        key);
  }

  private static RequestPostProcessor as(String userId, String... groups) {
    return user(userId).authorities(Arrays.stream(groups)
        .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList());
  }
}
