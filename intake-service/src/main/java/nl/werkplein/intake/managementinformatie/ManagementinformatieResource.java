package nl.werkplein.intake.managementinformatie;

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
import nl.werkplein.intake.tijdiggeld.TijdigGeldConfig;
import nl.werkplein.platform.managementinformatie.Csv;
import nl.werkplein.platform.managementinformatie.Kengetallen;
import nl.werkplein.platform.managementinformatie.Maandperiode;
import nl.werkplein.platform.managementinformatie.Maandvraag;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import nl.werkplein.platform.managementinformatie.Mediaan;
import nl.werkplein.platform.managementinformatie.Tellers;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * intake's management information (domain.md §8), from its read model of its own events
 * ({@link AanvraagProjectie}): aggregates only, so no audit record.
 */
@Path("/api/v1/managementinformatie")
@Tag(name = "Managementinformatie", description = "Per maand: instroom, uitstroom tijdens de zoekperiode en na toekenning, doorlooptijd tot het besluit")
public class ManagementinformatieResource {

    @Inject
    Kengetallen kengetallen;
    @Inject
    AanvraagProjectie projectie;
    @Inject
    TijdigGeldConfig tijdigGeld;
    @Inject
    Clock clock;

    @Schema(name = "AanvraagManagementinformatie")
    public record Overzicht(
            @Schema(description = "Eerste maand (JJJJ-MM)", example = "2026-01", required = true) String van,
            @Schema(description = "Laatste maand (JJJJ-MM)", example = "2026-12", required = true) String tot,
            @Schema(description = "De beslistermijn vanaf de aanvraagdatum (ISO-8601-periode)", example = "P56D", required = true) String beslistermijn,
            @Schema(required = true) List<Maandcijfers> regels) {
    }

    @Schema(name = "AanvraagMaandcijfers", description = "Eén maand (Europe/Amsterdam); aantallen, geen persoonsgegevens")
    public record Maandcijfers(
            @Schema(description = "JJJJ-MM", example = "2026-03", required = true) String maand,
            @Schema(description = "Aanvragen ingediend (maand van de aanvraagdatum)", required = true) long ingediend,
            @Schema(description = "Tijdens de zoekperiode vertrokken met werk (maand van het vertrek)", required = true) long zoekperiodeWerk,
            @Schema(description = "Tijdens de zoekperiode vertrokken naar een opleiding", required = true) long zoekperiodeOpleiding,
            @Schema(description = "Tijdens de zoekperiode ingetrokken", required = true) long zoekperiodeIngetrokken,
            @Schema(description = "Uitkeringen beëindigd wegens werk (maand van beeindigdOp)", required = true) long beeindigdWerk,
            @Schema(description = "Uitkeringen beëindigd wegens opleiding", required = true) long beeindigdOpleiding,
            @Schema(description = "Uitkeringen beëindigd wegens verhuizing", required = true) long beeindigdVerhuizing,
            @Schema(description = "Uitkeringen beëindigd om een andere reden", required = true) long beeindigdOverig,
            @Schema(description = "Besluiten (toegekend of afgewezen) in deze maand", required = true) long besluiten,
            @Schema(description = "Daarvan binnen de beslistermijn", required = true) long binnenTermijn,
            @Schema(description = "Daarvan na de beslistermijn", required = true) long overTermijn,
            @Schema(description = "Mediaan van de doorlooptijd aanvraag → besluit in dagen; null zonder besluiten", example = "41.5", nullable = true)
            Double mediaanDoorlooptijdDagen) {
    }

    @GET
    @Path("/aanvragen")
    @Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie aanvragen per maand", description = "Instroom, vertrek tijdens de zoekperiode per reden "
            + "(het beoogde effect van de zoekperiode), beëindigde uitkeringen per reden en de doorlooptijd tot het besluit tegen de "
            + "beslistermijn. Standaard de laatste 12 maanden; hoogstens 60. Met Accept: text/csv de regels als CSV (puntkomma, kopregel).")
    @APIResponse(responseCode = "200", description = "Eén regel per maand", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
            @Content(mediaType = Csv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response aanvragen(@BeanParam Maandvraag vraag) {
        Maandperiode periode = vraag.periode(clock);
        List<Kengetallen.Waarde> waarden = kengetallen.lees(List.of(AanvraagProjectie.INGEDIEND, AanvraagProjectie.ZOEKPERIODE_UITSTROOM,
                AanvraagProjectie.BEEINDIGD, AanvraagProjectie.BESLUIT, AanvraagProjectie.DOORLOOPTIJD), periode.van(), periode.tot());
        Tellers t = Tellers.van(waarden);
        Map<YearMonth, Map<Long, Long>> doorlooptijden = new HashMap<>();
        for (Kengetallen.Waarde w : waarden) {
            if (w.meting().equals(AanvraagProjectie.DOORLOOPTIJD)) {
                doorlooptijden.computeIfAbsent(w.maand(), m -> new HashMap<>()).merge(Long.parseLong(w.sleutel()), w.waarde(), Long::sum);
            }
        }
        List<Maandcijfers> regels = periode.maanden().stream().map(m -> {
            long binnen = t.waarde(AanvraagProjectie.BESLUIT, m, AanvraagProjectie.BINNEN);
            long over = t.waarde(AanvraagProjectie.BESLUIT, m, AanvraagProjectie.OVER);
            return new Maandcijfers(m.toString(), t.waarde(AanvraagProjectie.INGEDIEND, m),
                    t.waarde(AanvraagProjectie.ZOEKPERIODE_UITSTROOM, m, "WERK"), t.waarde(AanvraagProjectie.ZOEKPERIODE_UITSTROOM, m, "OPLEIDING"),
                    t.waarde(AanvraagProjectie.ZOEKPERIODE_UITSTROOM, m, "INGETROKKEN"),
                    t.waarde(AanvraagProjectie.BEEINDIGD, m, "WERK"), t.waarde(AanvraagProjectie.BEEINDIGD, m, "OPLEIDING"),
                    t.waarde(AanvraagProjectie.BEEINDIGD, m, "VERHUIZING"), t.waarde(AanvraagProjectie.BEEINDIGD, m, "OVERIG"),
                    binnen + over, binnen, over, Mediaan.van(doorlooptijden.getOrDefault(m, Map.of())));
        }).toList();
        Overzicht overzicht = new Overzicht(periode.van().toString(), periode.tot().toString(), tijdigGeld.beslistermijn().toString(), regels);
        return vraag.antwoord("aanvragen", periode, overzicht, Maandcijfers.class, regels);
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie herbouwen", description = "Leegt het leesmodel en leest werkplein.intake.aanvragen.v1 opnieuw vanaf offset 0, met dezelfde projectie.")
    @APIResponse(responseCode = "200", description = "Herbouwd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Herbouwresultaat.class)))
    public Herbouwresultaat herbouw() {
        return projectie.herbouw();
    }
}
