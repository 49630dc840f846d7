package nl.werkplein.manifestcheck;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus series the services serve at /q/metrics: the meters the code registers (Micrometer
 * names with dots become underscores; counters get _total, timers _seconds_count/_sum/_max/_bucket),
 * plus the families of the Quarkus binders and the exporters the dashboards and alerts may use.
 */
public final class Metrics {

    private static final Pattern METER = Pattern.compile(
            "(Gauge|Counter|FunctionCounter|Timer|DistributionSummary|LongTaskTimer|TimeGauge)\\.builder\\(\\s*\"([^\"]+)\""
                    + "|registry\\.(counter|gauge|timer|summary)\\(\\s*\"([^\"]+)\"");

    /**
     * Series that come from elsewhere: Quarkus' Micrometer binders (HTTP server, JVM, process, system,
     * Kafka clients, Agroal), Prometheus itself, kube-state-metrics, KEDA and the Kafka exporter of Strimzi.
     */
    public static final Set<String> FOREIGN_PREFIXES = Set.of(
            "http_server_requests_seconds", "http_server_active_requests", "http_server_bytes", "jvm_", "process_",
            "system_", "kafka_consumer_", "kafka_producer_", "kafka_app_info", "agroal_", "netty_", "worker_pool_",
            "up", "scrape_", "ALERTS", "kube_", "keda_", "kafka_consumergroup_", "kafka_topic_", "kafka_server_",
            "container_", "otelcol_", "cnpg_", "pg_");

    private Metrics() {
    }

    static Set<String> registered(String sources) {
        Set<String> series = new TreeSet<>();
        Matcher m = METER.matcher(sources);
        while (m.find()) {
            String type = m.group(1) != null ? m.group(1) : m.group(3);
            String base = (m.group(2) != null ? m.group(2) : m.group(4)).replace('.', '_').replace('-', '_');
            switch (type) {
                case "Counter", "FunctionCounter", "counter" -> series.add(base + "_total");
                case "Timer", "LongTaskTimer", "timer" -> {
                    for (String s : new String[] {"_seconds_count", "_seconds_sum", "_seconds_max", "_seconds_bucket"}) {
                        series.add(base + s);
                    }
                }
                case "DistributionSummary", "summary" -> {
                    for (String s : new String[] {"_count", "_sum", "_max", "_bucket"}) {
                        series.add(base + s);
                    }
                }
                default -> series.add(base);
            }
        }
        return series;
    }

    /** A series name is served when the code registers it or it belongs to a known foreign family. */
    public static boolean served(String name, Set<String> registered) {
        if (registered.contains(name)) {
            return true;
        }
        if (name.startsWith("werkplein_")) {
            return false;
        }
        return FOREIGN_PREFIXES.stream().anyMatch(p -> p.endsWith("_") ? name.startsWith(p) : name.equals(p) || name.startsWith(p + "_"));
    }

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern BRACES = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENT = Pattern.compile("(?<![\\w$:.])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "Inf", "NaN", "e");

    /** The metric names a PromQL expression reads (labels, functions, strings and variables left out). */
    public static Set<String> namesIn(String promql) {
        String e = STRING.matcher(promql).replaceAll(" ");
        e = BRACES.matcher(e).replaceAll(" ");
        e = RANGE.matcher(e).replaceAll(" ");
        e = GROUPING.matcher(e).replaceAll(" ");
        e = e.replaceAll("\\$\\{?\\w+\\}?", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENT.matcher(e);
        while (m.find()) {
            String id = m.group(1);
            if (!KEYWORDS.contains(id) && !id.matches("\\d.*")) {
                names.add(id);
            }
        }
        return names;
    }
}
