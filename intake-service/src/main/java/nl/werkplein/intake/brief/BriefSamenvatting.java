package nl.werkplein.intake.brief;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A letter in the print queue, without text or address (those are read one letter at a time). */
@Schema(name = "BriefInWachtrij", description = "Een brief in de lijst: wat de printstraat nodig heeft om hem op te halen")
public record BriefSamenvatting(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID klantId,
        @Schema(required = true, example = "Vul de Entreevragenlijst in") String onderwerp,
        @Schema(required = true) BriefStatus status,
        @Schema(required = true) OffsetDateTime aangemaaktOp,
        @Schema(nullable = true) OffsetDateTime verstuurdOp) {

    static BriefSamenvatting from(Brief b) {
        return new BriefSamenvatting(b.id, b.klantId, b.onderwerp, b.status, b.aangemaaktOp, b.verstuurdOp);
    }
}
