package nl.werkplein.ecoach.managementinformatie;

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
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;

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
    public Response caseloadPerEcoach(@BeanParam Maandvraag vraag) {
        Maandperiode periode = vraag.periode(clock);
        // trajecten started minus closed since the start: the caseload at each month's end, per e-coach
        List<Regel> regels = kengetallen.lopendeStand(CaseloadPerEcoachProjectie.IN, CaseloadPerEcoachProjectie.UIT, periode, null).stream()
                .map(s -> new Regel(s.maand().toString(), s.sleutel(), s.in(), s.uit(), s.stand())).toList();
        Overzicht overzicht = new Overzicht(periode.van().toString(), periode.tot().toString(), regels);
        return vraag.antwoord("caseload-per-ecoach", periode, overzicht, Regel.class, regels);
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
