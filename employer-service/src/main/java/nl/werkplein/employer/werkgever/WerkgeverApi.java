package nl.werkplein.employer.werkgever;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.employer.matching.VacatureSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the werkgever endpoints. */
public final class WerkgeverApi {

    private WerkgeverApi() {
    }

    @Schema(name = "Adres")
    public record Adres(
            @Schema(example = "Zernikelaan", nullable = true) @Size(max = 200, message = "is te lang") String straat,
            @Schema(example = "17", nullable = true) @Size(max = 20, message = "is te lang") String huisnummer,
            @Schema(example = "9747AA", nullable = true) @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "moet een Nederlandse postcode zijn, zoals 9731AB") String postcode,
            @Schema(example = "Groningen", nullable = true) @Size(max = 100, message = "is te lang") String plaats) {
    }

    @Schema(name = "Contactpersoon")
    public record ContactpersoonDto(
            @Schema(example = "Anna de Vries", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
            @Schema(example = "HR-adviseur", nullable = true) @Size(max = 200, message = "is te lang") String functie,
            @Schema(example = "anna@bedrijf.example.nl", nullable = true) @Email(message = "is geen geldig e-mailadres") @Size(max = 254, message = "is te lang") String email,
            @Schema(example = "050-1234567", nullable = true) @Size(max = 30, message = "is te lang") String telefoon) {
    }

    @Schema(name = "WerkgeverVastleggen")
    public record WerkgeverRequest(
            @Schema(example = "Bouwbedrijf Noord BV", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
            @Schema(description = "KvK-nummer, 8 cijfers", example = "12345678", required = true)
            @NotNull(message = "is verplicht") @Pattern(regexp = "^[0-9]{8}$", message = "moet 8 cijfers zijn") String kvkNummer,
            @Schema(example = "BOUW", required = true) @NotBlank(message = "is verplicht") @Size(max = 100, message = "is te lang") String branche,
            @Valid Adres adres,
            @Schema(description = "De vaste accountmanager") UUID accountmanagerId,
            @Valid @Size(max = 20, message = "hoogstens 20") List<@NotNull(message = "is verplicht") @Valid ContactpersoonDto> contactpersonen) {
    }

    @Schema(name = "Werkgever")
    public record WerkgeverResponse(UUID id, @Schema(example = "Bouwbedrijf Noord BV") String naam,
                                    @Schema(example = "12345678") String kvkNummer, @Schema(example = "BOUW") String branche,
                                    Adres adres, UUID accountmanagerId, List<ContactpersoonDto> contactpersonen,
                                    OffsetDateTime aangemaaktOp, OffsetDateTime gewijzigdOp) {
        static WerkgeverResponse from(Werkgever w) {
            return new WerkgeverResponse(w.id, w.naam, w.kvkNummer, w.branche, new Adres(w.straat, w.huisnummer, w.postcode, w.plaats),
                    w.accountmanagerId, w.contactpersonen.stream().map(c -> new ContactpersoonDto(c.naam, c.functie, c.email, c.telefoon)).toList(),
                    w.aangemaaktOp, w.gewijzigdOp);
        }
    }

    @Schema(name = "AccountmanagerVastleggen")
    public record AccountmanagerRequest(
            @Schema(example = "Piet Bakker", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
            @Schema(example = "piet.bakker@gemeente.example.nl", required = true) @NotBlank(message = "is verplicht") @Email(message = "is geen geldig e-mailadres") String email,
            @Schema(example = "[\"BOUW\", \"LOGISTIEK\"]", required = true) @NotEmpty(message = "minstens één branche")
            @Size(max = 20, message = "hoogstens 20") List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang") String> branches) {
    }

    @Schema(name = "Accountmanager")
    public record AccountmanagerResponse(UUID id, @Schema(example = "Piet Bakker") String naam,
                                         @Schema(example = "piet.bakker@gemeente.example.nl") String email, List<String> branches) {
        static AccountmanagerResponse from(Accountmanager a) {
            return new AccountmanagerResponse(a.id, a.naam, a.email, Kandidaat.lijst(a.branches, "|"));
        }
    }

    @Schema(name = "ContactmomentVastleggen")
    public record ContactmomentRequest(
            @Schema(example = "2026-03-02", required = true) @NotNull(message = "is verplicht") LocalDate datum,
            @Schema(required = true) @NotNull(message = "is verplicht") Contactmoment.Kanaal kanaal,
            @Schema(example = "Kennismaking; interesse in werkleerplekken in de zomer", required = true)
            @NotBlank(message = "is verplicht") @Size(max = 5000, message = "is te lang") String verslag) {
    }

    @Schema(name = "Contactmoment")
    public record ContactmomentResponse(UUID id, UUID werkgeverId, LocalDate datum, Contactmoment.Kanaal kanaal,
                                        @Schema(example = "Kennismaking") String verslag, @Schema(description = "Subject van de accountmanager") String door,
                                        OffsetDateTime vastgelegdOp) {
        static ContactmomentResponse from(Contactmoment c) {
            return new ContactmomentResponse(c.id, c.werkgeverId, c.datum, c.kanaal, c.verslag, c.door, c.vastgelegdOp);
        }
    }

    @Schema(name = "PersoneelsbehoefteVastleggen")
    public record PersoneelsbehoefteRequest(
            @Schema(example = "Groep van 8 orderpickers, met opleidingstraject heftruck", required = true)
            @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang") String omschrijving,
            @Schema(required = true) @NotNull(message = "is verplicht") VacatureSoort soort,
            @Schema(description = "ISCO-08, 4 cijfers", example = "9321") @Pattern(regexp = "^[0-9]{4}$", message = "moet een ISCO-08-code van 4 cijfers zijn") String beroepscode,
            @Schema(example = "8", required = true) @NotNull(message = "is verplicht") @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 1000, message = "mag hoogstens 1000 zijn") Integer aantal,
            @Schema(description = "Nu of in de toekomst", example = "2026-09-01", required = true) @NotNull(message = "is verplicht") LocalDate vanaf,
            @Schema(example = "2026-12-31") LocalDate tot,
            @Schema(description = "Een opleidingstraject voor een groep werkzoekenden") Boolean opleidingstraject) {
    }

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
}
