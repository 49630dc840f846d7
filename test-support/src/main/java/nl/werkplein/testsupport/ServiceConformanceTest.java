package nl.werkplein.testsupport;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What every Werkplein service promises operations and portals, checked against the running service
 * with its real database and broker. A service's test extends it, annotated with @QuarkusTest and
 * {@code @WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)}.
 */
public abstract class ServiceConformanceTest {

    private static String service() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    @Test
    void livenessEnReadinessKijkenNaarDatabaseEnKafka() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void metriekenBevattenDeOutboxAchterstand() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("werkplein_outbox_backlog"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    /** The dashboard's p50/p99 panel needs request latency as histogram buckets (HttpLatentieBuckets). */
    @Test
    void verzoekduurHeeftHistogramBuckets() {
        given().get("/api/v1/audit").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("le=\"0.025\""));
    }

    /**
     * The document is public, versioned and names its server. The ADR linter (spectral, {@link AdrLinter})
     * does not run here: manifest-check's {@code ApiDesignRulesTest} lints every service's committed
     * {@code src/main/openapi/*.yaml} in one spectral run (one npx start instead of five, issue 16), and
     * each service's {@code *GegenereerdeClientTest} fails unless the served document equals the
     * committed one ({@link OpenApiDocumentFile#assertGelijk}), so together they lint what is served.
     */
    @Test
    void openApiIsOpenbaarEnVoldoetAanDeApiDesignRules() {
        given().get("/api/v1/openapi.json").then().statusCode(200)
                .header("API-Version", notNullValue())
                .body("servers[0].url", equalTo("/api/v1"))
                .body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    /** issue 19: the document is true for a generated client (OpenApiRules), not only ADR-shaped. */
    @Test
    void openApiIsBruikbaarVoorEenGegenereerdeClient() {
        String document = given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
        java.util.List<String> violations = OpenApiRules.violations(document);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), violations, service() + ": " + String.join("\n", violations));
    }

    /**
     * issue 19: a client that accepts only problem+json (what OpenAPI Generator sends for an operation
     * without its own success content) gets its answer or its validation problem, not 406.
     */
    @Test
    void alleenProblemJsonAccepterenIsGeen406() {
        given().auth().oauth2(Tokens.voor("beheer")).accept("application/problem+json").get("/api/v1/audit")
                .then().statusCode(200).body("page", equalTo(1));
        given().auth().oauth2(Tokens.voor("beheer")).accept("application/problem+json").queryParam("size", 5000)
                .get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("size"));
        // nothing this service serves is acceptable: still 406
        given().auth().oauth2(Tokens.voor("beheer")).accept("image/png").get("/api/v1/audit").then().statusCode(406);
        // every POST of the document, sent a broken body by such a client: a problem, never 406
        String document = given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
        java.util.Map<String, Object> paths = io.restassured.path.json.JsonPath.from(document).getMap("paths");
        int tried = 0;
        for (java.util.Map.Entry<String, Object> path : paths.entrySet()) {
            Object post = ((java.util.Map<?, ?>) path.getValue()).get("post");
            Object body = post instanceof java.util.Map<?, ?> op ? op.get("requestBody") : null;
            if (path.getKey().contains("{") || !(body instanceof java.util.Map<?, ?> b)
                    || !(b.get("content") instanceof java.util.Map<?, ?> content) || !content.containsKey("application/json")) {
                continue;
            }
            tried++;
            given().auth().oauth2(Tokens.voor("beheer")).accept("application/problem+json").contentType(ContentType.JSON)
                    .body("{\"kapot\": ").post("/api/v1" + path.getKey())
                    .then().statusCode(not(equalTo(406))).contentType("application/problem+json");
        }
        org.junit.jupiter.api.Assertions.assertTrue(tried > 0, "no POST without path parameters in the document");
    }

    /** issue 19: one date-time format in every answer (DateTimes: UTC, six fractional digits, Z). */
    @Test
    void datumTijdenInEenFormaat() {
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/audit").then().statusCode(200);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/audit").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items.tijdstip", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z")));
    }

    @Test
    void onbekendPadIsEenProbleem() {
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/bestaat-niet-" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .header("API-Version", notNullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .body("status", equalTo(404)).body(not(containsString("Exception")));
    }

    @Test
    void auditlogIsAlleenVoorBeheer() {
        given().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.onondertekend("beheer")).get("/api/v1/audit").then().statusCode(401);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/audit").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/audit").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("page", equalTo(1)).body("size", equalTo(20)).body("items", notNullValue());
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 5000).get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("size"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "gisteren").queryParam("klantId", "iemand")
                .get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("van")).body("invalidParams.name", hasItem("klantId"));
        // the audit read itself is audited
        given().auth().oauth2(Tokens.voor("beheer", "beheerder-7")).get("/api/v1/audit")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/audit").then()
                .body("items.actor", hasItem("beheerder-7"));
    }

    /**
     * issue 15: every POST/PUT/PATCH of this service's own OpenAPI document, sent malformed bodies and
     * malformed paths, answers a 4xx problem+json with the security headers within 5 s (ApiFuzzer).
     */
    @Test
    void elkeSchrijfoperatieWeigertMisvormdeInvoerAlsProbleem() {
        String document = given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
        String host = java.net.URI.create(io.restassured.RestAssured.baseURI).getHost();
        ApiFuzzer.Report report = ApiFuzzer.fuzz(host, io.restassured.RestAssured.port, document, maxBodySize());
        System.out.printf("[werkplein-fuzz] %s: %d operations, %d requests in %d ms, %d failures%n",
                service(), report.operations(), report.requests(), report.millis(), report.failures().size());
        org.junit.jupiter.api.Assertions.assertTrue(report.operations() > 0, "no write operations in the OpenAPI document");
        org.junit.jupiter.api.Assertions.assertTrue(report.failures().isEmpty(), report::describe);
        // every fuzzed request (too large, malformed, cut off) gave its load-shedding place back (LoadShedding)
        org.awaitility.Awaitility.await("werkplein_api_in_flight back to 0 after the fuzzer")
                .atMost(java.time.Duration.ofSeconds(5)).until(() -> apiRequestsInFlight() == 0);
    }

    /** LoadShedding's count of API requests in flight; /q/metrics itself is not counted. */
    private static double apiRequestsInFlight() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher gauge = java.util.regex.Pattern.compile("(?m)^werkplein_api_in_flight(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        org.junit.jupiter.api.Assertions.assertTrue(gauge.find(), "werkplein_api_in_flight is not in /q/metrics");
        return Double.parseDouble(gauge.group(1));
    }

    private static long maxBodySize() {
        String text = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", String.class).orElse("10M").trim().toUpperCase();
        char unit = text.charAt(text.length() - 1);
        long factor = switch (unit) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(Character.isDigit(unit) ? text : text.substring(0, text.length() - 1)) * factor;
    }

    @Test
    void verkeerdMediatypeIs415() {
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.XML).body("<a/>").post("/api/v1/audit")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
