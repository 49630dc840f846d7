package nl.werkplein.ecoach.voorlichting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Deelnemer")
public record DeelnemerResponse(UUID klantId, UUID trajectId, OffsetDateTime uitgenodigdOp,
                            @Schema(description = "null zolang niet geregistreerd", nullable = true) Boolean aanwezig) {
    static DeelnemerResponse from(Deelname d) {
        return new DeelnemerResponse(d.klantId, d.sleutel.trajectId, d.uitgenodigdOp, d.aanwezig);
    }
}
