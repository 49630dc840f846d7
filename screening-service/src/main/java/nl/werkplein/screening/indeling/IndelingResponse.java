package nl.werkplein.screening.indeling;

import nl.werkplein.screening.scoring.Uitkomst;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client's indeling with every cycle's history. Published as {@code Overzicht}, its schema name since the first version. */
@Schema(name = "Overzicht")
public record IndelingResponse(Lijn lijn, boolean doorgeleid,
                               @Schema(description =
                                       "Wie de lijn in deze cyclus bepaalde: REGELS, CONSULENT of ESCALATIE (een persoon beslist hierna); null zolang niemand")
                               VastgesteldDoor vastgesteldDoor,
                               @Schema(description = "De aanvraag van deze cyclus; null voor het bestaande klantenbestand")
                               UUID aanvraagId,
                               List<HistorieRegel> historie) {

    /** {@code datum} is the calendar day in Europe/Amsterdam; {@code tijdstip} the moment itself. */
    public record HistorieRegel(Lijn lijn, Uitkomst uitkomst, LocalDate datum, OffsetDateTime tijdstip, String door,
                                String reden, Map<String, String> regelset, UUID aanvraagId) {
    }
}
