package nl.werkplein.screening.participatie;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Participation referrals on werkplein.screening.indelingen.v1 (IndelingEvents.TOPIC, docs/events.md). */
public final class ParticipatieEvents {

    public static final String VERWEZEN = "nl.werkplein.screening.participatie-verwezen";
    public static final String ONTVANGEN = "nl.werkplein.screening.participatie-ontvangen";

    /**
     * participatie-verwezen; {@code organisatie} (the name) and {@code organisatieCode} are absent while
     * the referral is on a consulent's worklist; a consulent's referral from the worklist publishes it
     * again for the same {@code verwijzingId}, then with the organisation and {@code door: CONSULENT}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verwezen(UUID klantId, String vorm, String wijk, String organisatie, UUID verwijzingId, String organisatieCode,
                           Participatieverwijzing.Status status, String door) {

        static Verwezen van(Participatieverwijzing v, String door) {
            return new Verwezen(v.klantId, v.vorm, v.wijk, v.organisatie, v.id, v.organisatieCode, v.status, door);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ontvangen(UUID klantId, UUID verwijzingId, String organisatieCode, String organisatie, String vorm,
                            OffsetDateTime ontvangenOp) {

        static Ontvangen van(Participatieverwijzing v) {
            return new Ontvangen(v.klantId, v.id, v.organisatieCode, v.organisatie, v.vorm, v.ontvangenOp);
        }
    }

    private ParticipatieEvents() {
    }
}
