import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown from Gatling's results (target/gatling/<run>/js/stats.js: "var stats = {…}", a JavaScript
 * object literal, some keys unquoted), for deploy/local/load.sh; a single-file program
 * (java deploy/load/Samenvatting.java …) so the script needs no JSON tool.
 *
 *   java Samenvatting.java tabel STATS.js              one row per request and group, then all requests
 *   java Samenvatting.java vergelijk BASIS.js LEVERING.js GROEP
 *                                                    GROEP's p99 in LEVERING beside all of BASIS
 */
public class Samenvatting {

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("tabel")) {
            Map<String, Object> root = lees(args[1]);
            System.out.println("| request / group | requests | rps | p50 | p95 | p99 | max | errors |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            List<String> rows = new ArrayList<>();
            rijen(obj(root.get("contents")), "", rows);
            rows.forEach(System.out::println);
            System.out.println(rij("**all requests**", obj(root.get("stats"))));
        } else if (args.length == 4 && args[0].equals("vergelijk")) {
            Map<String, Object> basis = obj(lees(args[1]).get("stats"));
            Map<String, Object> groep = zoek(obj(lees(args[2]).get("contents")), args[3]);
            if (groep == null) {
                System.out.println("No request fell in \"" + args[3] + "\" (did the delivery run?).");
                return;
            }
            Map<String, Object> g = obj(groep.get("stats"));
            double b = getal(basis, "percentiles3", "total"), d = getal(g, "percentiles3", "total");
            System.out.printf("Portal p99 during the delivery: %.0f ms (%.0f reads) beside %.0f ms in scenario 1: %.2f× (target ≤ 2×: %s).%n",
                    d, getal(g, "numberOfRequests", "total"), b, b > 0 ? d / b : Double.NaN, d <= 2 * b ? "met" : "NOT met");
        } else {
            System.err.println("usage: java Samenvatting.java tabel STATS.js | vergelijk BASIS.js LEVERING.js GROEP");
            System.exit(2);
        }
    }

    static void rijen(Map<String, Object> contents, String pad, List<String> rows) {
        if (contents == null) {
            return;
        }
        for (Object o : contents.values()) {
            Map<String, Object> n = obj(o);
            String naam = pad + n.get("name");
            boolean groep = "GROUP".equals(n.get("type"));
            rows.add(rij(groep ? "group **" + naam + "**" : naam, obj(n.get("stats"))));
            if (groep) {
                rijen(obj(n.get("contents")), naam + " / ", rows);
            }
        }
    }

    static Map<String, Object> zoek(Map<String, Object> contents, String naam) {
        if (contents == null) {
            return null;
        }
        for (Object o : contents.values()) {
            Map<String, Object> n = obj(o);
            if (naam.equals(n.get("name"))) {
                return n;
            }
            Map<String, Object> dieper = zoek(obj(n.get("contents")), naam);
            if (dieper != null) {
                return dieper;
            }
        }
        return null;
    }

    static String rij(String naam, Map<String, Object> s) {
        return String.format("| %s | %.0f | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f |", naam.replace("|", "/"),
                getal(s, "numberOfRequests", "total"), getal(s, "meanNumberOfRequestsPerSecond", "total"),
                getal(s, "percentiles1", "total"), getal(s, "percentiles2", "total"), getal(s, "percentiles3", "total"),
                getal(s, "maxResponseTime", "total"), getal(s, "numberOfRequests", "ko"));
    }

    static double getal(Map<String, Object> s, String veld, String soort) {
        Object v = obj(s.get(veld)).get(soort);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(v));
        } catch (NumberFormatException e) {
            return 0; // Gatling writes "-" where there is nothing to count
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static Map<String, Object> lees(String file) throws Exception {
        String js = Files.readString(Path.of(file));
        int start = js.indexOf('{', Math.max(0, js.indexOf("var stats")));
        return obj(new Json(js.substring(start)).waarde()); // the object only, not the functions after it
    }

    /** Just enough JSON for stats.js: objects (keys quoted or bare), arrays, strings, numbers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object waarde() {
            spatie();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                spatie();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    spatie();
                    String k = s.charAt(i) == '"' ? tekst() : naam();
                    spatie();
                    i++; // ':'
                    m.put(k, waarde());
                    spatie();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                spatie();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(waarde());
                    spatie();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return tekst();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String w = s.substring(start, i);
            return switch (w) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.parseDouble(w);
            };
        }

        private String tekst() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private String naam() {
            int start = i;
            while (s.charAt(i) != ':' && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i);
        }

        private void spatie() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
