package nl.werkplein.screening.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** The what-if's counts: old line (as decided) × new line (under the draft); no client, no answers. */
@Schema(name = "WatAlsUitkomst", description = "Alleen aantallen: geen klant, geen antwoorden")
public record WatAlsResponse(
        @Schema(description = "De conceptregelset") Regelset regelset,
        @Schema(format = "date") LocalDate van,
        @Schema(format = "date") LocalDate tot,
        @Schema(description = "Kruistabel oude lijn (zoals besloten) × nieuwe lijn (onder het concept), met winst en verlies per lijn") Kruistabel.Tabel totaal,
        @Schema(description = "Dezelfde tabel per wijk; null zonder perWijk", nullable = true) Map<String, Kruistabel.Tabel> perWijk,
        @Schema(description = "Rekentijd in milliseconden") long duurMs) {
}
