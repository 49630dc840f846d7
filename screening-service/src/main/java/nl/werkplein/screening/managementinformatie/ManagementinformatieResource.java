package nl.werkplein.screening.managementinformatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.managementinformatie.Csv;
import nl.werkplein.platform.managementinformatie.Kengetallen;
import nl.werkplein.platform.managementinformatie.Maandperiode;
import nl.werkplein.platform.managementinformatie.Maandvraag;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import nl.werkplein.platform.security.Roles;
import nl.werkplein.screening.indeling.Lijn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * screening's management information (domain.md §8): the caseload per line per month from its read
 * model of events ({@link CaseloadProjectie}), beside the P-budget per line as versioned data
 * ({@link PBudgetten}). Aggregates only, so no audit record.
 */
@Path("/api/v1/managementinformatie")
@Tag(name = "Managementinformatie", description = "Caseload per dienstverleningslijn per maand en het P-budget per lijn (geversioneerd)")
public class ManagementinformatieResource {

    static final int MIN_JAAR = 2000;
    static final int MAX_JAAR = 2100;

    @Inject
    Kengetallen kengetallen;
    @Inject
    CaseloadProjectie projectie;
    @Inject
    PBudgetten budgetten;
    @Inject
    Clock clock;

    @Schema(name = "Caseloadoverzicht")
    public record Overzicht(
            @Schema(description = "Eerste maand (JJJJ-MM)", example = "2026-01", required = true) String van,
            @Schema(description = "Laatste maand (JJJJ-MM)", example = "2026-12", required = true) String tot,
            @Schema(required = true) List<CaseloadRegel> regels) {
    }

    @Schema(name = "CaseloadRegel", description = "Eén lijn in één maand (Europe/Amsterdam); aantallen, geen persoonsgegevens")
    public record CaseloadRegel(
            @Schema(description = "JJJJ-MM", example = "2026-03", required = true) String maand,
            @Schema(example = "KLANTONDERSTEUNING", required = true) Lijn lijn,
            @Schema(description = "Klanten die deze maand in de lijn kwamen (doorgeleid of lijn gewijzigd)", required = true) long instroom,
            @Schema(description = "Klanten die deze maand de lijn verlieten (lijn gewijzigd, escalatie, uitkering beëindigd, uitgestroomd)", required = true) long uitstroom,
            @Schema(description = "Klanten in de lijn aan het eind van de maand", required = true) long caseload,
            @Schema(description = "Het P-budget van dit jaar voor deze lijn in centen (huidige versie); null als niet vastgelegd", nullable = true, example = "880000000") Long pBudget,
            @Schema(description = "P-budget per klant in centen (jaarbudget gedeeld door de caseload aan het eind van de maand, half-up); null zonder budget of caseload", nullable = true, example = "1760000") Long budgetPerKlant) {
    }

    @Schema(name = "PBudgetVerzoek")
    public record PBudgetRequest(
            @NotNull(message = "is verplicht") @PositiveOrZero(message = "mag niet negatief zijn") @Max(value = 100_000_000_000L, message = "is te groot")
            @Schema(description = "Jaarbudget in centen", example = "880000000", required = true) Long bedrag,
            @Size(max = 500, message = "hoogstens 500 tekens") @Schema(description = "Waarom (bijvoorbeeld het raadsbesluit)", example = "Begroting 2026", nullable = true) String toelichting) {
    }

    @Schema(name = "PBudgetVersie")
    public record PBudgetVersie(
            @Schema(example = "2026", required = true) int jaar,
            @Schema(example = "KLANTONDERSTEUNING", required = true) Lijn lijn,
            @Schema(description = "1, 2, …; de hoogste is de huidige", example = "2", required = true) int versie,
            @Schema(description = "Jaarbudget in centen", example = "880000000", required = true) long bedrag,
            @Schema(nullable = true, example = "Begroting 2026") String toelichting,
            @Schema(required = true) OffsetDateTime vastgesteldOp) {
    }

    @Schema(name = "PBudget", description = "Het P-budget van één jaar en lijn met al zijn versies")
    public record PBudget(
            @Schema(example = "2026", required = true) int jaar,
            @Schema(example = "KLANTONDERSTEUNING", required = true) Lijn lijn,
            @Schema(description = "De huidige versie", required = true) PBudgetVersie huidig,
            @Schema(description = "Alle versies, nieuwste eerst", required = true) List<PBudgetVersie> versies) {
    }

    @GET
    @Path("/caseload")
    @Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Caseload per lijn per maand", description = "In- en uitstroom per dienstverleningslijn en de caseload aan het eind "
            + "van elke maand, met het P-budget van dat jaar en het budget per klant. Standaard de laatste 12 maanden; hoogstens 60. "
            + "Met Accept: text/csv de regels als CSV (puntkomma, kopregel).")
    @APIResponse(responseCode = "200", description = "Eén regel per maand en lijn", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
            @Content(mediaType = Csv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response caseload(@BeanParam Maandvraag vraag,
                             @Parameter(description = "Alleen deze lijn", example = "ZELFDOENER") @QueryParam("lijn") String lijnParam) {
        QueryParams params = new QueryParams();
        Maandperiode periode = vraag.periode(params, clock);
        Lijn alleen = lijnParam == null || lijnParam.isBlank() ? null : lijn(params, "lijn", lijnParam);
        params.check();
        // ins and outs since the start: the caseload at a month's end is their running sum
        List<String> lijnen = (alleen == null ? Arrays.asList(Lijn.values()) : List.of(alleen)).stream().map(Lijn::name).toList();
        Map<String, Long> budget = budgetten.huidig(periode.van().getYear(), periode.tot().getYear());
        List<CaseloadRegel> regels = kengetallen.lopendeStand(CaseloadProjectie.IN, CaseloadProjectie.UIT, periode, lijnen).stream()
                .map(s -> {
                    Long jaarbudget = budget.get(s.maand().getYear() + "|" + s.sleutel());
                    return new CaseloadRegel(s.maand().toString(), Lijn.valueOf(s.sleutel()), s.in(), s.uit(), s.stand(),
                            jaarbudget, perKlant(jaarbudget, s.stand()));
                }).toList();
        Overzicht overzicht = new Overzicht(periode.van().toString(), periode.tot().toString(), regels);
        return vraag.antwoord("caseload", periode, overzicht, CaseloadRegel.class, regels);
    }

    /** Budget per client: the year's budget over the caseload, half-up to the cent. */
    static Long perKlant(Long jaarbudget, long caseload) {
        if (jaarbudget == null || caseload <= 0) {
            return null;
        }
        return BigDecimal.valueOf(jaarbudget).divide(BigDecimal.valueOf(caseload), 0, RoundingMode.HALF_UP).longValueExact();
    }

    @PUT
    @Path("/p-budgetten/{jaar}/{lijn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "P-budget vastleggen", description = "Legt het jaarbudget van een lijn vast als nieuwe versie; eerdere versies blijven "
            + "als historie. Hetzelfde bedrag en dezelfde toelichting nogmaals verandert niets.")
    @APIResponse(responseCode = "200", description = "Het P-budget met al zijn versies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PBudget.class)))
    public PBudget vastleggen(
            @Parameter(description = "Begrotingsjaar", example = "2026", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("jaar") String jaarParam,
            @Parameter(description = "Dienstverleningslijn", example = "KLANTONDERSTEUNING", schema = @Schema(implementation = Lijn.class)) @PathParam("lijn") String lijnParam,
            @Valid @NotNull(message = "body is verplicht") PBudgetRequest request) {
        QueryParams params = new QueryParams();
        Integer jaar = jaar(params, jaarParam);
        Lijn lijn = lijn(params, "lijn", lijnParam);
        params.check();
        budgetten.vastleggen(jaar, lijn.name(), request.bedrag(), request.toelichting() == null || request.toelichting().isBlank() ? null : request.toelichting().trim());
        return lees(jaar, lijn);
    }

    @GET
    @Path("/p-budgetten/{jaar}/{lijn}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "P-budget raadplegen", description = "De huidige versie en de historie van het jaarbudget van een lijn.")
    @APIResponse(responseCode = "200", description = "Het P-budget met al zijn versies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PBudget.class)))
    @APIResponse(responseCode = "404", description = "Voor dit jaar en deze lijn is geen P-budget vastgelegd")
    public PBudget raadplegen(
            @Parameter(description = "Begrotingsjaar", example = "2026", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("jaar") String jaarParam,
            @Parameter(description = "Dienstverleningslijn", example = "KLANTONDERSTEUNING", schema = @Schema(implementation = Lijn.class)) @PathParam("lijn") String lijnParam) {
        QueryParams params = new QueryParams();
        Integer jaar = jaar(params, jaarParam);
        Lijn lijn = lijn(params, "lijn", lijnParam);
        params.check();
        return lees(jaar, lijn);
    }

    private PBudget lees(int jaar, Lijn lijn) {
        List<PBudgetVersie> versies = budgetten.versies(jaar, lijn.name()).stream()
                .map(v -> new PBudgetVersie(v.jaar(), lijn, v.versie(), v.bedrag(), v.toelichting(), v.vastgesteldOp())).toList();
        if (versies.isEmpty()) {
            throw ProblemException.notFound("P-budget");
        }
        return new PBudget(jaar, lijn, versies.get(0), versies);
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie herbouwen", description = "Leegt het leesmodel van de caseload en leest "
            + "werkplein.screening.indelingen.v1 en werkplein.intake.aanvragen.v1 opnieuw vanaf offset 0, met dezelfde projectie. "
            + "P-budgetten zijn eigen gegevens en blijven staan.")
    @APIResponse(responseCode = "200", description = "Herbouwd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Herbouwresultaat.class)))
    public Herbouwresultaat herbouw() {
        return projectie.herbouw();
    }

    private static Integer jaar(QueryParams params, String waarde) {
        try {
            int jaar = Integer.parseInt(waarde);
            if (jaar >= MIN_JAAR && jaar <= MAX_JAAR) {
                return jaar;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        params.invalid("jaar", "moet een jaar van " + MIN_JAAR + " tot en met " + MAX_JAAR + " zijn");
        return null;
    }

    private static Lijn lijn(QueryParams params, String naam, String waarde) {
        try {
            return Lijn.valueOf(waarde.trim());
        } catch (IllegalArgumentException e) {
            params.invalid(naam, "moet een van " + Arrays.toString(Lijn.values()) + " zijn");
            return null;
        }
    }
}
