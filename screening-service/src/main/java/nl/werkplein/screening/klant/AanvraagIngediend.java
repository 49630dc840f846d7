package nl.werkplein.screening.klant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/** The fields of intake's aanvraag and bestandsklant events that screening uses (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AanvraagIngediend(UUID klantId, UUID aanvraagId, Integer leeftijd, String postcode4, String regeling,
                                LocalDate lopendTrajectTot, UUID importId) {
}
