package org.pmoengine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.io.MspdiExporter;
import org.pmoengine.scheduling.io.TempFolder;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The limits on what a caller may send to the plan API, each refused with a problem detail
 * and nothing stored: archives, bodies and uploads over the size limits, too many computations,
 * a reason longer than its column, and a malformed upload. The defaults of application.yml
 * apply: 1 MB per plan body, 20 MB per file, 20 computations per user and minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanRequestLimitsTests {

  private static final String PLANNER = "limits-pmo";
  private static final long MB = 1 << 20;

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;
  @Autowired PlanVersionRepository versions;
  @LocalServerPort int port;

  private final String key = TestPlans.newProjectKey();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void users() {
    TestUsers.ensure(identityService, PLANNER, PmoGroups.REQUESTER, PmoGroups.PMO);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD);
  }

  private JsonNode body(ResponseEntity<String> response) throws IOException {
    return json.readTree(response.getBody());
  }

  private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at org.");
  }

  // --- plan import: archives ---

  @Test
  void aZipBombIsRefusedUnreadAndLeavesNoFileInTheTempFolder() throws Exception {
    byte[] bomb = zipOfZeros(400 * MB);
    assertThat(bomb.length).isLessThan(1 << 20); // 400 MB of zeros packed below 1 MB
    Set<Path> before = TempFolder.entries();

    ResponseEntity<String> response = upload(PLANNER, key, bomb, "plan.zip");

    assertProblem(response, HttpStatus.BAD_REQUEST);
    JsonNode problem = body(response);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(problem.path("detail").asText())
        .startsWith("The file is a zip archive. Archives are not unpacked here")
        .contains("MS Project MPP or MSPDI XML");
    assertThat(versions.countByProjectKey(key)).isZero();
    // the upload's own part file is removed when the request ends
    await().atMost(Duration.ofSeconds(5)).untilAsserted(
        () -> assertThat(TempFolder.newSince(before)).isEmpty());
  }

  @Test
  void aFileOverTheUploadLimitGets413AndNothingIsStored() throws Exception {
    byte[] file = new byte[(int) (20 * MB) + 1024];

    RawResponse response = uploadOverRawSocket(file);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("detail").asText()).isEqualTo(
        "The file is too large, larger than 20 MB. Remove what the plan does not need, or split it.");
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(versions.countByProjectKey(key)).isZero();
  }

  @Test
  void aMalformedMultipartUploadIsABadRequest() throws Exception {
    for (String contentType : List.of("multipart/form-data; boundary=plan-boundary", "multipart/form-data")) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/projects/" + key + "/plan/import"))
          .header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString("--plan-boundary\r\nContent-Disposition: form-data; "
              + "name=\"file\"; filename=\"plan.xml\"\r\n\r\n<Project>cut off here")));

      assertThat(response.statusCode()).as(contentType).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
      assertThat(problem.path("errors").get(0).path("message").asText())
          .isEqualTo("The upload is not a well-formed multipart form. Send the file as the form field 'file'.");
    }
    assertThat(versions.countByProjectKey(key)).isZero();
  }

  @Test
  void aLongFileNameIsShortenedInTheVersionsReason() throws Exception {
    Plan plan = TestPlans.simple();
    byte[] file = new MspdiExporter().write("Imported", plan, CriticalPathMethod.schedule(plan), null);
    // Tomcat takes part headers of up to 512 bytes, so a name of 300 characters
    String name = "p".repeat(300) + ".xml";

    ResponseEntity<String> response = upload(PLANNER, key, file, name);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(response).path("plan").path("reason").asText())
        .isEqualTo("Imported from " + "p".repeat(200) + "...");

    ResponseEntity<String> tooLong = upload(PLANNER, key, file, "p".repeat(600) + ".xml");
    assertProblem(tooLong, HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(body(tooLong).path("detail").asText())
        .isEqualTo("The file's name is too long for an upload. Rename the file and send it again.");
    assertThat(versions.countByProjectKey(key)).isEqualTo(1);
  }

  // --- plan bodies ---

  @Test
  void aPlanBodyOverTheLimitIsRefusedBeforeItIsReadAndNothingIsStored() throws Exception {
    byte[] plan = json.writeValueAsBytes(planOfAbout(MB + 64 * 1024));
    assertThat((long) plan.length).isBetween(MB + 1, MB + 256 * 1024);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> stored = as(PLANNER).exchange("/api/projects/" + key + "/plan", HttpMethod.PUT,
        new HttpEntity<>(plan, headers), String.class);
    ResponseEntity<String> computed = as(PLANNER).postForEntity("/api/schedule", new HttpEntity<>(plan, headers),
        String.class);

    for (ResponseEntity<String> response : List.of(stored, computed)) {
      assertProblem(response, HttpStatus.PAYLOAD_TOO_LARGE);
      assertThat(body(response).path("title").asText()).isEqualTo("Plan too large");
      assertThat(body(response).path("detail").asText()).isEqualTo("The plan is larger than 1 MB, the most "
          + "accepted here. Send a smaller plan, or import it as a file.");
    }
    assertThat(versions.countByProjectKey(key)).isZero();
  }

  @Test
  void aChunkedPlanBodyIsCountedAsItIsRead() throws Exception {
    byte[] tooLarge = json.writeValueAsBytes(planOfAbout(MB + 64 * 1024));
    byte[] small = json.writeValueAsBytes(TestPlans.simple());

    HttpResponse<String> refused = send(chunkedPut(tooLarge));
    HttpResponse<String> accepted = send(chunkedPut(small));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(json.readTree(refused.body()).path("title").asText()).isEqualTo("Plan too large");
    assertThat(accepted.statusCode()).isEqualTo(200);
    JsonNode version = json.readTree(accepted.body());
    assertThat(version.path("version").asInt()).isEqualTo(1);
    assertThat(version.path("finishDate").asText())
        .isEqualTo(CriticalPathMethod.schedule(TestPlans.simple()).finishDate().toString());
    assertThat(versions.countByProjectKey(key)).isEqualTo(1);
  }

  // --- computations per user ---

  @Test
  void aUserAskingForTooManyComputationsGets429WithRetryAfter() throws Exception {
    String busy = "limits-busy";
    String other = "limits-other";
    TestUsers.ensure(identityService, busy, PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, other, PmoGroups.REQUESTER);

    // Each request sends a body that is not even JSON: one that is let through is answered 400
    // once read, a refused one 429 unread. 20 at once are allowed; the bucket refills one every
    // 3 s, so a slow run may get a few more through.
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> notJson = new HttpEntity<>("{ not even json", headers);
    List<Integer> statuses = new ArrayList<>();
    ResponseEntity<String> refused = null;
    while (refused == null && statuses.size() < 40) {
      ResponseEntity<String> response = as(busy).postForEntity("/api/schedule", notJson, String.class);
      statuses.add(response.getStatusCode().value());
      refused = response.getStatusCode() == HttpStatus.BAD_REQUEST ? null : response;
    }
    ResponseEntity<String> someoneElse = as(other).postForEntity("/api/schedule", TestPlans.simple(), String.class);

    assertThat(refused).as("an answer other than 400 within 40 requests: %s", statuses).isNotNull();
    assertThat(statuses.subList(0, statuses.size() - 1)).hasSizeGreaterThanOrEqualTo(20).containsOnly(400);
    assertProblem(refused, HttpStatus.TOO_MANY_REQUESTS);
    long retryAfter = Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    assertThat(retryAfter).isBetween(1L, 3L);
    assertThat(body(refused).path("detail").asText()).isEqualTo("You have asked for more schedule "
        + "computations than allowed per minute. Try again in " + retryAfter
        + (retryAfter == 1 ? " second." : " seconds."));
    assertThat(someoneElse.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // --- the version's reason ---

  @Test
  void aReasonOverFiveHundredCharactersIsAFieldErrorAndNothingIsStored() throws Exception {
    ResponseEntity<String> tooLong = putPlan("r".repeat(501));
    assertProblem(tooLong, HttpStatus.BAD_REQUEST);
    assertThat(body(tooLong).path("errors").get(0).path("field").asText()).isEqualTo("reason");
    assertThat(body(tooLong).path("errors").get(0).path("message").asText())
        .isEqualTo("The reason is 501 characters long; at most 500 are allowed.");
    assertThat(versions.countByProjectKey(key)).isZero();

    ResponseEntity<String> longest = putPlan("r".repeat(500));
    assertThat(longest.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(versions.countByProjectKey(key)).isEqualTo(1);

    ResponseEntity<String> baseline = as(PLANNER).postForEntity(
        "/api/projects/" + key + "/plan/baseline?reason=" + "b".repeat(501), null, String.class);
    assertProblem(baseline, HttpStatus.BAD_REQUEST);
    assertThat(body(baseline).path("errors").get(0).path("field").asText()).isEqualTo("reason");
    assertThat(versions.countByProjectKey(key)).isEqualTo(1);
  }

  private ResponseEntity<String> putPlan(String reason) {
    return as(PLANNER).exchange("/api/projects/" + key + "/plan?reason=" + reason, HttpMethod.PUT,
        new HttpEntity<>(TestPlans.simple()), String.class);
  }

  // --- helpers ---

  /** A valid plan of independent activities whose JSON is a little over {@code bytes} long. */
  private Plan planOfAbout(long bytes) throws IOException {
    long perActivity = json.writeValueAsBytes(activity(100_000)).length + 1;
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; activities.size() * perActivity < bytes; i++) {
      activities.add(activity(100_000 + i));
    }
    return Plan.of(TestPlans.START, activities, List.of());
  }

  private static Activity activity(int number) {
    return Activity.of("a" + number, "Activity " + number, 1);
  }

  private static byte[] zipOfZeros(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("plan.xml"));
      byte[] zeros = new byte[(int) MB];
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private ResponseEntity<String> upload(String user, String projectKey, byte[] content, String fileName) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/api/projects/" + projectKey + "/plan/import",
        new HttpEntity<>(form, headers), String.class);
  }

  /** A PUT whose body has no Content-Length (sent in chunks). */
  private HttpRequest.Builder chunkedPut(byte[] body) {
    return HttpRequest.newBuilder(uri("/api/projects/" + key + "/plan"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
  }

  record RawResponse(int status, String head, String body) {}

  /**
   * Posts a file and reads the answer while the body is still being sent: a server may answer
   * 413 and close the connection before it has read an upload over the limit, and an HTTP
   * client that first finishes sending then reports only the broken pipe.
   */
  private RawResponse uploadOverRawSocket(byte[] file) throws Exception {
    String boundary = "limits-boundary";
    byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xml\"\r\n"
        + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    String credentials = Base64.getEncoder()
        .encodeToString((PLANNER + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    byte[] head = ("POST /api/projects/" + key + "/plan/import HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n"
        + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
        + "Content-Length: " + (start.length + file.length + end.length) + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      Thread sender = new Thread(() -> {
        try {
          var out = socket.getOutputStream();
          out.write(head);
          out.write(start);
          out.write(file);
          out.write(end);
          out.flush();
        } catch (IOException closedByTheServer) {
          // the answer is read below
        }
      });
      sender.start();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      sender.join(60_000);
      int split = answer.indexOf("\r\n\r\n");
      String headers = answer.substring(0, split);
      String body = answer.substring(split + 4);
      if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
        body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
      }
      return new RawResponse(Integer.parseInt(headers.substring(9, 12)), headers, body);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String credentials = Base64.getEncoder()
        .encodeToString((PLANNER + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(request.header("Authorization", "Basic " + credentials).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
