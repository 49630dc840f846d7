package nl.werkplein.ecoach.workshop;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AanwezigheidMelden")
public record AanwezigheidsmeldingRequest(
        @Schema(required = true, description = "AANWEZIG of AFWEZIG", enumeration = {"AANWEZIG", "AFWEZIG"})
        @NotNull(message = "is verplicht (AANWEZIG of AFWEZIG)") WorkshopStatus status) {
}
