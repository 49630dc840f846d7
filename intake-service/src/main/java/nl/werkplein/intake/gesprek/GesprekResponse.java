package nl.werkplein.intake.gesprek;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.platform.time.ClockProducer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "GesprekAfspraak", description = "Een eerste gesprek in een slot van een team")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GesprekResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID aanvraagId,
        @Schema(required = true) UUID klantId,
        @Schema(required = true, example = "werkplein") String team,
        @Schema(required = true, description = "De dag (Europe/Amsterdam)") LocalDate datum,
        @Schema(required = true, description = "Het begin, lokale tijd") LocalTime tijd,
        @Schema(required = true) OffsetDateTime tijdstip,
        @Schema(required = true, example = "45") int duurMinuten,
        @Schema(required = true) GesprekStatus status,
        @Schema(required = true) OffsetDateTime geplandOp,
        @Schema(required = true, description = "intake-service (na de zoekperiode) of de medewerker die het opnieuw plande") String geplandDoor,
        @Schema(nullable = true, description = "Het gesprek dat dit verving (herplanning)") UUID vorigGesprekId,
        @Schema(nullable = true, description = "Waarom het opnieuw gepland is") String herplanReden,
        @Schema(nullable = true, description = "Het gesprek dat dit vervangt") UUID opvolgerId,
        @Schema(nullable = true, description = "Wanneer de status na het plannen veranderde") OffsetDateTime statusOp,
        @Schema(nullable = true) String statusDoor) {

    static GesprekResponse van(Gesprek g) {
        var lokaal = g.tijdstip.atZoneSameInstant(ClockProducer.AMSTERDAM);
        return new GesprekResponse(g.id, g.aanvraagId, g.klantId, g.team, lokaal.toLocalDate(), lokaal.toLocalTime(), g.tijdstip,
                g.duurMinuten, g.status, g.geplandOp, g.geplandDoor, g.vorigGesprekId, g.herplanReden, g.opvolgerId, g.statusOp, g.statusDoor);
    }
}
