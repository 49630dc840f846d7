package nl.werkplein.intake.brief;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Postadres", description = "Het postadres dat intake voor brieven gebruikt")
public record PostadresResponse(
        @Schema(required = true) UUID klantId,
        @Schema(nullable = true, example = "J. de Vries") String naam,
        @Schema(required = true, example = "Hoofdstraat 1") String adresregel,
        @Schema(required = true, example = "9731 AB") String postcode,
        @Schema(required = true, example = "Groningen") String woonplaats,
        @Schema(required = true, description = "Zo staat het in het venster van de envelop") List<String> regels,
        @Schema(required = true) OffsetDateTime vastgelegdOp) {

    static PostadresResponse from(Postadres p) {
        return new PostadresResponse(p.klantId, p.naam, p.adresregel, p.postcode, p.woonplaats, p.regels(), p.vastgelegdOp);
    }
}
