package org.pmoengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. People sign in once at {@code /login} against the Camunda users; the session
 * serves the workspace pages and our API ({@code /api/**}), which also takes HTTP Basic for API
 * clients. The engine REST API ({@code /engine-rest/**}) is guarded by Camunda's own
 * authentication filter; the Camunda webapps ({@code /camunda/**}) have their own login. Only
 * health, the sign-in page and the static assets are anonymous; the other actuator endpoints are
 * for administrators. Failed sign-ins are throttled per address.
 */
@Configuration
public class SecurityConfig {

  /** Camunda Admin's initial user setup (SetupResource), closed in every profile. */
  static final String ADMIN_SETUP = "/camunda/api/admin/setup/**";

  /**
   * The engine's password check for any user id (IdentityRestService.verifyUser): a way to guess
   * other users' passwords past the sign-in throttle, and nothing of ours uses it.
   */
  static final String[] PASSWORD_ORACLES = {
      "/engine-rest/identity/verify/**",
      "/engine-rest/engine/*/identity/verify/**",
      "/camunda/api/engine/engine/*/identity/verify/**"};

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService,
      LoginThrottle loginThrottle,
      ObjectMapper objectMapper)
      throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"pmo-engine\"");
          writeProblem(response, objectMapper, HttpStatus.UNAUTHORIZED,
              "Authentication required: log in with your PMO Engine user.", request.getRequestURI());
        };
    AccessDeniedHandler forbidden =
        (request, response, e) ->
            writeProblem(response, objectMapper, HttpStatus.FORBIDDEN,
                "You are not allowed to do this.", request.getRequestURI());
    // a manager of its own, without the global one as parent: a parent would check a wrong
    // password a second time (and count it twice)
    http.authenticationManager(new ProviderManager(provider))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator", "/actuator/**")
                .hasAuthority("GROUP_" + PmoGroups.CAMUNDA_ADMIN)
            .requestMatchers("/api/**").authenticated()
            .requestMatchers(PASSWORD_ORACLES).denyAll()
            // Camunda's first-run page lets anyone create an administrator while the
            // camunda-admin group is empty; administrators are created by the operator instead
            .requestMatchers(ADMIN_SETUP).denyAll()
            .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                .permitAll()
            // guarded by Camunda's filters and login, see engineRestAuthentication()
            .requestMatchers("/engine-rest/**", "/camunda/**", "/error").permitAll()
            // the workspace pages
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
            .defaultSuccessUrl("/", false))
        .logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(ex -> ex
            // API clients get a problem; a browser asking for a page is sent to the sign-in
            .defaultAuthenticationEntryPointFor(unauthorized, SecurityConfig::isApiCall)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                request -> true)
            .accessDeniedHandler(forbidden))
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .addFilterBefore(new LoginThrottleFilter(loginThrottle, objectMapper),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** A call of an API (ours, the engine's, actuator) rather than a page. */
  static boolean isApiCall(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/api/") || path.startsWith("/engine-rest/")
        || path.startsWith("/actuator") || request.getHeader("Authorization") != null;
  }

  static void writeProblem(HttpServletResponse response, ObjectMapper objectMapper,
      HttpStatus status, String detail, String path) throws java.io.IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(path));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
