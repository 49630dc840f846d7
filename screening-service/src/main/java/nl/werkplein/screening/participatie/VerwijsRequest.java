package nl.werkplein.screening.participatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consulent refers a worklist referral to an organisation, and the wijk when they know it. */
@Schema(name = "ParticipatieverwijzingVerwijzen")
public record VerwijsRequest(
        @Schema(required = true, description = "Code van de organisatie (GET /participatieverwijzingen/organisaties)", example = "radar")
        @NotBlank(message = "is verplicht") @Size(max = 64, message = "is te lang") String organisatie,
        @Schema(description = "De wijk, als de consulent die weet") @Size(max = 100, message = "is te lang") String wijk) {
}
