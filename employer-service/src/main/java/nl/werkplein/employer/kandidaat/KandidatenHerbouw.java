package nl.werkplein.employer.kandidaat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the candidate read model from scratch: empties it, forgets which client events were
 * handled, reads every client topic from offset 0 up to its end (as it is now) with a plain
 * KafkaConsumer, and applies each record through the same projection code the live consumers use
 * (types it does not handle are skipped and not counted as applied).
 * The live consumers of this replica wait meanwhile (write lock); afterwards they go on from their own
 * offsets and find the replayed events already handled. Placements are this service's own data and
 * stay; the pool rule is applied again to every row when the index is reloaded.
 */
@ApplicationScoped
public class KandidatenHerbouw {

    private static final Logger LOG = Logger.getLogger(KandidatenHerbouw.class);

    @Inject
    KandidaatProjectie projectie;
    @Inject
    KandidatenRegister register;
    @Inject
    KandidatenConfig config;
    @Inject
    KandidaatRepository repository;

    public record Resultaat(long gelezen, long verwerkt, long overgeslagen, int kandidaten) {
    }

    public Resultaat herbouw() {
        projectie.herbouwSlot.writeLock().lock();
        try {
            QuarkusTransaction.requiringNew().run(() -> repository.leegVoorHerbouw(KandidaatProjectie.CONSUMER));
            long gelezen = 0;
            long verwerkt = 0;
            long overgeslagen = 0;
            // the same connection settings (bootstrap, SASL, TLS) as the service's channels
            Map<String, Object> props = new java.util.HashMap<>(nl.werkplein.platform.kafka.KafkaVerbinding.instellingen());
            props.put("isolation.level", "read_committed");
            props.put("enable.auto.commit", "false");
            props.put("max.poll.records", "1000");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partities = new ArrayList<>();
                for (String topic : config.topics()) {
                    List<PartitionInfo> info = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                    if (info != null) {
                        info.forEach(p -> partities.add(new TopicPartition(p.topic(), p.partition())));
                    }
                }
                consumer.assign(partities);
                consumer.seekToBeginning(partities);
                Map<TopicPartition, Long> eind = consumer.endOffsets(partities);
                while (!klaar(consumer, partities, eind)) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() >= eind.get(tp)) {
                            continue; // newer than the snapshot: the live consumers handle it
                        }
                        gelezen++;
                        try {
                            if (projectie.ontvang(record.value())) {
                                verwerkt++;
                            }
                        } catch (RuntimeException e) {
                            // the live consumer sent this one to the dead-letter topic as well
                            overgeslagen++;
                        }
                    }
                }
            }
            register.volledigLaden();
            int kandidaten = register.index().aantal();
            LOG.infof("kandidaten herbouwd: %d records gelezen, %d verwerkt, %d overgeslagen, %d kandidaten",
                    gelezen, verwerkt, overgeslagen, kandidaten);
            return new Resultaat(gelezen, verwerkt, overgeslagen, kandidaten);
        } finally {
            projectie.herbouwSlot.writeLock().unlock();
        }
    }

    private static boolean klaar(KafkaConsumer<String, String> consumer, List<TopicPartition> partities, Map<TopicPartition, Long> eind) {
        for (TopicPartition tp : partities) {
            if (consumer.position(tp) < eind.get(tp)) {
                return false;
            }
        }
        return true;
    }
}
