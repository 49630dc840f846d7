package nl.werkplein.employer.vacature;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/** Events on werkplein.employer.vacatures.v1 (produced) and the pool topics (consumed), docs/events.md. */
public final class VacatureEvents {

    public static final String TOPIC = "werkplein.employer.vacatures.v1";
    public static final String GEREGISTREERD = "nl.werkplein.employer.vacature-geregistreerd";
    /** Beyond docs/events.md: every change of a vacancy here is published too. */
    public static final String INGETROKKEN = "nl.werkplein.employer.vacature-ingetrokken";
    public static final String KANDIDAAT_VOORGESTELD = "nl.werkplein.employer.kandidaat-voorgesteld";
    public static final String KANDIDAAT_AFGEWEZEN = "nl.werkplein.employer.kandidaat-afgewezen";
    public static final String AFGEHANDELD = "nl.werkplein.employer.vacature-afgehandeld";

    public static final String AANGEBODEN = "nl.werkplein.socialreturn.vacature-aangeboden";
    public static final String SR_INGETROKKEN = "nl.werkplein.socialreturn.vacature-ingetrokken";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Geregistreerd(UUID vacatureId, UUID werkgeverId, String soort, String beroepscode, String postcode4,
                                Integer urenPerWeek, String pool) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gewijzigd(UUID vacatureId, String pool, UUID klantId, String reden) {
    }

    /** vacature-aangeboden / -ingetrokken of socialreturn-service; a tolerant reader. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Aangeboden(UUID vacatureId, String pool, String bron, String partnerId, UUID contractId, String referentie,
                             String titel, String omschrijving, String soort, String beroepscode, String postcode4,
                             Integer urenPerWeek, String opleidingsniveau, LocalDate sluitingsdatum, Boolean sw,
                             String werkgever) {
    }

    private VacatureEvents() {
    }
}
