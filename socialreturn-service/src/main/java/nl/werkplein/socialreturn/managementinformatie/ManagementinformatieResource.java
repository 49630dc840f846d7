package nl.werkplein.socialreturn.managementinformatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.managementinformatie.Csv;
import nl.werkplein.platform.managementinformatie.Kengetallen;
import nl.werkplein.platform.managementinformatie.Maandperiode;
import nl.werkplein.platform.managementinformatie.Maandvraag;
import nl.werkplein.platform.managementinformatie.Tellers;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * socialreturn's management information (domain.md §7, §8): realised against obligation per month,
 * from its read model of its own contract events ({@link SocialReturnProjectie}). Aggregates only.
 */
@Path("/api/v1/managementinformatie")
@Tag(name = "Managementinformatie", description = "Social Return per maand: verplichting en realisatie")
public class ManagementinformatieResource {

    @Inject
    Kengetallen kengetallen;
    @Inject
    SocialReturnProjectie projectie;
    @Inject
    Clock clock;

    @Schema(name = "SocialReturnManagementinformatie")
    public record Overzicht(
            @Schema(description = "Eerste maand (JJJJ-MM)", example = "2026-01", required = true) String van,
            @Schema(description = "Laatste maand (JJJJ-MM)", example = "2026-12", required = true) String tot,
            @Schema(required = true) List<Maandcijfers> regels) {
    }

    @Schema(name = "SocialReturnMaandcijfers", description = "Eén maand (Europe/Amsterdam); bedragen in centen, over alle contracten")
    public record Maandcijfers(
            @Schema(description = "JJJJ-MM", example = "2026-03", required = true) String maand,
            @Schema(description = "Verplichting van de contracten die deze maand werden geregistreerd", required = true) long verplichting,
            @Schema(description = "Deze maand gerealiseerd: waarde van toegerekende plaatsingen plus correcties van herwaarderingen (≤ 0)", required = true) long gerealiseerd,
            @Schema(description = "Plaatsingen die deze maand werden toegerekend", required = true) long plaatsingen,
            @Schema(description = "Verplichting van alle contracten tot en met deze maand", required = true) long verplichtingTotaal,
            @Schema(description = "Gerealiseerd tot en met deze maand", required = true) long gerealiseerdTotaal,
            @Schema(description = "gerealiseerdTotaal / verplichtingTotaal in procenten, één decimaal (half-up); null zonder verplichting", nullable = true, example = "37.5")
            BigDecimal realisatiePercentage) {
    }

    @GET
    @Path("/social-return")
    @Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
    @RolesAllowed({Roles.BEHEER, Roles.SOCIALRETURN})
    @Operation(summary = "Social Return per maand", description = "Verplichting en realisatie per maand en opgeteld, over alle contracten. "
            + "Standaard de laatste 12 maanden; hoogstens 60. Met Accept: text/csv de regels als CSV (puntkomma, kopregel).")
    @APIResponse(responseCode = "200", description = "Eén regel per maand", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
            @Content(mediaType = Csv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response socialReturn(@BeanParam Maandvraag vraag) {
        Maandperiode periode = vraag.periode(clock);
        // running totals counted from the start, not from the period's first month
        Tellers t = kengetallen.tellers(List.of(SocialReturnProjectie.VERPLICHTING, SocialReturnProjectie.GEREALISEERD,
                SocialReturnProjectie.PLAATSINGEN), null, periode.tot());
        List<Tellers.Stand> verplichting = t.lopendeStand(SocialReturnProjectie.VERPLICHTING, null, periode, List.of(""));
        List<Tellers.Stand> gerealiseerd = t.lopendeStand(SocialReturnProjectie.GEREALISEERD, null, periode, List.of(""));
        List<Maandcijfers> regels = new ArrayList<>();
        for (int i = 0; i < verplichting.size(); i++) {
            Tellers.Stand v = verplichting.get(i);
            Tellers.Stand g = gerealiseerd.get(i);
            regels.add(new Maandcijfers(v.maand().toString(), v.in(), g.in(), t.waarde(SocialReturnProjectie.PLAATSINGEN, v.maand()),
                    v.stand(), g.stand(), percentage(g.stand(), v.stand())));
        }
        Overzicht overzicht = new Overzicht(periode.van().toString(), periode.tot().toString(), regels);
        return vraag.antwoord("social-return", periode, overzicht, Maandcijfers.class, regels);
    }

    static BigDecimal percentage(long gerealiseerd, long verplichting) {
        if (verplichting <= 0) {
            return null;
        }
        return BigDecimal.valueOf(gerealiseerd).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(verplichting), 1, RoundingMode.HALF_UP);
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie herbouwen", description = "Leegt het leesmodel en leest werkplein.socialreturn.contracten.v1 opnieuw vanaf offset 0, met dezelfde projectie.")
    @APIResponse(responseCode = "200", description = "Herbouwd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Herbouwresultaat.class)))
    public Herbouwresultaat herbouw() {
        return projectie.herbouw();
    }
}
