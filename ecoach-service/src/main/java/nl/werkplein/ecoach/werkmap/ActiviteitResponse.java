package nl.werkplein.ecoach.werkmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Activiteit")
public record ActiviteitResponse(UUID activiteitId, @Schema(format = "date") LocalDate datum, String werkgever, String functie,
                             Kanaal kanaal, Resultaat resultaat, @Schema(nullable = true) String toelichting,
                             OffsetDateTime geregistreerdOp) {
    static ActiviteitResponse from(Activiteit a) {
        return new ActiviteitResponse(a.id, a.datum, a.werkgever, a.functie, a.kanaal, a.resultaat, a.toelichting, a.geregistreerdOp);
    }
}
