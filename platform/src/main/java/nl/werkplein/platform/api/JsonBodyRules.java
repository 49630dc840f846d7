package nl.werkplein.platform.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ArrayList;
import java.util.Optional;

/**
 * What no request body may be, whatever the endpoint: missing or the JSON literal {@code null}
 * (a body that is required), carrying a NUL character in any string or field name (PostgreSQL
 * refuses 0x00 in text), an array longer than its limit (CollectionLimits) or a {@code null} in an array. One streaming pass, linear in the body; a body that is not JSON at all is
 * left to the reader, which answers it as invalid JSON. Framework-free, tested with plain JUnit.
 */
public final class JsonBodyRules {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonBodyRules() {
    }

    /** At most this many faults are named in one answer; the body is not read further. */
    static final int MAX_FAULTS = 10;

    public static Optional<Problem.InvalidParam> check(byte[] body, boolean bodyRequired) {
        return check(body, bodyRequired, CollectionLimits.none(Integer.MAX_VALUE)).stream().findFirst();
    }

    /**
     * Also, per array: no more elements than its limit (the array named, e.g. {@code werkregio}) and no
     * {@code null} element (named, e.g. {@code werkregio[3]}). Counted while streaming, so an array of
     * 10,000 nulls costs what reading it costs: Hibernate Validator is never given thousands of element
     * violations (in 9.1 they all share one hash code, so collecting them is quadratic).
     */
    public static List<Problem.InvalidParam> check(byte[] body, boolean bodyRequired, CollectionLimits limits) {
        if (isBlank(body)) {
            return bodyRequired ? List.of(new Problem.InvalidParam("body", "is verplicht")) : List.of();
        }
        for (byte b : body) {
            if (b == 0) {
                return List.of(new Problem.InvalidParam("body", "mag geen NUL-teken bevatten"));
            }
        }
        List<Problem.InvalidParam> faults = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL && parser.nextToken() == null) {
                return List.of(new Problem.InvalidParam("body", "is verplicht (niet null)"));
            }
            for (JsonToken token = first; token != null && faults.size() < MAX_FAULTS; token = parser.nextToken()) {
                if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                    open.poll();
                    continue;
                }
                if (token == JsonToken.FIELD_NAME) {
                    if (parser.getText().indexOf('\u0000') >= 0) {
                        faults.add(new Problem.InvalidParam(path(parser.getParsingContext(), true), "mag geen NUL-teken bevatten"));
                    }
                    continue;
                }
                Frame parent = open.peek();
                if (parent != null && parent.array) {
                    parent.count++;
                    if (parent.count > parent.limit.max()) {
                        // named once; the rest of this array is skipped, not checked element by element
                        JsonStreamContext array = parser.getParsingContext();
                        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                            array = array.getParent(); // the element's own context was opened
                        }
                        faults.add(new Problem.InvalidParam(path(array.getParent(), false), parent.limit.reason()));
                        parser.skipChildren();
                        parser.nextToken();
                        while (parser.currentToken() != null && parser.currentToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                            parser.nextToken();
                        }
                        open.poll();
                        continue;
                    }
                    if (token == JsonToken.VALUE_NULL) {
                        faults.add(new Problem.InvalidParam(path(parser.getParsingContext(), false), "mag niet null zijn"));
                        continue;
                    }
                }
                if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                    String place = parent == null ? "" : parent.array ? parent.place + "[]"
                            : parent.place.isEmpty() ? parser.currentName() : parent.place + "." + parser.currentName();
                    open.push(new Frame(token == JsonToken.START_ARRAY, place,
                            token == JsonToken.START_ARRAY ? limits.at(place) : null));
                } else if (token == JsonToken.VALUE_STRING && parser.getText().indexOf('\u0000') >= 0) {
                    faults.add(new Problem.InvalidParam(path(parser.getParsingContext(), false), "mag geen NUL-teken bevatten"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not (valid) JSON: the message body reader answers that itself, naming what it can
        }
        return List.copyOf(faults);
    }

    /** An open array or object while streaming: its place ({@code vragen[].opties}) and, for an array, its count. */
    private static final class Frame {
        final boolean array;
        final String place;
        final CollectionLimits.Limit limit;
        int count;

        Frame(boolean array, String place, CollectionLimits.Limit limit) {
            this.array = array;
            this.place = place == null ? "" : place;
            this.limit = limit;
        }
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
