package nl.werkplein.screening.klant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The fields of intake's aanvraag-ingediend that screening uses (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AanvraagIngediend(UUID klantId, UUID aanvraagId, Integer leeftijd, String postcode4) {
}
