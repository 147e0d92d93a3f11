package org.pmoengine.demo;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The demo's clock, which reads the system time except while {@link DemoPortfolio} writes the
 * portfolio's past. Only in the demo: a production installation keeps the plain system clock.
 */
@Configuration(proxyBeanMethods = false)
@Profile("default | demo")
class DemoConfiguration {

  @Bean
  @Primary
  DemoClock demoClock() {
    return new DemoClock(ZoneId.systemDefault());
  }
}
