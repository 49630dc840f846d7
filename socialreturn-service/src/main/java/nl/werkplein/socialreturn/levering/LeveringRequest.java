package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The partner's complete set of open vacancies for a week. Rows are read as JSON trees so that each is
 * checked on its own: a wrong type in one row rejects that row, not the delivery.
 */
@Schema(name = "LeveringAanbieden", description = "Alle open vacatures van de partner in deze week (hoogstens 10.000)")
public record LeveringRequest(
        @Schema(type = SchemaType.ARRAY, implementation = VacatureLevering.class, required = true, description = "De vacatures")
        List<JsonNode> vacatures) {

    @Schema(name = "PartnerVacature", description = "Eén vacature van de partner")
    public record VacatureLevering(
            @Schema(description = "Kenmerk van de partner, uniek in de levering", example = "RS-1001", required = true) String referentie,
            @Schema(example = "Magazijnmedewerker", required = true) String titel,
            @Schema(example = "Orderpicken in ploegendienst") String omschrijving,
            @Schema(description = "ISCO-08, 4 cijfers", example = "9333", required = true) String beroepscode,
            @Schema(example = "9731AB", required = true) String postcode,
            @Schema(description = "1 tot en met 60", example = "32", required = true) Integer urenPerWeek,
            @Schema(required = true) nl.werkplein.socialreturn.vacature.Opleidingsniveau opleidingsniveau,
            @Schema(description = "Niet in het verleden", example = "2027-01-31", required = true) java.time.LocalDate sluitingsdatum,
            @Schema(description = "Standaard BAAN") nl.werkplein.socialreturn.vacature.Soort soort,
            @Schema(description = "Geworven voor de SW-doelgroep (standaard false)") Boolean sw,
            @Schema(description = "De werkgever waar de vacature is", example = "Distributiecentrum Noord") String werkgever) {
    }
}
