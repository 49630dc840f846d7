package nl.werkplein.platform.api;

import java.util.Optional;

/**
 * What a raw request target may not contain, checked before routing and before anything reaches the
 * database: a malformed percent-escape ({@code %zz}, a lone {@code %}) or a NUL ({@code %00}, or a raw
 * 0x00). PostgreSQL refuses 0x00 in text, and a JAX-RS path that cannot be decoded is no resource.
 * Framework-free so it is tested with plain JUnit.
 */
public final class UriRules {

    private UriRules() {
    }

    /** The first problem in the path, as the invalidParams entry to answer with. */
    public static Optional<Problem.InvalidParam> checkPath(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        String fault = fault(rawPath);
        return fault == null ? Optional.empty() : Optional.of(new Problem.InvalidParam("path", fault));
    }

    /** The first problem in the query string, named by its parameter. */
    public static Optional<Problem.InvalidParam> checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String fault = fault(pair);
            if (fault != null) {
                String name = fault(rawName) == null ? decodeSafely(rawName) : "query";
                return Optional.of(new Problem.InvalidParam(name.isEmpty() ? "query" : name, fault));
            }
        }
        return Optional.empty();
    }

    /** null when the text is a well-formed, NUL-free percent-encoding. */
    static String fault(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0) {
                return "mag geen NUL-teken bevatten";
            }
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return "bevat een ongeldige %-codering";
                }
                if (hex(raw.charAt(i + 1)) == 0 && hex(raw.charAt(i + 2)) == 0) {
                    return "mag geen NUL-teken bevatten";
                }
                i += 2;
            }
        }
        return null;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String decodeSafely(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "query";
        }
    }
}
