package nl.werkplein.employer.vacature;

import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.employer.matching.VacatureSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Vacature")
public record VacatureResponse(
        UUID vacatureId,
        Bron bron,
        @Schema(description = "Kandidatenpool", example = "BEMIDDELBAAR") String pool,
        @Schema(example = "RS-2026-001") String referentie,
        @Schema(example = "Medewerker magazijn") String titel,
        String omschrijving,
        VacatureSoort soort,
        @Schema(description = "ISCO-08", example = "9321") String beroepscode,
        @Schema(example = "9723") String postcode4,
        Integer urenPerWeek,
        @Schema(example = "MBO2") String opleidingsniveau,
        List<String> vaardigheden,
        LocalDate sluitingsdatum,
        boolean sw,
        UUID werkgeverId,
        @Schema(description = "Naam van de werkgever", example = "Bouwbedrijf Noord") String werkgever,
        @Schema(example = "randstad") String partnerId,
        VacatureStatus status,
        OffsetDateTime aangebodenOp,
        OffsetDateTime gewijzigdOp) {

    public static VacatureResponse from(Vacature v) {
        return new VacatureResponse(v.id, v.bron, v.pool, v.referentie, v.titel, v.omschrijving, v.soort, v.beroepscode, v.postcode4,
                v.urenPerWeek, v.opleidingsniveau, Kandidaat.lijst(v.vaardigheden, "|"), v.sluitingsdatum, v.sw, v.werkgeverId,
                v.werkgeverNaam, v.partnerId, v.status, v.aangebodenOp, v.gewijzigdOp);
    }
}
