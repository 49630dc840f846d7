package nl.werkplein.employer.vacature;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A proposal or refusal of a candidate for a vacancy (the schema keeps its published name). */
@Schema(name = "Voorstel")
public record VoorstelResponse(UUID id, UUID vacatureId, UUID klantId, Voorstel.Uitkomst uitkomst,
                               @Schema(example = "Geen rijbewijs") String reden,
                               @Schema(description = "Subject van de matcher") String door, OffsetDateTime op) {
    static VoorstelResponse from(Voorstel v) {
        return new VoorstelResponse(v.id, v.vacatureId, v.klantId, v.uitkomst, v.reden, v.door, v.op);
    }
}
