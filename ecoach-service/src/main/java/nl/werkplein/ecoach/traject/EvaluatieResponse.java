package nl.werkplein.ecoach.traject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Evaluatie")
public record EvaluatieResponse(UUID evaluatieId, UUID trajectId, EvaluatieUitkomst uitkomst,
                            @Schema(nullable = true) Workshop workshop, @Schema(nullable = true) String toelichting,
                            OffsetDateTime uitgevoerdOp) {
    static EvaluatieResponse from(Evaluatie e) {
        return new EvaluatieResponse(e.id, e.trajectId, e.uitkomst, e.workshop, e.toelichting, e.uitgevoerdOp);
    }
}
