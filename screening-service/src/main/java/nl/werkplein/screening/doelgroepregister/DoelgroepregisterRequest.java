package nl.werkplein.screening.doelgroepregister;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** UWV's doelgroepregister indication as a consulent records it; every bad field named at once (DoelgroepregisterControle). */
@Schema(name = "DoelgroepregisterVastleggen")
public record DoelgroepregisterRequest(
        @Schema(required = true, description = "Staat de klant volgens UWV in het doelgroepregister?") Boolean indicatie,
        @Schema(required = true, description = "De datum van de indicatie bij UWV; niet in de toekomst") LocalDate datum,
        @Schema(required = true, maxLength = DoelgroepregisterControle.BRON_MAX, description = "Waar de consulent het zag",
                example = "UWV Suwinet") String bron) {
}
