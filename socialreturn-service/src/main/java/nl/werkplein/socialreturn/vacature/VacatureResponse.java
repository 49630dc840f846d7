package nl.werkplein.socialreturn.vacature;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Vacature", description = "Een gerouteerde vacature of plaats")
public record VacatureResponse(
        @Schema(description = "Stabiel per partner en referentie, of per geregistreerde plaats") UUID vacatureId,
        Bron bron,
        @Schema(example = "randstad") String partnerId,
        UUID contractId,
        @Schema(example = "RS-1001") String referentie,
        @Schema(description = "De kandidatenpool waar de vacature naartoe ging", example = "BEMIDDELBAAR") String pool,
        @Schema(description = "Waarom deze pool", example = "standaardpool van de partner") String routeringReden,
        Soort soort,
        @Schema(example = "Magazijnmedewerker") String titel,
        @Schema(example = "Orderpicken in ploegendienst") String omschrijving,
        @Schema(example = "9333") String beroepscode,
        @Schema(example = "9731AB") String postcode,
        @Schema(example = "32") int urenPerWeek,
        Opleidingsniveau opleidingsniveau,
        @Schema(example = "2027-01-31") LocalDate sluitingsdatum,
        @Schema(description = "Geworven voor de SW-doelgroep") boolean sw,
        @Schema(example = "Distributiecentrum Noord") String werkgever,
        VacatureStatus status,
        @Schema(description = "Eerste keer aangeboden") OffsetDateTime aangebodenOp,
        @Schema(description = "Laatst gewijzigd") OffsetDateTime gewijzigdOp,
        @Schema(description = "Ingetrokken") OffsetDateTime ingetrokkenOp) {

    public static VacatureResponse van(Vacature v) {
        return new VacatureResponse(v.id, v.bron, v.partnerId, v.contractId, v.referentie, v.pool, v.routeringReden, v.soort,
                v.titel, v.omschrijving, v.beroepscode, v.postcode, v.urenPerWeek, v.opleidingsniveau, v.sluitingsdatum, v.sw,
                v.werkgever, v.status, v.aangebodenOp, v.gewijzigdOp, v.ingetrokkenOp);
    }
}
