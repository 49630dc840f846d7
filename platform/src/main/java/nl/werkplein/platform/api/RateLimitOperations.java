package nl.werkplein.platform.api;

import java.util.Locale;

/** How a configured operation ("PUT /api/v1/partners/{partnerId}/leveringen/{week}") is compared with a resource method's. */
final class RateLimitOperations {

    private RateLimitOperations() {
    }

    /** A JAX-RS class path and method path joined, regexes dropped: {@code /api/v1/pools/{code}/werkvoorraad}. */
    static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
    }

    /** Same method, same path; parameter names do not matter ({@code {id}} = {@code {vacatureId}}). */
    static boolean same(String configured, String operation) {
        return normal(configured).equals(normal(operation));
    }

    private static String normal(String operation) {
        String text = operation.trim();
        int space = text.indexOf(' ');
        if (space < 0) {
            return text;
        }
        String method = text.substring(0, space).toUpperCase(Locale.ROOT);
        String path = join("", text.substring(space + 1).trim()).replaceAll("\\{[^}]*}", "{}");
        return method + " " + path;
    }
}
