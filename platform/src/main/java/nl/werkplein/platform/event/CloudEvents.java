package nl.werkplein.platform.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builds this service's events: type {@code nl.werkplein.<service>.<aggregaat>-<verleden-tijd>}. */
@ApplicationScoped
public class CloudEvents {

    @Inject
    EventConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    public CloudEvent create(String type, UUID subject, Object data) {
        JsonNode tree = mapper.valueToTree(data);
        if (CloudEvent.containsForbiddenField(tree)) {
            // The BSN never leaves intake-service (architecture.md); refuse rather than publish it.
            throw new IllegalArgumentException("event " + type + " carries a field named bsn");
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), config.sourceUrn(), type,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), subject.toString(), "application/json", tree);
    }

    public CloudEvent parse(String json) {
        return CloudEvent.parse(json, mapper);
    }

    public String toJson(CloudEvent event) {
        return event.toJson(mapper);
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return event.dataAs(type, mapper);
    }
}
