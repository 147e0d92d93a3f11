package org.pmoengine.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --pmo.demo.portfolio=40}: generates the demo portfolio after the demo users are seeded,
 * then stops the application (start it again without the option to use it). A positive number
 * generates; 0 only makes the generator available (tests and benchmarks call it).
 */
@Component
@Profile("default | demo")
@ConditionalOnProperty(DemoPortfolioRunner.PROPERTY)
@Order(10)
class DemoPortfolioRunner implements ApplicationRunner {

  static final String PROPERTY = "pmo.demo.portfolio";

  private static final Logger log = LoggerFactory.getLogger(DemoPortfolioRunner.class);

  private final DemoPortfolio portfolio;
  private final ConfigurableApplicationContext context;
  private final int projects;

  DemoPortfolioRunner(DemoPortfolio portfolio, ConfigurableApplicationContext context,
      org.springframework.core.env.Environment environment) {
    this.portfolio = portfolio;
    this.context = context;
    this.projects = environment.getRequiredProperty(PROPERTY, Integer.class);
  }

  @Override
  public void run(ApplicationArguments args) {
    if (projects <= 0) {
      return;
    }
    int exit;
    try {
      DemoPortfolio.Summary summary = portfolio.generate(projects);
      System.out.printf("%nDemo portfolio: %d requests, %d projects generated in %d s.%n"
          + "Requests by status: %s%nProjects by stage: %s%n"
          + "Start the application again without --%s to use it.%n%n", summary.requests(),
          summary.projects(), summary.took().toSeconds(), summary.requestsByStatus(),
          summary.projectsByFate(), PROPERTY);
      exit = 0;
    } catch (DemoPortfolio.RefusedException refused) {
      log.error("Demo portfolio not generated: {}", refused.getMessage());
      System.err.printf("%nDemo portfolio not generated: %s%n%n", refused.getMessage());
      exit = 2;
    }
    int code = exit;
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
