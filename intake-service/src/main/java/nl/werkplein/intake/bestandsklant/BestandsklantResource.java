package nl.werkplein.intake.bestandsklant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/bestandsklanten")
@Tag(name = "Bestandsklanten", description = "Het bestaande klantenbestand (WWB en WSW) inlezen, voor gefaseerde herscreening")
@Produces(MediaType.APPLICATION_JSON)
public class BestandsklantResource {

    static final int MAX_RIJEN = 50_000;
    static final List<String> KOLOMMEN = List.of("bsn", "geboortedatum", "email", "postcode", "regeling", "lopendTrajectTot");

    @Inject
    BestandsklantImport importer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Bestandsklanten inlezen (JSON)", description = "Elke rij wordt los gecontroleerd; afgewezen rijen staan met hun nummer en reden in het antwoord.")
    public BestandsklantImport.Uitkomst json(List<BestandsklantRij> rijen) {
        if (rijen == null) {
            throw ProblemException.invalid("body", "moet een lijst rijen zijn");
        }
        return importeer(rijen);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Bestandsklanten inlezen (CSV)", description = "Eerste regel de kolomnamen: bsn, geboortedatum, email, postcode, regeling, lopendTrajectTot (scheidingsteken , of ;). Rij 1 is de eerste regel na de kop.")
    public BestandsklantImport.Uitkomst csv(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "is leeg");
        }
        String[] regels = body.replace("\r", "").split("\n");
        String scheiding = regels[0].contains(";") ? ";" : ",";
        Map<String, Integer> kolom = new HashMap<>();
        String[] kop = regels[0].split(scheiding, -1);
        for (int i = 0; i < kop.length; i++) {
            kolom.put(kop[i].trim(), i);
        }
        List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !k.equals("lopendTrajectTot") && !k.equals("email")
                && !k.equals("postcode") && !kolom.containsKey(k)).toList();
        if (!ontbreekt.isEmpty()) {
            throw ProblemException.invalid("body", "de kopregel mist de kolommen " + ontbreekt);
        }
        List<BestandsklantRij> rijen = new ArrayList<>();
        for (int r = 1; r < regels.length; r++) {
            if (r == regels.length - 1 && regels[r].isBlank()) {
                break; // the newline at the end of the file
            }
            String[] waarden = regels[r].split(scheiding, -1);
            rijen.add(new BestandsklantRij(veld(waarden, kolom, "bsn"), veld(waarden, kolom, "geboortedatum"),
                    veld(waarden, kolom, "email"), veld(waarden, kolom, "postcode"), veld(waarden, kolom, "regeling"),
                    veld(waarden, kolom, "lopendTrajectTot")));
        }
        return importeer(rijen);
    }

    private BestandsklantImport.Uitkomst importeer(List<BestandsklantRij> rijen) {
        if (rijen.size() > MAX_RIJEN) {
            throw ProblemException.invalid("body", "hoogstens " + MAX_RIJEN + " rijen per keer");
        }
        return importer.importeer(rijen);
    }

    private static String veld(String[] waarden, Map<String, Integer> kolom, String naam) {
        Integer i = kolom.get(naam);
        if (i == null || i >= waarden.length) {
            return null;
        }
        String waarde = waarden[i].trim();
        if (waarde.length() >= 2 && waarde.startsWith("\"") && waarde.endsWith("\"")) {
            waarde = waarde.substring(1, waarde.length() - 1);
        }
        return waarde.isEmpty() ? null : waarde;
    }

}
