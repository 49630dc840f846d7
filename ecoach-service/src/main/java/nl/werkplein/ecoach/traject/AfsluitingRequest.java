package nl.werkplein.ecoach.traject;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AfsluitingVastleggen")
public record AfsluitingRequest(
        @Schema(required = true, description = "Alleen WERK: de klant vond werk (andere redenen volgen uit events)")
        @NotNull(message = "is verplicht") Afsluitreden reden) {
}
