package nl.werkplein.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.api.ProblemException;

import java.util.Optional;
import java.util.UUID;

/** Who is calling: the token's subject and role, and the ownership rules of api.md. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public String subject() {
        return identity.isAnonymous() ? "anoniem" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The role the caller acts in, for the audit log; a token normally carries one. */
    public String role() {
        return identity.getRoles().stream().sorted().reduce((a, b) -> a + "," + b).orElse("geen");
    }

    /** A klant's own klantId (their token's sub), when the caller is a klant. */
    public Optional<UUID> klantId() {
        if (!is(Roles.KLANT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A klant may see only their own records. Another's record answers 404, as if it did not exist,
     * so that existence does not leak (api.md).
     */
    public void requireOwnIfKlant(UUID klantIdOfRecord, String what) {
        if (is(Roles.KLANT) && !klantId().map(klantIdOfRecord::equals).orElse(false)) {
            throw ProblemException.notFound(what);
        }
    }
}
