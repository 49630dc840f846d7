package nl.werkplein.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.restassured.RestAssured;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The committed OpenAPI document ({@code <service>/src/main/openapi/*.yaml}) is the published
 * contract and the input of the generated client (issue 19); this keeps it equal to what the
 * running service serves. Compared as JSON trees (key order and YAML quoting do not matter).
 *
 * <p>{@code -Dwerkplein.openapi.bijwerken=true} rewrites the committed file from the live document
 * instead of failing; the next build then generates the client from it.
 */
public final class OpenApiDocumentFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // every string quoted: an unquoted 13:45:30.123456789 does not read back as a string
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private OpenApiDocumentFile() {
    }

    public static boolean bijwerken() {
        return Boolean.getBoolean("werkplein.openapi.bijwerken");
    }

    /** The live document at {@code documentPath} (e.g. /api/v1/openapi.json) of the service under test. */
    public static String live(String documentPath) {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(base + documentPath)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("GET " + documentPath + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + documentPath, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Fails (naming the first differences) unless the committed file says what the service serves at
     * {@code documentPath}; in bijwerken mode writes the file instead.
     */
    public static void assertGelijk(String documentPath, Path committed) {
        try {
            JsonNode live = JSON.readTree(live(documentPath));
            if (bijwerken()) {
                Files.createDirectories(committed.toAbsolutePath().getParent());
                Files.writeString(committed, YAML.writeValueAsString(live), StandardCharsets.UTF_8);
                JsonNode written = YAML.readTree(Files.readString(committed, StandardCharsets.UTF_8));
                if (!written.equals(live)) {
                    throw new AssertionError("the written YAML does not read back as the document: " + differences(live, written));
                }
                System.out.println("[openapi] " + committed + " bijgewerkt uit " + documentPath);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError(committed + " is missing; run the test with -Dwerkplein.openapi.bijwerken=true");
            }
            JsonNode file = YAML.readTree(Files.readString(committed, StandardCharsets.UTF_8));
            if (!file.equals(live)) {
                throw new AssertionError("the API changed but " + committed + " (the published contract and the generated"
                        + " client's input) did not; review and run with -Dwerkplein.openapi.bijwerken=true. Differences:\n  "
                        + String.join("\n  ", differences(file, live)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + committed, e);
        }
    }

    /** Up to 20 JSON pointers where the two trees differ. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= 20 || a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!a.has(key)) {
                    out.add(child + ": only in the live document");
                } else if (!b.has(key)) {
                    out.add(child + ": only in the committed file");
                } else {
                    diff(child, a.get(key), b.get(key), out);
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> x = a.elements();
            Iterator<JsonNode> y = b.elements();
            for (int i = 0; x.hasNext(); i++) {
                diff(at + "/" + i, x.next(), y.next(), out);
            }
        } else {
            out.add(at + ": " + abbreviate(a) + " / " + abbreviate(b));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
