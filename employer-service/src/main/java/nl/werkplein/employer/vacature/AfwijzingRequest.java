package nl.werkplein.employer.vacature;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A candidate refused for this vacancy, with the reason (the schema keeps its published name). */
@Schema(name = "KandidaatAfwijzen")
public record AfwijzingRequest(@Schema(required = true) @NotNull(message = "is verplicht") UUID klantId,
                               @Schema(example = "Geen rijbewijs", required = true) @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang") String reden) {
}
