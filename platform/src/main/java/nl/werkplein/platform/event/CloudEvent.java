package nl.werkplein.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, NL GOV profile: {@code source} is a URN naming
 * the service, {@code subject} the aggregate id (never personal data).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** Reads an event, checking the attributes CloudEvents requires. */
    public static CloudEvent parse(String json, ObjectMapper mapper) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (Exception e) {
            throw new InvalidEventException("not JSON" + where(e));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("not a JSON object");
        }
        List<String> missing = new ArrayList<>();
        for (String attribute : List.of("specversion", "id", "source", "type")) {
            if (!node.hasNonNull(attribute) || node.get(attribute).asText().isBlank()) {
                missing.add(attribute);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidEventException("missing CloudEvents attributes " + missing);
        }
        if (!SPEC_VERSION.equals(node.get("specversion").asText())) {
            throw new InvalidEventException("unsupported specversion " + node.get("specversion").asText());
        }
        try {
            return mapper.treeToValue(node, CloudEvent.class);
        } catch (Exception e) {
            throw new InvalidEventException("malformed attribute" + where(e));
        }
    }

    /** The data as the consumer's own type; a consumer reads only the fields it knows. */
    public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
        if (data == null || data.isNull()) {
            throw new InvalidEventException("event " + id + " has no data");
        }
        try {
            return mapper.treeToValue(data, type);
        } catch (Exception e) {
            throw new InvalidEventException("event " + id + " data unreadable as " + type.getSimpleName() + where(e));
        }
    }

    /**
     * Where a record failed to parse, without quoting it: Jackson's own messages repeat the offending
     * value, and a log line or dead-letter header must not carry whatever a record happened to hold.
     */
    private static String where(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return " at " + path.substring(path.charAt(0) == '.' ? 1 : 0);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException processing && processing.getLocation() != null) {
            return " at character " + processing.getLocation().getCharOffset();
        }
        return "";
    }

    public String toJson(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write event " + id, e);
        }
    }

    /** Field names that must never appear anywhere in an event's data. */
    static boolean containsForbiddenField(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            var names = ((ObjectNode) node).fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equalsIgnoreCase("bsn") || containsForbiddenField(node.get(name))) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (containsForbiddenField(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}
