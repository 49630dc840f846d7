package nl.werkplein.employer.kandidaat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields employer-service reads from screening's, ecoach's and intake's client events
 * (docs/events.md); a tolerant reader: whatever else an event carries is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KlantEvent(
        UUID klantId,
        String lijn,
        Integer leeftijd,
        String postcode4,
        String regeling,
        Boolean bestandsklant,
        String fase,
        Integer urenPerWeek,
        String werkintake,
        String branche,
        Integer percentage,
        Boolean onderWml,
        List<String> beroepscodes,
        String wensen,
        List<String> werkregio,
        String opleidingsniveau,
        List<Ervaring> ervaring,
        List<String> vaardigheden,
        LocalDate beschikbaarPer,
        String reden,
        String uitstroomReden,
        UUID aanvraagId,
        String vorigeLijn,
        String door,
        Boolean indicatie,
        LocalDate datum,
        String bron,
        String beeindigingReden,
        LocalDate beeindigdOp,
        UUID plaatsingId) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ervaring(String beroepscode, Integer jaren) {
    }
}
