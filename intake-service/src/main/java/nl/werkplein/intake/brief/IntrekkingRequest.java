package nl.werkplein.intake.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BriefIntrekking", description = "Waarom een brief niet verstuurd moet worden")
public record IntrekkingRequest(
        @Schema(required = true, example = "Klant is verhuisd; nieuw adres nog niet bekend")
        @NotBlank(message = "is verplicht") @Size(max = 500, message = "is te lang") String reden) {
}
