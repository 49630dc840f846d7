package nl.werkplein.screening.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft rule set and a period for the what-if; the dates are parsed so every bad field is named at once. */
@Schema(name = "WatAlsVerzoek")
public record WatAlsRequest(
        @Schema(required = true, description = "De conceptregelset (wordt niet gepubliceerd of bewaard)")
        @Valid @NotNull(message = "is verplicht") RegelsetRequest regelset,
        @Schema(required = true, description = "Eerste dag van de periode (ingediende antwoordensets)", format = "date", example = "2026-01-01") String van,
        @Schema(required = true, description = "Laatste dag van de periode, inclusief", format = "date", example = "2026-12-31") String tot,
        @Schema(description = "Ook per wijk (de wijk van de postcode van de klant; ONBEKEND zonder wijk)") Boolean perWijk) {
}
