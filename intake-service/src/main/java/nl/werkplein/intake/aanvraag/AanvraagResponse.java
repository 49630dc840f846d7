package nl.werkplein.intake.aanvraag;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.intake.beeindiging.BeeindigingReden;
import nl.werkplein.intake.tijdiggeld.Voorschot;
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
        @Schema(description = "Heeft de klant een startkwalificatie? Leeg als het niet is opgegeven (alleen vanaf 27 jaar toegestaan)")
        Boolean startkwalificatie,
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
        UitstroomReden uitstroomReden,
        @Schema(description = "Het einde van de toegekende uitkering (status BEEINDIGD)") BeeindigingResponse beeindiging,
        @Schema(description = "Voorschotten zolang het recht nog niet is vastgesteld") List<VoorschotResponse> voorschotten) {

    @Schema(name = "Zoekperiode")
    public record ZoekperiodeResponse(LocalDate begindatum,
                                      @Schema(description = "De eerste dag waarop de zoekperiode voorbij is") LocalDate einddatum) {
    }

    @Schema(name = "Verplichting", description = "Een verplichting van de zoekperiode: gemeld door de klant, geverifieerd door een medewerker")
    public record VerplichtingResponse(
            VerplichtingSoort soort,
            @Schema(description = "Geverifieerd door een medewerker; bij ENTREEVRAGENLIJST: een ingediende Entreevragenlijst") boolean nagekomen,
            @Schema(description = "De laatste toelichting") String toelichting,
            @Schema(description = "Wat de klant meldde, met bewijs; leeg als niet gemeld") Melding gemeld,
            @Schema(description = "De verificatie; leeg als (nog) niet geverifieerd") Beoordeling geverifieerd,
            @Schema(description = "Een medewerker oordeelde: niet nagekomen; leeg anders") Beoordeling afgekeurd) {

        static VerplichtingResponse van(Verplichting v) {
            Beoordeling beoordeling = v.beoordeeldOp == null ? null : new Beoordeling(v.beoordeeldOp, v.beoordeeldDoor);
            return new VerplichtingResponse(v.soort(), v.nagekomen, v.toelichting,
                    v.gemeldOp == null ? null : new Melding(v.gemeldOp, v.gemeldToelichting),
                    v.isGeverifieerd() ? beoordeling : null, v.isAfgekeurd() ? beoordeling : null);
        }
    }

    @Schema(name = "VerplichtingMelding")
    public record Melding(OffsetDateTime op, @Schema(description = "Het bewijs volgens de klant") String toelichting) {
    }

    @Schema(name = "VerplichtingBeoordeling")
    public record Beoordeling(OffsetDateTime op, @Schema(description = "Wie: de medewerker, of screening-service voor de Entreevragenlijst") String door) {
    }

    @Schema(name = "Gesprek", description = "Het eerste gesprek op het Werkplein")
    public record GesprekResponse(
            @Schema(description = "De dag van het gesprek (Europe/Amsterdam)") LocalDate datum,
            @Schema(description = "Het begin, lokale tijd", example = "10:00:00") java.time.LocalTime tijd,
            @Schema(description = "Datum en tijd met tijdzone") OffsetDateTime tijdstip,
            @Schema(nullable = true, description = "Het gesprek in de agenda (GET /gesprekken/{id}); leeg als het vóór de agenda gepland is") UUID id,
            @Schema(nullable = true, description = "Het team dat het gesprek voert") String team,
            @Schema(nullable = true, description = "GEPLAND, GEVOERD, NIET_VERSCHENEN, VERPLAATST of GEANNULEERD") nl.werkplein.intake.gesprek.GesprekStatus status) {

        static GesprekResponse van(Aanvraag a) {
            var lokaal = a.gesprekOp.atZoneSameInstant(nl.werkplein.platform.time.ClockProducer.AMSTERDAM);
            var gesprek = nl.werkplein.intake.gesprek.Gesprek.huidig(a.id);
            return new GesprekResponse(lokaal.toLocalDate(), lokaal.toLocalTime(), a.gesprekOp, gesprek.map(g -> g.id).orElse(null),
                    gesprek.map(g -> g.team).orElse(null), gesprek.map(g -> g.status).orElse(null));
        }
    }

    @Schema(name = "BesluitGenomen", description = "Het besluit met het oordeel en de geregistreerde stand van de verplichtingen op dat moment")
    public record BesluitResponse(
            AanvraagStatus uitkomst,
            @Schema(description = "Het oordeel van de beoordelaar") Boolean verplichtingenNagekomen,
            @Schema(description = "Verplicht bij AFGEWEZEN en als het oordeel afwijkt van de geregistreerde stand") String reden,
            OffsetDateTime genomenOp,
            String door,
            @Schema(description = "De geregistreerde stand van de vier verplichtingen bij het besluit") List<StandResponse> verplichtingen,
            @Schema(description = "Wijkt het oordeel af van de geregistreerde stand?") Boolean afwijkend) {
    }

    @Schema(name = "VerplichtingStand")
    public record StandResponse(VerplichtingSoort soort, boolean nagekomen) {
    }

    @Schema(name = "BeeindigingUitkering")
    public record BeeindigingResponse(BeeindigingReden reden,
                                      @Schema(description = "De dag waarop de uitkering eindigt; de laatste uitkeringsdag is de dag ervoor") LocalDate datum,
                                      @Schema(description = "De plaatsing met volledige uitstroom die haar beëindigde") UUID plaatsingId,
                                      OffsetDateTime vastgelegdOp) {
    }

    @Schema(name = "Voorschot")
    public record VoorschotResponse(UUID id, @Schema(description = "Eurocenten", example = "45000") long bedrag, LocalDate datum,
                                    OffsetDateTime vastgelegdOp) {
    }

    static AanvraagResponse from(Aanvraag a, List<Verplichting> verplichtingen, List<Voorschot> voorschotten) {
        BesluitResponse besluit = null;
        if (a.besluitOp != null) {
            List<StandResponse> stand = a.besluitStand == null ? null
                    : a.besluitStand.alsMap().entrySet().stream().map(e -> new StandResponse(e.getKey(), e.getValue())).toList();
            besluit = new BesluitResponse(a.status == AanvraagStatus.AFGEWEZEN ? AanvraagStatus.AFGEWEZEN : AanvraagStatus.TOEGEKEND,
                    a.verplichtingenNagekomen, a.besluitReden, a.besluitOp, a.besluitDoor, stand,
                    a.besluitStand == null || a.verplichtingenNagekomen == null ? null
                            : a.besluitStand.alleNagekomen() != a.verplichtingenNagekomen);
        }
        return new AanvraagResponse(a.id, a.klantId, a.status, a.kanaal, a.aanvraagdatum, a.leeftijd,
                new ZoekperiodeResponse(a.zoekperiodeBegindatum, a.zoekperiodeEinddatum), a.ingangsdatumUitkering,
                a.inspanning, a.startkwalificatie, a.adviesTerugNaarSchool, a.startkwalificatieUitzondering, a.postcode, a.briefadres,
                a.ingediendOp, a.bevestigdOp, a.activeringsmailVerzondenOp,
                verplichtingen.stream().map(VerplichtingResponse::van).toList(),
                a.gesprekOp == null ? null : GesprekResponse.van(a),
                besluit,
                a.uitstroomReden,
                a.beeindigdOp == null ? null : new BeeindigingResponse(a.beeindigingReden, a.beeindigdOp, a.beeindigingPlaatsingId,
                        a.beeindigingVastgelegdOp),
                voorschotten.stream().map(v -> new VoorschotResponse(v.id, v.bedrag, v.datum, v.vastgelegdOp)).toList());
    }
}
