package nl.werkplein.employer.vacature;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A candidate proposed to the employer for this vacancy (the schema keeps its published name). */
@Schema(name = "KandidaatVoorstellen")
public record VoorstelRequest(@Schema(required = true) @NotNull(message = "is verplicht") UUID klantId,
                              @Schema(example = "Past goed bij het team") @Size(max = 2000, message = "is te lang") String toelichting) {
}
