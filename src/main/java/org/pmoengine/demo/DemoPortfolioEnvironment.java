package org.pmoengine.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * While the demo portfolio is generated at start ({@code --pmo.demo.portfolio=N}, N above 0), the
 * job executor stays off, so that the generator runs each step itself and in order, and the web
 * server takes any free port (the demo may be running on its usual one): the run writes the
 * portfolio and stops.
 */
public class DemoPortfolioEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    String projects = environment.getProperty(DemoPortfolioRunner.PROPERTY);
    if (projects == null || projects.isBlank() || projects.strip().equals("0")) {
      return;
    }
    environment.getPropertySources().addFirst(new MapPropertySource("demo-portfolio", Map.of(
        "camunda.bpm.job-execution.enabled", "false",
        "server.port", "0")));
  }
}
