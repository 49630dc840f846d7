package nl.werkplein.employer.managementinformatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.managementinformatie.Csv;
import nl.werkplein.platform.managementinformatie.Kengetallen;
import nl.werkplein.platform.managementinformatie.Maandperiode;
import nl.werkplein.platform.managementinformatie.Maandvraag;
import nl.werkplein.platform.managementinformatie.Tellers;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.YearMonth;
import java.util.TreeSet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Management information per pool and ISO week (Europe/Amsterdam): vacancies in (first offered or
 * registered), proposals, placements (by registration) and their outflow, full or partial, from this
 * service's tables; and, from the read model of its own placement events ({@link PlaatsingProjectie}),
 * outflow by kind of placement per month (domain.md §8). Aggregates only.
 */
@Path("/api/v1/managementinformatie")
@Tag(name = "Managementinformatie", description = "Per pool en ISO-week: vacatures, voorstellen, plaatsingen en uitstroom")
@Produces(MediaType.APPLICATION_JSON)
public class ManagementinformatieResource {

    @Inject
    ManagementinformatieRepository repository;
    @Inject
    Clock clock;

    @Schema(name = "Managementinformatie")
    public record Overzicht(LocalDate van, LocalDate tot, List<Regel> regels) {
    }

    @Schema(name = "ManagementinformatieRegel", description = "Eén pool in één ISO-week")
    public record Regel(
            @Schema(example = "BEMIDDELBAAR") String pool,
            @Schema(description = "ISO-week", example = "2026-W09") String week,
            @Schema(description = "Vacatures binnengekomen") long vacaturesIn,
            @Schema(description = "Kandidaten voorgesteld") long voorstellen,
            @Schema(description = "Plaatsingen geregistreerd") long plaatsingen,
            @Schema(description = "Daarvan volledige uitstroom") long uitstroomVolledig,
            @Schema(description = "Daarvan gedeeltelijke uitstroom") long uitstroomGedeeltelijk) {
    }

    @GET
    @RolesAllowed({Roles.BEHEER, Roles.MATCHER, Roles.ACCOUNTMANAGER})
    @Operation(summary = "Managementinformatie per pool en week", description = "Standaard de laatste 12 weken tot en met vandaag; hoogstens twee jaar.")
    public Overzicht overzicht(
            @Parameter(description = "Vanaf deze datum (inclusief)", schema = @Schema(format = "date")) @QueryParam("van") String vanParam,
            @Parameter(description = "Tot en met deze datum", schema = @Schema(format = "date")) @QueryParam("tot") String totParam,
            @Parameter(description = "Alleen deze pool", example = "BEMIDDELBAAR") @QueryParam("pool") String poolParam) {
        Datumperiode periode = Datumperiode.uit(vanParam, totParam, clock);
        String pool = poolParam == null || poolParam.isBlank() ? null : poolParam.trim().toUpperCase(Locale.ROOT);
        List<Regel> regels = repository.perPoolEnWeek(periode.begin(), periode.eind(), pool).stream()
                .map(c -> new Regel(c.pool(), c.week(), c.vacaturesIn(), c.voorstellen(), c.plaatsingen(), c.uitstroomVolledig(),
                        c.plaatsingen() - c.uitstroomVolledig())).toList();
        return new Overzicht(periode.van(), periode.tot(), regels);
    }

    static final List<String> SOORTEN = List.of("BAAN", "WERKLEERPLEK", "DETACHERING", "OPLEIDINGSPLAATS");

    @Inject
    Kengetallen kengetallen;
    @Inject
    PlaatsingProjectie projectie;

    @Schema(name = "UitstroomPerSoort")
    public record UitstroomOverzicht(
            @Schema(description = "Eerste maand (JJJJ-MM)", example = "2026-01", required = true) String van,
            @Schema(description = "Laatste maand (JJJJ-MM)", example = "2026-12", required = true) String tot,
            @Schema(required = true) List<UitstroomRegel> regels) {
    }

    @Schema(name = "UitstroomPerSoortRegel", description = "Eén soort plaatsing in één maand")
    public record UitstroomRegel(
            @Schema(description = "JJJJ-MM", example = "2026-03", required = true) String maand,
            @Schema(example = "BAAN", required = true) String soort,
            @Schema(description = "Plaatsingen gestart (maand van de startdatum)", required = true) long plaatsingen,
            @Schema(description = "Daarvan met volledige uitstroom uit de uitkering", required = true) long uitstroomVolledig,
            @Schema(description = "Daarvan met gedeeltelijke uitstroom", required = true) long uitstroomGedeeltelijk,
            @Schema(description = "Plaatsingen afgerond (maand van de einddatum)", required = true) long afgerond,
            @Schema(description = "Plaatsingen afgebroken door werkgever of klant", required = true) long afgebroken) {
    }

    @GET
    @Path("/uitstroom-per-soort")
    @Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
    @RolesAllowed({Roles.BEHEER, Roles.MATCHER, Roles.ACCOUNTMANAGER})
    @Operation(summary = "Uitstroom per soort plaatsing per maand", description = "Plaatsingen per soort (BAAN, WERKLEERPLEK, DETACHERING, "
            + "OPLEIDINGSPLAATS) en hun uitstroom, en beëindigde plaatsingen. Standaard de laatste 12 maanden; hoogstens 60. "
            + "Met Accept: text/csv de regels als CSV (puntkomma, kopregel).")
    @APIResponse(responseCode = "200", description = "Eén regel per maand en soort", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UitstroomOverzicht.class)),
            @Content(mediaType = Csv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response uitstroomPerSoort(@BeanParam Maandvraag vraag) {
        Maandperiode periode = vraag.periode(clock);
        Tellers t = kengetallen.tellers(List.of(PlaatsingProjectie.GEREALISEERD, PlaatsingProjectie.BEEINDIGD), periode.van(), periode.tot());
        // the four kinds always, and any other kind the events brought (sleutel: soort|uitstroom or soort|reden)
        TreeSet<String> soorten = new TreeSet<>(SOORTEN);
        t.sleutels(PlaatsingProjectie.GEREALISEERD, PlaatsingProjectie.BEEINDIGD).forEach(s -> soorten.add(s.split("\\|", 2)[0]));
        List<UitstroomRegel> regels = new ArrayList<>();
        for (YearMonth m : periode.maanden()) {
            for (String soort : soorten) {
                long volledig = t.waarde(PlaatsingProjectie.GEREALISEERD, m, soort + "|VOLLEDIG");
                long gedeeltelijk = t.waarde(PlaatsingProjectie.GEREALISEERD, m, soort + "|GEDEELTELIJK");
                regels.add(new UitstroomRegel(m.toString(), soort, volledig + gedeeltelijk, volledig, gedeeltelijk,
                        t.waarde(PlaatsingProjectie.BEEINDIGD, m, soort + "|AFGEROND"),
                        t.waarde(PlaatsingProjectie.BEEINDIGD, m, soort + "|AFGEBROKEN_WERKGEVER")
                                + t.waarde(PlaatsingProjectie.BEEINDIGD, m, soort + "|AFGEBROKEN_KLANT")));
            }
        }
        UitstroomOverzicht overzicht = new UitstroomOverzicht(periode.van().toString(), periode.tot().toString(), regels);
        return vraag.antwoord("uitstroom-per-soort", periode, overzicht, UitstroomRegel.class, regels);
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie herbouwen", description = "Leegt het leesmodel van de uitstroom per soort en leest "
            + "werkplein.employer.plaatsingen.v1 opnieuw vanaf offset 0, met dezelfde projectie.")
    @APIResponse(responseCode = "200", description = "Herbouwd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Herbouwresultaat.class)))
    public Herbouwresultaat herbouw() {
        return projectie.herbouw();
    }
}
