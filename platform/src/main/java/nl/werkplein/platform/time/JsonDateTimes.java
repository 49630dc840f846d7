package nl.werkplein.platform.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/** Every date-time Jackson writes in the platform's one format ({@link DateTimes}); reading is unchanged. */
@Singleton
public class JsonDateTimes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** Also for mappers built outside CDI (tests, tools). */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("werkplein-date-times");
        module.addSerializer(OffsetDateTime.class, new Writer<>());
        module.addSerializer(ZonedDateTime.class, new Writer<>());
        module.addSerializer(Instant.class, new Writer<>());
        return module;
    }

    /** Runs after Quarkus' own JavaTimeModule registration, so these serializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static final class Writer<T extends TemporalAccessor> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(DateTimes.format(value));
        }
    }
}
