package nl.werkplein.screening.participatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Wijken", description = "De wijken, hun organisatie voor participatie en hun postcodegebieden")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipatieResource {

    @Inject
    EntityManager em;

    public record Wijk(String naam, String organisatie, List<String> postcodes) {
    }

    @GET
    @Path("/wijken")
    @Transactional
    @RolesAllowed({Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Wijken met hun organisatie en postcodegebieden")
    public List<Wijk> wijken() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                SELECT w.naam, w.organisatie, coalesce(string_agg(p.postcode4, ',' ORDER BY p.postcode4), '')
                  FROM wijk w LEFT JOIN wijk_postcode p ON p.wijk = w.naam GROUP BY w.naam, w.organisatie ORDER BY w.naam""")
                .getResultList();
        List<Wijk> wijken = new ArrayList<>();
        for (Object[] r : rijen) {
            String postcodes = (String) r[2];
            wijken.add(new Wijk((String) r[0], (String) r[1], postcodes.isEmpty() ? List.of() : List.of(postcodes.split(","))));
        }
        return wijken;
    }

    @PUT
    @Path("/wijken/{naam}/postcodes/{postcode4}")
    @Transactional
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Een postcodegebied (4 cijfers) aan een wijk koppelen", description = "Een gebied hoort bij één wijk; opnieuw koppelen verplaatst het.")
    @APIResponse(responseCode = "204", description = "Gekoppeld")
    public Response koppel(@PathParam("naam") String naam, @PathParam("postcode4") String postcode4) {
        if (!postcode4.matches("^[1-9][0-9]{3}$")) {
            throw ProblemException.invalid("postcode4", "vier cijfers, niet beginnend met 0");
        }
        if (em.createNativeQuery("SELECT 1 FROM wijk WHERE naam = ?1").setParameter(1, naam).getResultList().isEmpty()) {
            throw ProblemException.notFound("Wijk " + naam);
        }
        em.createNativeQuery("""
                        INSERT INTO wijk_postcode (postcode4, wijk) VALUES (?1, ?2)
                        ON CONFLICT (postcode4) DO UPDATE SET wijk = excluded.wijk""")
                .setParameter(1, postcode4).setParameter(2, naam).executeUpdate();
        return Response.noContent().build();
    }
}
