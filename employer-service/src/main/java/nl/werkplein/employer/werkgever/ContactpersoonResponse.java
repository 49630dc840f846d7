package nl.werkplein.employer.werkgever;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contactpersoon")
public record ContactpersoonResponse(
        @Schema(example = "Anna de Vries", required = true) String naam,
        @Schema(example = "HR-adviseur", nullable = true) String functie,
        @Schema(example = "anna@bedrijf.example.nl", nullable = true) String email,
        @Schema(example = "050-1234567", nullable = true) String telefoon) {
    static ContactpersoonResponse from(Contactpersoon c) {
        return new ContactpersoonResponse(c.naam, c.functie, c.email, c.telefoon);
    }
}
