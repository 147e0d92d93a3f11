package org.pmoengine.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.IdentityService;
import org.pmoengine.plans.ScheduleRateLimiter;
import org.pmoengine.project.People;
import org.pmoengine.plans.SchedulingProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The application's own security chain in a {@code @WebMvcTest}: the same 401 and 403 problem
 * details, sign-in throttle and {@link CurrentUser} reading {@code GROUP_<id>} authorities. Only
 * the Camunda side is stubbed (no engine runs in a slice): the identity service the chain hands the caller to,
 * and the provider that checks passwords against it. Tests sign in with spring-security-test's
 * {@code user("id").authorities(...)} (see {@link SliceUsers}), so no password is checked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// a slice holds every servlet filter of the application, so the plan filters' settings and
// limiter come along
@Import({SecurityConfig.class, CurrentUser.class, LoginThrottle.class, ScheduleRateLimiter.class})
@EnableConfigurationProperties({LoginThrottleProperties.class, SchedulingProperties.class})
// the workspace's controller advice (the signed-in viewer's name) comes along too
@MockitoBean(types = {IdentityService.class, CamundaIdentityAuthenticationProvider.class,
    People.class})
public @interface ApiSliceSecurity {}
