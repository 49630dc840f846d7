package nl.werkplein.ecoach.traject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see a client's trajectory and Werkmap (api.md): the klant their own, the e-coach the clients
 * of their own caseload, beheer all. Anything else answers 404, so existence does not leak.
 */
@ApplicationScoped
public class Toegang {

    @Inject
    Caller caller;

    /** The client's latest trajectory, if the caller may see it. */
    public Traject traject(UUID klantId, String wat) {
        caller.requireOwnIfKlant(klantId, wat);
        Traject traject = Traject.laatsteVan(klantId).orElseThrow(() -> ProblemException.notFound(wat));
        if (caller.is(Roles.ECOACH) && !caller.is(Roles.BEHEER) && !ecoachId().map(traject.ecoachId::equals).orElse(false)) {
            throw ProblemException.notFound(wat);
        }
        return traject;
    }

    /** As {@link #traject}, but it must still be running: a closed Werkmap or trajectory is read-only. */
    public Traject actiefTraject(UUID klantId, String wat) {
        Traject traject = traject(klantId, wat);
        if (!traject.actief()) {
            throw ProblemException.conflict("Het traject van deze klant is afgesloten.");
        }
        return traject;
    }

    /** The e-coach's own id (their token's sub), when the caller is an e-coach. */
    public Optional<UUID> ecoachId() {
        if (!caller.is(Roles.ECOACH)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(caller.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An e-coach may address only themselves; beheer anyone. */
    public void eigenEcoach(UUID ecoachId, String wat) {
        if (!caller.is(Roles.BEHEER) && !ecoachId().map(ecoachId::equals).orElse(false)) {
            throw ProblemException.notFound(wat);
        }
    }
}
