package nl.werkplein.ecoach.werkmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Bericht")
public record BerichtResponse(UUID berichtId, @Schema(description = "KLANT of ECOACH") Bericht.Van van, String tekst, OffsetDateTime verzondenOp) {
    static BerichtResponse from(Bericht b) {
        return new BerichtResponse(b.id, b.van, b.tekst, b.verzondenOp);
    }
}
