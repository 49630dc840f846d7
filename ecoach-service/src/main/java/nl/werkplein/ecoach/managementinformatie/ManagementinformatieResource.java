package nl.werkplein.ecoach.managementinformatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.managementinformatie.Csv;
import nl.werkplein.platform.managementinformatie.Kengetallen;
import nl.werkplein.platform.managementinformatie.Maandperiode;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** ecoach's management information (domain.md §8): the caseload per e-coach per month ({@link CaseloadPerEcoachProjectie}). */
@Path("/api/v1/managementinformatie")
@Tag(name = "Managementinformatie", description = "Caseload per e-coach per maand")
public class ManagementinformatieResource {

    @Inject
    Kengetallen kengetallen;
    @Inject
    CaseloadPerEcoachProjectie projectie;
    @Inject
    Clock clock;

    @Schema(name = "CaseloadPerEcoach")
    public record Overzicht(
            @Schema(description = "Eerste maand (JJJJ-MM)", example = "2026-01", required = true) String van,
            @Schema(description = "Laatste maand (JJJJ-MM)", example = "2026-12", required = true) String tot,
            @Schema(required = true) List<Regel> regels) {
    }

    @Schema(name = "CaseloadPerEcoachRegel", description = "Eén e-coach in één maand; aantallen trajecten, geen klantgegevens")
    public record Regel(
            @Schema(description = "JJJJ-MM", example = "2026-03", required = true) String maand,
            @Schema(example = "ecoach-1", required = true) String ecoachId,
            @Schema(description = "Trajecten gestart", required = true) long instroom,
            @Schema(description = "Trajecten afgesloten", required = true) long uitstroom,
            @Schema(description = "Lopende trajecten aan het eind van de maand", required = true) long caseload) {
    }

    @GET
    @Path("/caseload-per-ecoach")
    @Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Caseload per e-coach per maand", description = "Gestarte en afgesloten trajecten per e-coach en de lopende "
            + "trajecten aan het eind van elke maand. Standaard de laatste 12 maanden; hoogstens 60. Met Accept: text/csv de regels als CSV.")
    @APIResponse(responseCode = "200", description = "Eén regel per maand en e-coach", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
            @Content(mediaType = Csv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response caseloadPerEcoach(
            @Parameter(description = "Eerste maand (JJJJ-MM)", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"), example = "2026-01") @QueryParam("van") String van,
            @Parameter(description = "Laatste maand (JJJJ-MM), standaard deze maand", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"), example = "2026-12") @QueryParam("tot") String tot,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        Maandperiode periode = Maandperiode.van(params, van, tot, YearMonth.now(clock));
        params.check();
        Map<String, Long> tellers = new HashMap<>();
        Map<String, Long> standVoorVan = new HashMap<>();
        TreeSet<String> coaches = new TreeSet<>();
        for (Kengetallen.Waarde w : kengetallen.lees(List.of(CaseloadPerEcoachProjectie.IN, CaseloadPerEcoachProjectie.UIT), null, periode.tot())) {
            coaches.add(w.sleutel());
            if (w.maand().isBefore(periode.van())) {
                standVoorVan.merge(w.sleutel(), w.meting().equals(CaseloadPerEcoachProjectie.IN) ? w.waarde() : -w.waarde(), Long::sum);
            } else {
                tellers.merge(w.meting() + "|" + w.maand() + "|" + w.sleutel(), w.waarde(), Long::sum);
            }
        }
        List<Regel> regels = new ArrayList<>();
        for (String coach : coaches) {
            long stand = standVoorVan.getOrDefault(coach, 0L);
            for (YearMonth m : periode.maanden()) {
                long in = tellers.getOrDefault(CaseloadPerEcoachProjectie.IN + "|" + m + "|" + coach, 0L);
                long uit = tellers.getOrDefault(CaseloadPerEcoachProjectie.UIT + "|" + m + "|" + coach, 0L);
                stand += in - uit;
                regels.add(new Regel(m.toString(), coach, in, uit, stand));
            }
        }
        regels.sort(java.util.Comparator.comparing(Regel::maand).thenComparing(Regel::ecoachId));
        Overzicht overzicht = new Overzicht(periode.van().toString(), periode.tot().toString(), regels);
        return Csv.antwoord(headers, overzicht, Regel.class, regels, "caseload-per-ecoach-" + periode.van() + "-" + periode.tot());
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie herbouwen", description = "Leegt het leesmodel en leest werkplein.ecoach.trajecten.v1 opnieuw vanaf offset 0, met dezelfde projectie.")
    @APIResponse(responseCode = "200", description = "Herbouwd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Herbouwresultaat.class)))
    public Herbouwresultaat herbouw() {
        return projectie.herbouw();
    }
}
