package nl.werkplein.manifestcheck;

import nl.werkplein.testsupport.AdrLinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dutch API Design Rules linter (test-support's {@link AdrLinter}: spectral with Logius' ruleset)
 * over every service's committed OpenAPI documents ({@code <service>/src/main/openapi/*.yaml}), in ONE
 * spectral run: npx and spectral take seconds to start, so one run replaces one per service
 * (issue 16). Equivalent to linting what the services serve, because each service's
 * {@code *GegenereerdeClientTest} fails when the served document differs from the committed one
 * (OpenApiDocumentFile). A deliberately broken document goes through the same run, so the check is
 * shown to fail, naming the file and the rule.
 */
class ApiDesignRulesTest {

    private static List<Path> committed;
    private static Path broken;
    private static AdrLinter.Report report;

    @BeforeAll
    static void lintOnce() throws IOException {
        committed = committedDocuments(Repository.root());
        Path dir = Path.of(System.getProperty("werkplein-test.work", "target/test-infra"), "adr-broken");
        Files.createDirectories(dir);
        // a path not in kebab-case, and a 200 without the API-Version header: two errors of the ruleset
        broken = Files.writeString(dir.resolve("kapot-openapi.yaml"), """
                openapi: 3.0.3
                info:
                  title: Kapot
                  version: 1.0.0
                  contact: {name: Werkplein, email: api@werkplein.example, url: https://werkplein.example}
                servers:
                  - url: /api/v1
                paths:
                  /api/v1/Kapot_Pad:
                    get:
                      operationId: kapot
                      responses:
                        "200":
                          description: ok
                """);
        List<Path> all = new ArrayList<>(committed);
        all.add(broken);
        report = AdrLinter.lint(all);
    }

    /** Every module with an application.properties beside the platform (as TopicsInCode) is a service. */
    static List<Path> committedDocuments(Path root) throws IOException {
        List<Path> documents = new ArrayList<>();
        List<String> without = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path m : modules.sorted().toList()) {
                if (!Files.exists(m.resolve("src/main/resources/application.properties")) || !Files.exists(m.resolve("pom.xml"))
                        || m.getFileName().toString().equals("platform")) {
                    continue;
                }
                Path openapi = m.resolve("src/main/openapi");
                if (!Files.isRegularFile(openapi.resolve("openapi.yaml"))) {
                    without.add(m.getFileName().toString());
                    continue;
                }
                try (Stream<Path> files = Files.list(openapi)) {
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(documents::add);
                }
            }
        }
        assertEquals(List.of(), without, "services without a committed src/main/openapi/openapi.yaml");
        return documents;
    }

    @Test
    void deGecommitteerdeOpenApiDocumentenVoldoenAanDeApiDesignRules() {
        List<String> services = committed.stream().map(d -> d.getParent().getParent().getParent().getParent().getFileName().toString())
                .distinct().toList();
        assertEquals(List.of("ecoach-service", "employer-service", "intake-service", "screening-service", "socialreturn-service"),
                services, "the services whose documents are linted");
        report.assertNoErrors(committed);
    }

    @Test
    void eenKapotDocumentFaaltMetBestandEnRegel() {
        List<String> rules = report.errorsIn(broken).stream().map(AdrLinter.Finding::rule).toList();
        assertTrue(rules.contains("nlgov:paths-kebab-case") && rules.contains("nlgov:missing-header"), "reported: " + rules);
        AssertionError failure = assertThrows(AssertionError.class, () -> report.assertNoErrors(List.of(broken)));
        assertTrue(failure.getMessage().contains(broken.toAbsolutePath().normalize() + ":9 nlgov:paths-kebab-case"), failure.getMessage());
        assertTrue(failure.getMessage().contains("nlgov:missing-header"), failure.getMessage());
    }
}
