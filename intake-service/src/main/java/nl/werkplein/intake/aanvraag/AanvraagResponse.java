package nl.werkplein.intake.aanvraag;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.intake.verplichting.Verplichting;
import nl.werkplein.intake.verplichting.VerplichtingSoort;
import nl.werkplein.intake.zoekperiode.Zoekperiode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Aanvraag")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AanvraagResponse(
        UUID id,
        UUID klantId,
        AanvraagStatus status,
        Kanaal kanaal,
        LocalDate aanvraagdatum,
        @Schema(description = "Leeftijd in hele jaren op de aanvraagdatum") int leeftijd,
        ZoekperiodeResponse zoekperiode,
        LocalDate ingangsdatumUitkering,
        @Schema(description = "Waarin de klant inspanning moet tonen") Zoekperiode.Inspanning inspanning,
        @Schema(description = "Jongere zonder startkwalificatie: in principe terug naar school") boolean adviesTerugNaarSchool,
        @Schema(description = "Wat de klant aantoonde, vastgelegd door een consulent") String startkwalificatieUitzondering,
        String postcode,
        String briefadres,
        OffsetDateTime ingediendOp,
        OffsetDateTime bevestigdOp,
        @Schema(description = "Pas gezet als de mail echt verzonden is") OffsetDateTime activeringsmailVerzondenOp,
        List<VerplichtingResponse> verplichtingen,
        GesprekResponse gesprek,
        BesluitResponse besluit,
        UitstroomReden uitstroomReden) {

    @Schema(name = "Zoekperiode")
    public record ZoekperiodeResponse(LocalDate begindatum,
                                      @Schema(description = "De eerste dag waarop de zoekperiode voorbij is") LocalDate einddatum) {
    }

    @Schema(name = "Verplichting")
    public record VerplichtingResponse(VerplichtingSoort soort, boolean nagekomen, String toelichting) {
    }

    @Schema(name = "Gesprek", description = "Het eerste gesprek op het Werkplein")
    public record GesprekResponse(
            @Schema(description = "De dag van het gesprek (Europe/Amsterdam)") LocalDate datum,
            @Schema(description = "Het begin, lokale tijd", example = "10:00:00") java.time.LocalTime tijd,
            @Schema(description = "Datum en tijd met tijdzone") OffsetDateTime tijdstip) {

        static GesprekResponse van(OffsetDateTime op) {
            var lokaal = op.atZoneSameInstant(nl.werkplein.platform.time.ClockProducer.AMSTERDAM);
            return new GesprekResponse(lokaal.toLocalDate(), lokaal.toLocalTime(), op);
        }
    }

    @Schema(name = "Besluit")
    public record BesluitResponse(AanvraagStatus uitkomst, Boolean verplichtingenNagekomen, String reden, OffsetDateTime genomenOp) {
    }

    static AanvraagResponse from(Aanvraag a, List<Verplichting> verplichtingen) {
        return new AanvraagResponse(a.id, a.klantId, a.status, a.kanaal, a.aanvraagdatum, a.leeftijd,
                new ZoekperiodeResponse(a.zoekperiodeBegindatum, a.zoekperiodeEinddatum), a.ingangsdatumUitkering,
                a.inspanning, a.adviesTerugNaarSchool, a.startkwalificatieUitzondering, a.postcode, a.briefadres,
                a.ingediendOp, a.bevestigdOp, a.activeringsmailVerzondenOp,
                verplichtingen.stream().map(v -> new VerplichtingResponse(v.sleutel.soort(), v.nagekomen, v.toelichting)).toList(),
                a.gesprekOp == null ? null : GesprekResponse.van(a.gesprekOp),
                a.besluitOp == null ? null : new BesluitResponse(a.status, a.verplichtingenNagekomen, a.besluitReden, a.besluitOp),
                a.uitstroomReden);
    }
}
