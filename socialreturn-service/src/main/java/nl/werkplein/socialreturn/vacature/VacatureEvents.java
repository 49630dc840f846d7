package nl.werkplein.socialreturn.vacature;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/** The pool topics' events (docs/events.md, werkplein.matching.&lt;pool&gt;.v1), keyed by vacatureId. */
public final class VacatureEvents {

    public static final String AANGEBODEN = "nl.werkplein.socialreturn.vacature-aangeboden";
    public static final String INGETROKKEN = "nl.werkplein.socialreturn.vacature-ingetrokken";

    private VacatureEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Aangeboden(UUID vacatureId, String pool, Bron bron, String partnerId, UUID contractId, String referentie,
                             String titel, String omschrijving, Soort soort, String beroepscode, String postcode4,
                             int urenPerWeek, Opleidingsniveau opleidingsniveau, LocalDate sluitingsdatum, boolean sw,
                             String werkgever) {

        public static Aangeboden van(UUID vacatureId, String pool, Bron bron, String partnerId, UUID contractId, VacatureInvoer v) {
            return new Aangeboden(vacatureId, pool, bron, partnerId, contractId, v.referentie(), v.titel(), v.omschrijving(),
                    v.soort(), v.beroepscode(), v.postcode4(), v.urenPerWeek(), v.opleidingsniveau(), v.sluitingsdatum(),
                    v.sw(), v.werkgever());
        }
    }

    public record Ingetrokken(UUID vacatureId, String pool, String referentie) {
    }
}
