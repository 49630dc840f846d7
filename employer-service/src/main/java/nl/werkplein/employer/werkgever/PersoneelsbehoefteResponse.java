package nl.werkplein.employer.werkgever;

import nl.werkplein.employer.matching.VacatureSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Personeelsbehoefte")
public record PersoneelsbehoefteResponse(UUID id, UUID werkgeverId, @Schema(example = "Groep orderpickers") String omschrijving,
                                         VacatureSoort soort, @Schema(example = "9321") String beroepscode, int aantal,
                                         LocalDate vanaf, LocalDate tot, boolean opleidingstraject,
                                         @Schema(description = "Subject van de accountmanager") String door, OffsetDateTime vastgelegdOp) {
    static PersoneelsbehoefteResponse from(Personeelsbehoefte p) {
        return new PersoneelsbehoefteResponse(p.id, p.werkgeverId, p.omschrijving, p.soort, p.beroepscode, p.aantal, p.vanaf, p.tot,
                p.opleidingstraject, p.door, p.vastgelegdOp);
    }
}
