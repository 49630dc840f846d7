package nl.werkplein.manifestcheck;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property names of the {@code @ConfigMapping} interfaces in Java sources: prefix + each method in
 * kebab case (or its {@code @WithName}), nested groups recursively; Map-valued methods are prefixes
 * under which any key is a property.
 */
final class ConfigMappings {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile(
            "((?:@\\w+(?:\\(\\s*\"[^\"]*\"\\s*\\))?\\s*)*)([\\w<>\\[\\], .?]+?)\\s+(\\w+)\\(\\s*\\)\\s*;");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"");

    private ConfigMappings() {
    }

    static void scan(String sources, Set<String> names, Set<String> mapPrefixes) {
        for (String file : sources.split("\n// FILE ")) {
            if (!file.contains("@ConfigMapping")) {
                continue;
            }
            Map<String, String> bodies = new HashMap<>();
            Matcher i = INTERFACE.matcher(file);
            while (i.find()) {
                bodies.put(i.group(1), body(file, i.end() - 1));
            }
            Matcher m = MAPPING.matcher(file);
            while (m.find()) {
                Matcher next = INTERFACE.matcher(file);
                if (next.find(m.end())) {
                    collect(m.group(1), bodies.get(next.group(1)), bodies, names, mapPrefixes, 0);
                }
            }
        }
    }

    private static void collect(String prefix, String body, Map<String, String> bodies, Set<String> names,
                                Set<String> maps, int depth) {
        if (body == null || depth > 5) {
            return;
        }
        Matcher method = METHOD.matcher(flatten(body));
        while (method.find()) {
            String annotations = method.group(1);
            String type = method.group(2).trim();
            Matcher withName = WITH_NAME.matcher(annotations);
            String property = prefix + "." + (withName.find() ? withName.group(1) : kebab(method.group(3)));
            names.add(property);
            if (type.startsWith("Map<")) {
                maps.add(property);
            }
            String element = type.replaceAll("^(Optional|List|Set)<(.*)>$", "$2").trim();
            if (bodies.containsKey(element)) {
                collect(property, bodies.get(element), bodies, names, maps, depth + 1);
            }
        }
    }

    /** The text between the brace at {@code open} and its closing brace. */
    private static String body(String text, int open) {
        int depth = 0;
        for (int p = open; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(open + 1, p);
            }
        }
        return text.substring(open + 1);
    }

    /** The body with every nested block emptied, so only its own members remain. */
    private static String flatten(String body) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : body.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append("{");
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    out.append("}");
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
