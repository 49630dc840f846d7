package nl.werkplein.platform.beheer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.kafka.TopicConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads this service's dead-letter topics and replays their records into the consumers they came
 * from, by calling the channel's {@code @Incoming} method with the record as Kafka would deliver it.
 * Every consumer is idempotent (IdempotentConsumer records the event id with the effect), so a
 * replay applies an event at most once, however often it is repeated.
 *
 * <p>The parts: {@link DlqLezer} reads the dead-letter topics, {@link VerwerkteEvents} what handled_event
 * says, {@link KanaalAflevering} hands a record to a channel's method; {@link DlqKanalen} knows which
 * channels a dead-letter topic belongs to. This class puts them together.
 */
@ApplicationScoped
public class DlqBeheer {

    private static final Logger LOG = Logger.getLogger(DlqBeheer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Replaying "all" goes through at most this many records per call; call again for the rest. */
    static final int MAX_HERVERWERKING = 10_000;

    public enum Resultaat { TOEGEPAST, ONGEWIJZIGD, MISLUKT }

    /** One record of a dead-letter topic, with the reason the consumer gave up on it. */
    public record Gelezen(String topic, int partitie, long offset, Instant tijdstip, String sleutel, String waarde,
                          Map<String, String> headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    public record Uitkomst(Gelezen record, String eventId, Resultaat resultaat, String reden) {
    }

    @Inject
    Config config;
    @Inject
    TopicConfig topicConfig;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    BeanManager beanManager;

    private volatile DlqKanalen kanalen;
    private volatile DlqLezer lezer;
    private volatile VerwerkteEvents verwerkt;
    private volatile KanaalAflevering aflevering;

    public DlqKanalen kanalen() {
        if (kanalen == null) {
            Map<String, String> props = new TreeMap<>();
            for (String name : config.getPropertyNames()) {
                if (name.startsWith("mp.messaging.incoming.")) {
                    config.getOptionalValue(name, String.class).ifPresent(v -> props.put(name, v));
                }
            }
            kanalen = DlqKanalen.uit(props, topicConfig.consumes().orElse(List.of()));
        }
        return kanalen;
    }

    private DlqLezer lezer() {
        if (lezer == null) {
            lezer = new DlqLezer(config.getOptionalValue("quarkus.application.name", String.class).orElse("werkplein") + "-beheer-dlq");
        }
        return lezer;
    }

    private VerwerkteEvents verwerkt() {
        if (verwerkt == null) {
            verwerkt = new VerwerkteEvents(dataSource);
        }
        return verwerkt;
    }

    private KanaalAflevering aflevering() {
        if (aflevering == null) {
            aflevering = new KanaalAflevering(beanManager);
        }
        return aflevering;
    }

    // ------------------------------------------------------------------ reading

    /** A page of the records in these dead-letter topics, in (topic, partition, offset) order. */
    public Page<Gelezen> lijst(List<String> dlqTopics, PageRequest paging) {
        return lezer().lijst(dlqTopics, paging);
    }

    /** One record, or every record (up to {@link #MAX_HERVERWERKING}) of a dead-letter topic. */
    public List<Gelezen> lees(String dlqTopic, Integer partitie, Long offset) {
        return lezer().lees(dlqTopic, partitie, offset, MAX_HERVERWERKING);
    }

    /** Which consumers (IdempotentConsumer names) handled these events already. */
    public Map<String, List<String>> verwerktDoor(List<String> eventIds) {
        return verwerkt().verwerktDoor(eventIds);
    }

    /** The CloudEvent id in a record value, if it is readable JSON with one. */
    public static String eventId(String value) {
        return field(value, "id");
    }

    public static String eventType(String value) {
        return field(value, "type");
    }

    // ------------------------------------------------------------------ replaying

    /** Hands each record to every channel it may have come from; the consumers' idempotence does the rest. */
    public List<Uitkomst> herverwerk(String dlqTopic, List<Gelezen> records) {
        List<Uitkomst> uitkomsten = new ArrayList<>();
        for (Gelezen record : records) {
            uitkomsten.add(herverwerk(dlqTopic, record));
        }
        return uitkomsten;
    }

    private Uitkomst herverwerk(String dlqTopic, Gelezen record) {
        String eventId = eventId(record.waarde());
        String origineel = record.header("dead-letter-topic");
        List<DlqKanalen.Kanaal> doel = kanalen().kanalenVoor(dlqTopic, origineel);
        if (doel.isEmpty()) {
            return new Uitkomst(record, eventId, Resultaat.MISLUKT, "geen kanaal van deze service leest " + (origineel != null ? origineel : dlqTopic));
        }
        long voor = verwerkt().handled(eventId);
        String fout = null;
        for (DlqKanalen.Kanaal kanaal : doel) {
            try {
                aflevering().deliver(kanaal, record, origineel);
            } catch (Exception e) {
                Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
                fout = kanaal.naam() + ": " + cause;
                LOG.warnf("replaying %s/%d/%d into %s failed: %s", record.topic(), record.partitie(), record.offset(), kanaal.naam(), cause.toString());
            }
        }
        long na = verwerkt().handled(eventId);
        Resultaat resultaat = na > voor ? Resultaat.TOEGEPAST : fout != null ? Resultaat.MISLUKT : Resultaat.ONGEWIJZIGD;
        String reden = switch (resultaat) {
            case TOEGEPAST -> "verwerkt door " + (na - voor) + " consument(en)";
            case ONGEWIJZIGD -> "eerder verwerkt of niet voor deze consument: er verandert niets";
            case MISLUKT -> shorten(fout);
        };
        return new Uitkomst(record, eventId, resultaat, reden);
    }

    static OffsetDateTime tijd(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String field(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(value);
            JsonNode f = node == null ? null : node.get(name);
            return f == null || !f.isTextual() ? null : f.asText();
        } catch (Exception e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }
}
