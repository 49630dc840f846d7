package nl.werkplein.intake.brief;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One letter with its text and the address it goes to (personal data: beheer only, every read audited). */
@Schema(name = "Brief", description = "Een brief aan een klant zonder e-mailadres, met tekst en adres")
public record BriefResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID klantId,
        @Schema(required = true, example = "Vul de Entreevragenlijst in") String onderwerp,
        @Schema(required = true, description = "De tekst van de brief, regels gescheiden door regeleinden") String tekst,
        @Schema(required = true) BriefStatus status,
        @Schema(required = true) Adres adres,
        @Schema(required = true) OffsetDateTime aangemaaktOp,
        @Schema(description = "Wanneer de printstraat de brief verstuurde; null zolang hij wacht", nullable = true) OffsetDateTime verstuurdOp,
        @Schema(description = "Wanneer beheer de brief introk; null als dat niet gebeurde", nullable = true) OffsetDateTime ingetrokkenOp,
        @Schema(description = "Waarom de brief werd ingetrokken", nullable = true) String intrekkingReden,
        @Schema(required = true, description = "Het pad van de brief als PDF (ook: Accept application/pdf op dit pad)",
                example = "/api/v1/brieven/3f1c2a4e-0000-4000-8000-000000000001/pdf") String pdf) {

    @Schema(name = "BriefAdres", description = "Het adres zoals het in het venster van de envelop staat")
    public record Adres(@Schema(description = "Naam van de geadresseerde, als intake die kent", nullable = true) String naam,
                        @Schema(required = true, description = "De regels in het venster, naam en postcode/plaats inbegrepen") List<String> regels) {
    }

    static BriefResponse from(Brief b) {
        return new BriefResponse(b.id, b.klantId, b.onderwerp, b.tekst, b.status, new Adres(b.naam, b.regels()), b.aangemaaktOp,
                b.verstuurdOp, b.ingetrokkenOp, b.intrekkingReden, "/api/v1/brieven/" + b.id + "/pdf");
    }
}
