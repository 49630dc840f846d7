package nl.werkplein.intake.tijdiggeld;

import nl.werkplein.intake.aanvraag.AanvraagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Termijnbewaking", description = "Een aanvraag waarover nog niet is beslist en die een termijn van tijdig geld nadert of voorbij is")
public record TermijnbewakingItem(
        UUID aanvraagId,
        UUID klantId,
        AanvraagStatus status,
        LocalDate aanvraagdatum,
        @Schema(description = "De dag waarop de aanvraag compleet was (de bevestiging door het KCC); leeg als nog niet bevestigd")
        LocalDate compleetOp,
        @Schema(description = "Vanaf deze dag is een voorschot aan de orde (compleet + 4 weken); leeg als nog niet compleet")
        LocalDate voorschotMogelijkVanaf,
        @Schema(description = "De laatste dag waarop het besluit op tijd is (aanvraagdatum + 8 weken)")
        LocalDate beslistermijn,
        @Schema(description = "Wat de termijnbewaking signaleert") List<TermijnSignaal> signalen,
        @Schema(description = "Vastgelegde voorschotten, in eurocenten bij elkaar", example = "0") long voorschottenTotaal) {
}
