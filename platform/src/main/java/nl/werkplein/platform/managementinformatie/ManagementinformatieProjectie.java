package nl.werkplein.platform.managementinformatie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import nl.werkplein.platform.kafka.KafkaVerbinding;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A service's management-information projection: its live consumers hand every record to
 * {@link #verwerk}, which applies the events of {@link #types()} once (the platform
 * {@link IdempotentConsumer}, consumer name {@link #consumer()}) to the monthly {@link Kengetallen}
 * and any small state the service keeps beside them ({@link #leegEigen()}).
 * {@link #herbouw()} rebuilds it: empties the read model, forgets the handled events of this
 * consumer, and replays the {@link #topics()} from offset 0 up to their end as they are now with a
 * plain KafkaConsumer (no group), through the same code, merged over all partitions by record
 * timestamp (the order the live consumers saw, about; it matters where a projection joins topics).
 * A record that is no CloudEvent is skipped: the topic's own consumer dead-letters it. The live consumers of this replica wait
 * meanwhile; afterwards they find the replayed events handled. The same pattern as employer-service's
 * KandidatenHerbouw.
 */
public abstract class ManagementinformatieProjectie {

    private static final Logger LOG = Logger.getLogger(ManagementinformatieProjectie.class);

    /** What a rebuild read and applied. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ManagementinformatieHerbouw")
    public record Herbouwresultaat(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Records gelezen van offset 0 tot het einde") long gelezen,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Daarvan geteld") long verwerkt,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Onleesbaar (staan ook op de dead-letter-topic)") long overgeslagen) {
    }

    @Inject
    protected IdempotentConsumer consumer;
    @Inject
    protected CloudEvents events;
    @Inject
    protected Kengetallen kengetallen;
    @Inject
    protected EntityManager em;

    private final ReentrantReadWriteLock herbouwSlot = new ReentrantReadWriteLock();

    /** The consumer name in handled_event, e.g. {@code intake.managementinformatie}. */
    protected abstract String consumer();

    /** The topics this projection reads (and a rebuild replays). */
    protected abstract List<String> topics();

    /** The event types it counts; others are skipped without a transaction. */
    protected abstract Set<String> types();

    /** Applies one event, inside the transaction that records it as handled. */
    protected abstract void pasToe(CloudEvent event);

    /** Empties state the service keeps beside the counters (called inside the rebuild's transaction). */
    protected void leegEigen() {
    }

    /** @return true when the record was applied now (false: another type, or handled before) */
    public boolean verwerk(String record) {
        if (!relevant(record)) {
            return false;
        }
        herbouwSlot.readLock().lock();
        try {
            return consumer.handle(consumer(), record, this::pasToe);
        } finally {
            herbouwSlot.readLock().unlock();
        }
    }

    private boolean relevant(String record) {
        try {
            return types().contains(events.parse(record).type());
        } catch (InvalidEventException e) {
            // not a CloudEvent: the topic's own consumer dead-letters it; a second copy on the .dlq helps nobody
            LOG.debugf("%s: an unreadable record is skipped: %s", consumer(), e.getMessage());
            return false;
        }
    }

    public Herbouwresultaat herbouw() {
        herbouwSlot.writeLock().lock();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                kengetallen.leeg();
                leegEigen();
                em.createNativeQuery("DELETE FROM handled_event WHERE consumer = ?1").setParameter(1, consumer()).executeUpdate();
            });
            long gelezen = 0;
            long verwerkt = 0;
            long overgeslagen = 0;
            Map<String, Object> props = new HashMap<>(KafkaVerbinding.instellingen());
            props.put("isolation.level", "read_committed");
            props.put("enable.auto.commit", "false");
            props.put("max.poll.records", "1000");
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partities = new ArrayList<>();
                for (String topic : topics()) {
                    List<PartitionInfo> info = kafka.partitionsFor(topic, Duration.ofSeconds(30));
                    if (info != null) {
                        info.forEach(p -> partities.add(new TopicPartition(p.topic(), p.partition())));
                    }
                }
                kafka.assign(partities);
                kafka.seekToBeginning(partities);
                Map<TopicPartition, Long> eind = kafka.endOffsets(partities);
                // Merged by record timestamp over all partitions: the live consumers saw the topics in about
                // that order, and a projection that joins topics (a line, then the benefit's end) needs it.
                Map<TopicPartition, ArrayDeque<ConsumerRecord<String, String>>> buffers = new HashMap<>();
                partities.forEach(tp -> buffers.put(tp, new ArrayDeque<>()));
                while (true) {
                    List<TopicPartition> open = new ArrayList<>();
                    List<TopicPartition> leeg = new ArrayList<>();
                    for (TopicPartition tp : partities) {
                        boolean gelezenTotEind = kafka.position(tp) >= eind.get(tp);
                        if (!gelezenTotEind || !buffers.get(tp).isEmpty()) {
                            open.add(tp);
                        }
                        if (!gelezenTotEind && buffers.get(tp).isEmpty()) {
                            leeg.add(tp);
                        }
                    }
                    if (open.isEmpty()) {
                        break;
                    }
                    if (!leeg.isEmpty()) {
                        // fill every empty buffer first, so the smallest head is known
                        kafka.pause(partities);
                        kafka.resume(leeg);
                        for (ConsumerRecord<String, String> r : kafka.poll(Duration.ofMillis(200))) {
                            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                            if (r.offset() < eind.get(tp)) {
                                buffers.get(tp).add(r); // newer than the snapshot: the live consumers handle it
                            }
                        }
                        continue;
                    }
                    TopicPartition kleinste = null;
                    for (TopicPartition tp : open) {
                        if (kleinste == null || buffers.get(tp).peek().timestamp() < buffers.get(kleinste).peek().timestamp()) {
                            kleinste = tp;
                        }
                    }
                    ConsumerRecord<String, String> record = buffers.get(kleinste).poll();
                    gelezen++;
                    try {
                        if (verwerk(record.value())) {
                            verwerkt++;
                        }
                    } catch (RuntimeException e) {
                        overgeslagen++; // the live consumer sent it to the dead-letter topic as well
                    }
                }
            }
            LOG.infof("%s herbouwd: %d records gelezen, %d verwerkt, %d overgeslagen", consumer(), gelezen, verwerkt, overgeslagen);
            return new Herbouwresultaat(gelezen, verwerkt, overgeslagen);
        } finally {
            herbouwSlot.writeLock().unlock();
        }
    }

    /** The month of a moment, in Europe/Amsterdam. */
    protected static java.time.YearMonth maand(java.time.OffsetDateTime tijd) {
        return java.time.YearMonth.from(tijd.atZoneSameInstant(nl.werkplein.platform.time.ClockProducer.AMSTERDAM));
    }
}
