package nl.werkplein.intake.aanvraag;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkplein.intake.klant.GeldigBsn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AanvraagIndienen", description = "Een aanvraag levensonderhoud")
@GeldigeAanvraag
public record AanvraagRequest(
        @Schema(description = "Burgerservicenummer (11-proef)", example = "111222333", required = true)
        @NotBlank(message = "is verplicht") @GeldigBsn String bsn,
        @Schema(example = "1990-05-17", required = true)
        @NotNull(message = "is verplicht") @Past(message = "moet in het verleden liggen") LocalDate geboortedatum,
        @Schema(example = "jan@example.nl", required = true)
        @NotBlank(message = "is verplicht") @Email(message = "is geen geldig e-mailadres") @Size(max = 254, message = "is te lang") String email,
        @Schema(description = "Nederlandse postcode; mag alleen ontbreken bij kanaal SPREEKUUR met een briefadres", example = "9731AB")
        @Pattern(regexp = AanvraagRequest.POSTCODE, message = "moet een Nederlandse postcode zijn, zoals 9731AB") String postcode,
        @Schema(description = "Standaard WERK_NL; SPREEKUUR voor wie geen vast adres heeft") Kanaal kanaal,
        @Schema(description = "Briefadres, voor wie geen vast adres heeft (kanaal SPREEKUUR)", example = "Postbus 30026, 9700 RM Groningen")
        @Size(max = 500, message = "is te lang") String briefadres,
        @Schema(description = "Standaard vandaag; nooit in de toekomst", example = "2026-03-01") LocalDate aanvraagdatum,
        @Schema(description = "Datum van de melding bij UWV; verplicht onder de 27", example = "2026-02-20") LocalDate meldingUwvDatum,
        @Schema(description = "Heeft de klant een startkwalificatie (havo, vwo of mbo 2)? Verplicht onder de 27; nooit aangenomen als het ontbreekt")
        Boolean startkwalificatie) {

    /** A Dutch postcode: four digits not starting with 0, two letters, an optional space between. */
    public static final String POSTCODE = "^[1-9][0-9]{3} ?[A-Za-z]{2}$";

    public Kanaal kanaalOfStandaard() {
        return kanaal == null ? Kanaal.WERK_NL : kanaal;
    }
}
