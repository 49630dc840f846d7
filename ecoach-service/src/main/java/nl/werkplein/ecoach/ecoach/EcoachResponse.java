package nl.werkplein.ecoach.ecoach;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Ecoach")
public record EcoachResponse(
        @Schema(description = "Het id; gelijk aan de sub van het token van de e-coach") UUID ecoachId,
        @Schema(description = "Naam") String naam,
        @Schema(description = "Krijgt nieuwe klanten") boolean actief,
        @Schema(description = "Aantal actieve klanten waarboven anderen voorgaan") int capaciteit,
        @Schema(description = "Aantal actieve trajecten") long actieveKlanten) {
}
