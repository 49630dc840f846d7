package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Kubernetes object as rendered (or as written in a file), with where it came from. */
public record Manifest(String source, ObjectNode body) {

    public String apiVersion() {
        return body.path("apiVersion").asText("");
    }

    public String kind() {
        return body.path("kind").asText("");
    }

    public String name() {
        return body.path("metadata").path("name").asText("");
    }

    /** The API group: "" for the core group (apiVersion v1). */
    public String group() {
        String v = apiVersion();
        int slash = v.indexOf('/');
        return slash < 0 ? "" : v.substring(0, slash);
    }

    public String version() {
        String v = apiVersion();
        return v.substring(v.indexOf('/') + 1);
    }

    public JsonNode spec() {
        return body.path("spec");
    }

    public boolean is(String kind) {
        return kind.equals(kind());
    }

    public Manifest copy() {
        return new Manifest(source, body.deepCopy());
    }

    @Override
    public String toString() {
        return kind() + " " + name() + " (" + source + ")";
    }
}
