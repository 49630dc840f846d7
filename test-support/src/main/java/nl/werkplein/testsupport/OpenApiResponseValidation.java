package nl.werkplein.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Every response a REST test receives through RestAssured is checked against the service's own
 * OpenAPI document (issue 19): status, media type, body schema with its required and nullable
 * fields. Installed for every @QuarkusTest by {@link OpenApiValidationCallback}, so no test adds it.
 *
 * <p>Mode {@code -Dwerkplein.openapi.validatie=}: {@code streng} (default) fails the test that received
 * a response the document does not describe; {@code melden} only reports it (stdout and
 * {@code target/openapi-validatie.txt}), for finding all mismatches in one run; {@code uit} switches it off.
 */
public final class OpenApiResponseValidation implements OrderedFilter {

    private static final String PREFIX = "/api/v1";
    private static volatile OpenApiInteractionValidator validator;
    private static final java.util.concurrent.atomic.AtomicInteger CHECKED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger UNDOCUMENTED = new java.util.concurrent.atomic.AtomicInteger();

    static String mode() {
        return System.getProperty("werkplein.openapi.validatie", "streng").toLowerCase(Locale.ROOT);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith(PREFIX + "/") || path.startsWith(PREFIX + "/openapi") || mode().equals("uit")) {
            return response;
        }
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode());
        for (Header header : response.getHeaders()) {
            actual.withHeader(header.getName(), header.getValue());
        }
        String body = response.asString();
        if (body != null && !body.isEmpty()) {
            actual.withBody(body);
        }
        Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT));
        ValidationReport report;
        try {
            report = validator().validateResponse(path.substring(PREFIX.length()), method, actual.build());
        } catch (RuntimeException e) {
            if (mode().equals("streng")) {
                throw e;
            }
            report("cannot validate " + method + " " + path + ": " + e.getMessage());
            return response;
        }
        CHECKED.incrementAndGet();
        if (report.hasErrors()) {
            UNDOCUMENTED.incrementAndGet();
            String text = SimpleValidationReportFormat.getInstance().apply(report).trim()
                    + "\n  body: " + (body == null ? "" : body.substring(0, Math.min(body.length(), 600)));
            report(text);
            if (mode().equals("streng")) {
                throw new AssertionError("the response is not what the OpenAPI document says:\n" + text);
            }
        }
        return response;
    }

    private static void report(String text) {
        System.out.println("[openapi-validatie] " + text);
        try {
            Files.writeString(Path.of("target", "openapi-validatie.txt"), text + "\n\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the report file is a convenience; stdout has it too
        }
    }

    /** The document of the service under test, read once per JVM (one service per test JVM). */
    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (OpenApiResponseValidation.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.convert(document()))
                            // a path or method the service does not have (404/405 tests) has no document to meet
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                    System.out.println("[openapi-validatie] mode " + mode() + ": every response checked against "
                            + RestAssured.baseURI + ":" + RestAssured.port + PREFIX + "/openapi.json");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("[openapi-validatie] "
                            + CHECKED.get() + " responses checked, " + UNDOCUMENTED.get() + " not as documented")));
                }
            }
        }
        return validator;
    }

    /**
     * Over HTTP/1.1: the JDK client's default HTTP/2 upgrade (h2c) got the 2 MB document back in one
     * frame larger than the frame size it had announced, and failed (CI, socialreturn RateLimitTest).
     */
    private static String document() {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(base + PREFIX + "/openapi.json")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + PREFIX + "/openapi.json answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
