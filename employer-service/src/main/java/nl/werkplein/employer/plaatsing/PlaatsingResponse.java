package nl.werkplein.employer.plaatsing;

import nl.werkplein.employer.kandidaat.Doelgroep;
import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.employer.vacature.Bron;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Plaatsing")
public record PlaatsingResponse(
        UUID id,
        UUID vacatureId,
        UUID klantId,
        @Schema(example = "BEMIDDELBAAR") String pool,
        Bron bron,
        VacatureSoort soort,
        LocalDate startdatum,
        @Schema(example = "24") int urenPerWeek,
        @Schema(example = "6") int duurMaanden,
        Uitstroom uitstroom,
        @Schema(description = "Doelgroep van de kandidaat volgens de poolregel") Doelgroep doelgroep,
        @Schema(description = "De kandidaat is op de startdatum 50 of ouder") boolean vijftigPlus,
        OffsetDateTime geregistreerdOp,
        @Schema(description = "Loopt: er is nog geen einde vastgelegd") boolean lopend,
        @Schema(description = "De laatste gewerkte dag, als de plaatsing beëindigd is", example = "2026-07-31") LocalDate einddatum,
        @Schema(description = "Waarom de plaatsing eindigde") Eindreden eindreden) {

    public static PlaatsingResponse from(Plaatsing p) {
        return new PlaatsingResponse(p.id, p.vacatureId, p.klantId, p.pool, p.bron, p.soort, p.startdatum, p.urenPerWeek,
                p.duurMaanden, p.uitstroom, p.doelgroep, p.vijftigPlus, p.geregistreerdOp, p.isLopend(), p.einddatum, p.eindreden);
    }
}
