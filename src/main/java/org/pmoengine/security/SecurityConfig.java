package org.pmoengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what. People sign in once at {@code /login} against the Camunda users; that one
 * session serves the workspace pages, our API ({@code /api/**}) and the Camunda webapps
 * ({@code /camunda/**}: Tasklist, Cockpit, Admin), whose own login is closed. Calls made with the
 * session must carry a CSRF token: Spring's on our pages and API, Camunda's own on the webapps'
 * API. API clients use HTTP Basic on {@code /api/**} (no token, no session needed) and on the
 * engine REST API ({@code /engine-rest/**}, guarded by Camunda's own filter, Basic only). Only
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

  /**
   * The webapps' own login (UserAuthenticationResource.doLogin): it would open a Camunda session
   * beside ours, without our throttle and sign-out. People sign in at {@code /login} instead.
   */
  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/**";

  /** The webapps' "Log out": ends our session too, see {@link #webappLogout}. */
  static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

  /** Where Camunda's CsrfPreventionFilter keeps the webapps' token in the session. */
  static final String WEBAPP_CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";

  /** The header that carries the webapps' token. */
  static final String WEBAPP_CSRF_HEADER = "X-XSRF-TOKEN";

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
        // the session's calls carry the token; HTTP Basic calls need none (a browser sends no
        // Authorization header cross-site without CORS, which is not enabled); the engine REST
        // API takes no session; the webapps check their own token (CsrfPreventionFilter). An API
        // call that brings no session cookie rides on no session: it is told 401, not 403
        .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::isBasicCall,
            SecurityConfig::isSessionlessApiCall,
            PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")))
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
            .requestMatchers(WEBAPP_LOGIN).denyAll()
            .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                .permitAll()
            // guarded by Camunda's filter (HTTP Basic), see engineRestAuthentication()
            .requestMatchers("/engine-rest/**", "/error").permitAll()
            // the webapps: our session, handed to Camunda by webappSessionAuthentication()
            .requestMatchers("/camunda/**").authenticated()
            // the workspace pages
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
            .defaultSuccessUrl("/", false))
        .logout(out -> out
            .logoutRequestMatcher(new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                SecurityConfig::isWebappLogout))
            // the webapps go on to their login view, which sends the browser to /login
            .defaultLogoutSuccessHandlerFor(
                new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                SecurityConfig::isWebappLogout)
            .logoutSuccessUrl("/login?logout"))
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(ex -> ex
            // API clients get a problem; a browser asking for a page is sent to the sign-in
            .defaultAuthenticationEntryPointFor(unauthorized, SecurityConfig::isApiCall)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                request -> true)
            .accessDeniedHandler(forbidden))
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        // before the sign-in form is checked (UsernamePasswordAuthenticationFilter comes
        // before HTTP Basic), so that a throttled address is refused at either
        .addFilterBefore(new LoginThrottleFilter(loginThrottle, objectMapper),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  /**
   * The Camunda webapps ({@code /camunda/app/*}, {@code /camunda/api/*}) take the user of our
   * session instead of their own login. Runs after the Spring Security chain (which has sent a
   * browser without a session to {@code /login}) and before Camunda's own AuthenticationFilter,
   * which the webapp starter registers after every filter bean; that one keeps refreshing the
   * user's groups from the engine each {@code camunda.bpm.webapp.auth.cache.time-to-live}.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSessionAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("webapp-session-authentication");
    registration.addInitParameter("authentication-provider",
        WebappSessionAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
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

  /** A call of an API (ours, the engine's, the webapps', actuator) rather than a page. */
  static boolean isApiCall(HttpServletRequest request) {
    // the path inside the application, whether or not a servlet path was split off
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/engine-rest/")
        || path.startsWith("/camunda/api/") || path.startsWith("/actuator")
        || request.getHeader("Authorization") != null;
  }

  /** A call of our API that presents no session cookie, so none that another site could ride. */
  static boolean isSessionlessApiCall(HttpServletRequest request) {
    return request.getRequestedSessionId() == null
        && request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
  }

  /** A call that brings its own credentials (HTTP Basic) rather than riding on the session. */
  static boolean isBasicCall(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /**
   * The webapps' "Log out" with the webapps' CSRF token of this session. Without the token the
   * call goes on to Camunda, whose CsrfPreventionFilter refuses it, so no other site can sign
   * anyone out.
   */
  static boolean isWebappLogout(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || !WEBAPP_LOGOUT_PATH.matcher(request.getRequestURI()
            .substring(request.getContextPath().length())).matches()) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(WEBAPP_CSRF_TOKEN);
    String given = request.getHeader(WEBAPP_CSRF_HEADER);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8));
  }

  private static final Pattern WEBAPP_LOGOUT_PATH =
      Pattern.compile("/camunda/api/admin/auth/user/[^/]+/logout");

  static void writeProblem(HttpServletResponse response, ObjectMapper objectMapper,
      HttpStatus status, String detail, String path) throws java.io.IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(path));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
