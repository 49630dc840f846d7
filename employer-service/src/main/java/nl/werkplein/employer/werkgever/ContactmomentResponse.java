package nl.werkplein.employer.werkgever;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Contactmoment")
public record ContactmomentResponse(UUID id, UUID werkgeverId, LocalDate datum, Contactmoment.Kanaal kanaal,
                                    @Schema(example = "Kennismaking") String verslag, @Schema(description = "Subject van de accountmanager") String door,
                                    OffsetDateTime vastgelegdOp) {
    static ContactmomentResponse from(Contactmoment c) {
        return new ContactmomentResponse(c.id, c.werkgeverId, c.datum, c.kanaal, c.verslag, c.door, c.vastgelegdOp);
    }
}
