package nl.werkplein.intake.bestandsklant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The SQL of the {@code bestandsklant} table, in the caller's transaction: one registration per klant. */
@ApplicationScoped
public class BestandsklantRepository {

    /** A checked row as stored: email and postcode already normalised (or null). */
    public record Registratie(UUID klantId, String regeling, LocalDate geboortedatum, String email, String postcode,
                              LocalDate lopendTrajectTot, OffsetDateTime geregistreerdOp, UUID importId) {
    }

    @Inject
    EntityManager em;

    /** @return false (nothing written) when the klant was registered already, by this import or an earlier one */
    public boolean registreer(Registratie r) {
        return em.createNativeQuery("""
                        INSERT INTO bestandsklant (klant_id, regeling, geboortedatum, email, postcode, lopend_traject_tot, geregistreerd_op, import_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (klant_id) DO NOTHING""")
                .setParameter(1, r.klantId())
                .setParameter(2, r.regeling())
                .setParameter(3, r.geboortedatum())
                .setParameter(4, r.email())
                .setParameter(5, r.postcode())
                .setParameter(6, r.lopendTrajectTot())
                .setParameter(7, r.geregistreerdOp())
                .setParameter(8, r.importId())
                .executeUpdate() == 1;
    }
}
