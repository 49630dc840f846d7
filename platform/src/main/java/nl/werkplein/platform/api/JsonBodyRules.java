package nl.werkplein.platform.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What no request body may be, whatever the endpoint: missing or the JSON literal {@code null}
 * (a body that is required), or carrying a NUL character in any string or field name (PostgreSQL
 * refuses 0x00 in text). One streaming pass, linear in the body; a body that is not JSON at all is
 * left to the reader, which answers it as invalid JSON. Framework-free, tested with plain JUnit.
 */
public final class JsonBodyRules {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonBodyRules() {
    }

    public static Optional<Problem.InvalidParam> check(byte[] body, boolean bodyRequired) {
        if (isBlank(body)) {
            return bodyRequired ? Optional.of(new Problem.InvalidParam("body", "is verplicht")) : Optional.empty();
        }
        for (byte b : body) {
            if (b == 0) {
                return Optional.of(new Problem.InvalidParam("body", "mag geen NUL-teken bevatten"));
            }
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL && parser.nextToken() == null) {
                return Optional.of(new Problem.InvalidParam("body", "is verplicht (niet null)"));
            }
            for (JsonToken token = first; token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    if (parser.getText().indexOf('\u0000') >= 0) {
                        return Optional.of(new Problem.InvalidParam(path(parser.getParsingContext(), token == JsonToken.FIELD_NAME),
                                "mag geen NUL-teken bevatten"));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not (valid) JSON: the message body reader answers that itself, naming what it can
        }
        return Optional.empty();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** {@code vacatures[3].postcode}, as ProblemMapper names fields. */
    static String path(JsonStreamContext context, boolean atFieldName) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName().replace("\u0000", ""));
            }
        }
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(part);
        }
        String result = name.length() > 0 && name.charAt(0) == '.' ? name.substring(1) : name.toString();
        return result.isEmpty() || atFieldName && result.isBlank() ? "body" : result;
    }
}
