package nl.werkplein.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Dutch API Design Rules linter (Logius' Spectral ruleset, CC BY 4.0, kept in
 * resources/adr/) over OpenAPI documents, exactly as api.md prescribes: {@code npx --yes} (found on
 * the PATH; downloads spectral on first use) with {@code --fail-severity error}.
 *
 * <p>The test command lints the committed documents of all services in one run
 * (manifest-check's {@code ApiDesignRulesTest}): starting npx and spectral costs seconds, each
 * document only one to three more.
 */
public final class AdrLinter {

    public static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdrLinter() {
    }

    /** An error the linter reports: the document, its line (1-based), the rule and its message. */
    public record Finding(Path document, int line, String rule, String message) {
        @Override
        public String toString() {
            return document + ":" + line + " " + rule + " \u2014 " + message;
        }
    }

    /** The errors of one run over several documents. */
    public record Report(List<Path> documents, List<Finding> errors) {

        public List<Finding> errorsIn(Path document) {
            Path key = document.toAbsolutePath().normalize();
            return errors.stream().filter(f -> f.document().equals(key)).toList();
        }

        /** Throws AssertionError naming each file, line and rule where the linter found an error. */
        public void assertNoErrors(Collection<Path> of) {
            List<String> found = new ArrayList<>();
            for (Path document : of) {
                errorsIn(document).forEach(f -> found.add(f.toString()));
            }
            if (!found.isEmpty()) {
                throw new AssertionError(found.size() + " error(s) of the API Design Rules (" + SPECTRAL + ", ruleset adr/ruleset.yaml):\n  "
                        + String.join("\n  ", found));
            }
        }
    }

    /**
     * Lints all documents in ONE spectral run.
     *
     * @return the errors per document (warnings and hints are left out, as {@code --fail-severity error} does)
     */
    public static Report lint(List<Path> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to lint");
        }
        try {
            Map<Path, Path> byLocation = new HashMap<>();
            List<Path> absolute = new ArrayList<>();
            for (Path d : documents) {
                Path a = d.toAbsolutePath().normalize();
                if (!Files.isRegularFile(a)) {
                    throw new AssertionError("no OpenAPI document at " + a);
                }
                absolute.add(a);
                byLocation.put(a, a);
                byLocation.put(a.toRealPath(), a); // spectral may name a file by its real path
            }
            Path dir = workDir();
            Path ruleset = dir.resolve("ruleset.yaml");
            try (InputStream in = AdrLinter.class.getResourceAsStream("/adr/ruleset.yaml")) {
                Files.copy(in, ruleset, StandardCopyOption.REPLACE_EXISTING);
            }
            Path report = dir.resolve("adr-report.json");
            Path log = dir.resolve("adr-lint.log");
            Files.deleteIfExists(report);
            List<String> command = new ArrayList<>(List.of("npx", "--yes", SPECTRAL, "lint", "--fail-severity", "error",
                    "--format", "json", "--output", report.toString(), "-r", ruleset.toString()));
            absolute.forEach(a -> command.add(a.toString()));
            Process lint = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!lint.waitFor(10, TimeUnit.MINUTES)) {
                lint.destroyForcibly();
                throw new AssertionError("the ADR linter did not finish within 10 minutes");
            }
            int exit = lint.exitValue();
            // 0: no errors, 1: errors found; anything else (or no report) means spectral itself failed
            if ((exit != 0 && exit != 1) || !Files.exists(report)) {
                throw new AssertionError("the ADR linter (npx " + SPECTRAL + ") failed with exit code " + exit + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            List<Finding> errors = new ArrayList<>();
            for (JsonNode r : JSON.readTree(report.toFile())) {
                if (r.path("severity").asInt(-1) != 0) {
                    continue; // 0 is error; 1 warning, 2 info, 3 hint
                }
                Path source = Path.of(r.path("source").asText()).toAbsolutePath().normalize();
                errors.add(new Finding(byLocation.getOrDefault(source, source), r.path("range").path("start").path("line").asInt() + 1,
                        r.path("code").asText(), r.path("message").asText()));
            }
            if (exit == 1 && errors.isEmpty()) {
                throw new AssertionError("the ADR linter failed but its report (" + report + ") holds no error:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Report(List.copyOf(absolute), List.copyOf(errors));
        } catch (IOException e) {
            throw new AssertionError("cannot run the ADR linter (npx " + SPECTRAL + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Path workDir() throws IOException {
        Path dir = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath().resolve("adr");
        Files.createDirectories(dir);
        return dir;
    }
}
