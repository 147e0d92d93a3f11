package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.pmoengine.security.HttpFrom.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A wrong password slows whoever sends it, from where they send it; the account owner, at another
 * address, signs in at once. Each test plays its clients from its own loopback addresses over
 * real HTTP, with the default limits: 5 failures for one user from one address, 20 for any users
 * from one address, within 15 minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTests {

  private static final int WINDOW_SECONDS = 15 * 60;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void twentyWrongPasswordsForAliceFromOneAddressLeaveAliceFreeToSignInFromAnother()
      throws IOException {
    TestUsers.ensure(identityService, "throttle-alice", PmoGroups.REQUESTER);
    HttpFrom attacker = HttpFrom.address("127.0.0.21", port);

    List<Integer> statuses = new ArrayList<>();
    Answer last = null;
    for (int i = 0; i < 20; i++) {
      last = attacker.get("/api/requests", "throttle-alice", "guess-" + i);
      statuses.add(last.status());
    }

    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 20)).containsOnly(429);
    assertRetryAfterWithinWindow(last);
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(last.body()).contains("Too many failed sign-ins");
    assertThat(HttpFrom.address("127.0.0.22", port)
        .get("/api/requests", "throttle-alice", TestUsers.PASSWORD).status()).isEqualTo(200);
    // the guessing address is refused even the right password, so it learns nothing
    assertThat(attacker.get("/api/requests", "throttle-alice", TestUsers.PASSWORD).status())
        .isEqualTo(429);
  }

  @Test
  void addressGuessingTwentyUsersIsRefusedForEveryUserWhileOtherAddressesSignIn()
      throws IOException {
    TestUsers.ensure(identityService, "throttle-bob", PmoGroups.REQUESTER);
    HttpFrom sprayer = HttpFrom.address("127.0.0.23", port);

    for (int i = 0; i < 20; i++) {
      assertThat(sprayer.get("/engine-rest/task", "sprayed-" + i, "password").status())
          .isEqualTo(401);
    }

    Answer refused = sprayer.get("/engine-rest/task", "throttle-bob", TestUsers.PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertRetryAfterWithinWindow(refused);
    assertThat(HttpFrom.address("127.0.0.24", port)
        .get("/engine-rest/task", "throttle-bob", TestUsers.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsFromManyAddressesNeverLockTheAccount() throws IOException {
    TestUsers.ensure(identityService, "throttle-carol", PmoGroups.REQUESTER);

    // 20 failures reach the engine: beyond its default of 10 that locked an account for good,
    // and each one used to lock it for seconds
    for (int address = 25; address <= 28; address++) {
      HttpFrom guesser = HttpFrom.address("127.0.0." + address, port);
      for (int i = 0; i < 5; i++) {
        assertThat(guesser.get("/engine-rest/task", "throttle-carol", "guess").status())
            .isEqualTo(401);
      }
    }

    assertThat(HttpFrom.address("127.0.0.29", port)
        .get("/engine-rest/task", "throttle-carol", TestUsers.PASSWORD).status()).isEqualTo(200);
    assertThat(identityService.checkPassword("throttle-carol", TestUsers.PASSWORD)).isTrue();
  }

  @Test
  void signInPageIsThrottledForTheGuessingAddressOnly() throws IOException {
    TestUsers.ensure(identityService, "throttle-dora", PmoGroups.REQUESTER);
    HttpFrom attacker = HttpFrom.address("127.0.0.30", port);

    for (int i = 0; i < 5; i++) {
      Answer failed = attacker.signIn("throttle-dora", "guess-" + i);
      assertThat(failed.status()).isEqualTo(302);
      assertThat(failed.header("Location")).endsWith("/login?error");
    }
    // the five failures were counted: now even the right password is not checked
    Answer refused = attacker.signIn("throttle-dora", TestUsers.PASSWORD);

    assertThat(refused.status()).isEqualTo(302);
    Matcher wait = Pattern.compile("/login\\?throttled=(\\d+)$").matcher(refused.header("Location"));
    assertThat(wait.find()).as(refused.header("Location")).isTrue();
    assertThat(Integer.parseInt(wait.group(1))).isBetween(1, WINDOW_SECONDS);
    assertThat(attacker.send("GET", "/login?throttled=" + wait.group(1), Map.of(), null, null)
        .body()).contains("Too many failed sign-ins from your address. Try again in "
            + wait.group(1) + " seconds.");
    Answer owner = HttpFrom.address("127.0.0.31", port)
        .signIn("throttle-dora", TestUsers.PASSWORD);
    assertThat(owner.status()).isEqualTo(302);
    assertThat(owner.header("Location")).doesNotContain("/login");
  }

  @Test
  void wrongPasswordAtTheSignInPageReadsAsASentence() throws IOException {
    TestUsers.ensure(identityService, "throttle-gina", PmoGroups.REQUESTER);
    HttpFrom someone = HttpFrom.address("127.0.0.33", port);

    Answer failed = someone.signIn("throttle-gina", "not-her-password");

    assertThat(failed.header("Location")).endsWith("/login?error");
    assertThat(someone.send("GET", "/login?error", Map.of(), null, null).body())
        .contains("The user name or the password is not right.");
  }

  @Test
  void engineRestPasswordCheckOfOtherUsersIsClosed() throws IOException {
    TestUsers.ensure(identityService, "throttle-erin", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "throttle-frank", PmoGroups.REQUESTER);

    Answer answer = HttpFrom.address("127.0.0.32", port).postJson("/engine-rest/identity/verify",
        "throttle-erin", TestUsers.PASSWORD,
        "{\"username\": \"throttle-frank\", \"password\": \"" + TestUsers.PASSWORD + "\"}");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body()).doesNotContain("authenticated");
  }

  private static void assertRetryAfterWithinWindow(Answer answer) {
    assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, WINDOW_SECONDS);
  }
}
