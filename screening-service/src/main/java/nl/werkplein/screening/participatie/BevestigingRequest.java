package nl.werkplein.screening.participatie;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation's acknowledgement of receipt. */
@Schema(name = "Ontvangstbevestiging")
public record BevestigingRequest(
        @Schema(description = "Opmerking van de organisatie, bijvoorbeeld de datum van het kennismakingsgesprek")
        @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String opmerking) {
}
