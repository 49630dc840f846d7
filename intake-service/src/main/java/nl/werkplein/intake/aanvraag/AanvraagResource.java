package nl.werkplein.intake.aanvraag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/aanvragen")
@Tag(name = "Aanvragen", description = "Aanvragen levensonderhoud")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AanvraagResource {

    @Inject
    AanvraagService service;

    @POST
    @RolesAllowed({Roles.PORTAAL, Roles.KCC, Roles.CONSULENT})
    @Operation(summary = "Aanvraag indienen")
    public Response indienen(@Valid @NotNull(message = "body is verplicht") AanvraagRequest request, UriInfo uri) {
        Aanvraag aanvraag = service.indienen(request);
        return Response.created(uri.getAbsolutePathBuilder().path(aanvraag.id.toString()).build())
                .entity(AanvraagResponse.from(aanvraag)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KLANT, Roles.KCC, Roles.CONSULENT, Roles.RECHTMATIGHEID, Roles.BEHEER})
    @Operation(summary = "Aanvraag raadplegen")
    public AanvraagResponse raadplegen(@PathParam("id") UUID id) {
        return AanvraagResponse.from(service.raadplegen(id));
    }
}
