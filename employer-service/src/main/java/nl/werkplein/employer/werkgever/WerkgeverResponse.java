package nl.werkplein.employer.werkgever;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Werkgever")
public record WerkgeverResponse(UUID id, @Schema(example = "Bouwbedrijf Noord BV") String naam,
                                @Schema(example = "12345678") String kvkNummer, @Schema(example = "BOUW") String branche,
                                Adres adres, UUID accountmanagerId, List<ContactpersoonResponse> contactpersonen,
                                OffsetDateTime aangemaaktOp, OffsetDateTime gewijzigdOp) {
    static WerkgeverResponse from(Werkgever w) {
        return new WerkgeverResponse(w.id, w.naam, w.kvkNummer, w.branche, new Adres(w.straat, w.huisnummer, w.postcode, w.plaats),
                w.accountmanagerId, w.contactpersonen.stream().map(ContactpersoonResponse::from).toList(),
                w.aangemaaktOp, w.gewijzigdOp);
    }
}
