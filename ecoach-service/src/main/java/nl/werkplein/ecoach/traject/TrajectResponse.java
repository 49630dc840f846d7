package nl.werkplein.ecoach.traject;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Traject")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrajectResponse(
        @Schema(description = "De klant (pseudoniem)") UUID klantId,
        @Schema(description = "Het traject") UUID trajectId,
        @Schema(description = "De e-coach van de klant") UUID ecoachId,
        @Schema(description = "ACTIEF of AFGESLOTEN") TrajectStatus status,
        @Schema(description = "Begin van de e-dienstverlening", format = "date") LocalDate startdatum,
        @Schema(description = "De collectieve voorlichting; null zolang geen sessie plaats heeft", nullable = true) TrajectVoorlichtingResponse voorlichting,
        @Schema(description = "Datum van de (volgende) evaluatie: start + 3 maanden", format = "date") LocalDate evaluatieGeplandOp,
        @Schema(description = "GEPLAND, NODIG (aan de beurt: de klant heeft nog een uitkering) of VERVALLEN") EvaluatieStatus evaluatieStatus,
        @Schema(description = "Waarom het traject eindigde", nullable = true) Afsluitreden afsluitreden,
        @Schema(description = "Wanneer het traject eindigde", nullable = true) OffsetDateTime afgeslotenOp) {

    static TrajectResponse from(Traject t, TrajectVoorlichtingResponse voorlichting) {
        return new TrajectResponse(t.klantId, t.id, t.ecoachId, t.status, t.startdatum, voorlichting,
                t.evaluatieGeplandOp, t.evaluatieStatus, t.afsluitreden, t.afgeslotenOp);
    }
}
