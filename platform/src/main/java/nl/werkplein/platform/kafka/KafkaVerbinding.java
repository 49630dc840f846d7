package nl.werkplein.platform.kafka;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * How every hand-made Kafka client (admin, relay producer, rebuild and operations consumers) connects:
 * the same {@code kafka.*} connection settings the SmallRye channels get, so a cluster with SASL or
 * TLS listeners (Strimzi KafkaUser, deploy/k8s) works for them too, not only plain bootstrap servers.
 */
public final class KafkaVerbinding {

    private KafkaVerbinding() {
    }

    /** The connection settings of {@code kafka.*} in the application's configuration. */
    public static Map<String, Object> instellingen() {
        return instellingen(ConfigProvider.getConfig());
    }

    static Map<String, Object> instellingen(Config config) {
        Map<String, Object> result = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith("kafka.")) {
                continue;
            }
            String key = name.substring("kafka.".length());
            if (isVerbinding(key)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> result.put(key, v));
            }
        }
        result.putIfAbsent("bootstrap.servers", config.getValue("kafka.bootstrap.servers", String.class));
        return result;
    }

    /** Only what says where and how to connect; consumer or producer tuning stays with each client. */
    static boolean isVerbinding(String key) {
        return key.equals("bootstrap.servers") || key.equals("security.protocol") || key.equals("client.dns.lookup")
                || key.startsWith("sasl.") || key.startsWith("ssl.");
    }
}
