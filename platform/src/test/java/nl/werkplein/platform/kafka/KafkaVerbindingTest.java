package nl.werkplein.platform.kafka;

import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaVerbindingTest {

    @Test
    void handgemaakteClientsKrijgenDezelfdeAuthenticatieAlsDeKanalen() {
        var config = new SmallRyeConfigBuilder().withDefaultValues(Map.of(
                "kafka.bootstrap.servers", "werkplein-kafka-bootstrap:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "kafka.ssl.truststore.type", "PEM",
                "kafka.isolation.level", "read_committed",
                "kafka.session.timeout.ms", "10000",
                "quarkus.http.port", "8081")).build();
        assertEquals(Map.of(
                "bootstrap.servers", "werkplein-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM"), KafkaVerbinding.instellingen(config));
    }
}
