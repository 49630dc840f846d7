package nl.werkplein.testsupport;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Dutch API Design Rules linter (Logius' Spectral ruleset, CC BY 4.0, kept in
 * resources/adr/) over an OpenAPI document, exactly as api.md prescribes.
 */
public final class AdrLinter {

    public static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";

    private AdrLinter() {
    }

    /** @return the linter's report; throws AssertionError when it finds an error. */
    public static String assertNoErrors(String service, String openApiJson) {
        try {
            Path dir = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath().resolve("adr");
            Files.createDirectories(dir);
            Path ruleset = dir.resolve("ruleset.yaml");
            try (InputStream in = AdrLinter.class.getResourceAsStream("/adr/ruleset.yaml")) {
                Files.copy(in, ruleset, StandardCopyOption.REPLACE_EXISTING);
            }
            Path document = dir.resolve(service + "-openapi.json");
            Files.writeString(document, openApiJson);
            Path report = dir.resolve(service + "-adr-report.txt");
            Process lint = new ProcessBuilder(List.of("npx", "--yes", SPECTRAL, "lint", "--fail-severity", "error",
                    "-r", ruleset.toString(), document.toString()))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(report.toFile())
                    .start();
            if (!lint.waitFor(10, TimeUnit.MINUTES)) {
                lint.destroyForcibly();
                throw new AssertionError("the ADR linter did not finish within 10 minutes");
            }
            String output = Files.readString(report, StandardCharsets.UTF_8);
            if (lint.exitValue() != 0) {
                throw new AssertionError("OpenAPI of " + service + " breaks the API Design Rules (" + document + "):\n" + output);
            }
            return output;
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot run the ADR linter (npx " + SPECTRAL + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
