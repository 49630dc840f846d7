package nl.werkplein.screening.scoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Published rule sets. The one in use comes from configuration and is recorded here at start-up, so
 * every decision's rule set can be looked up later; a published version never changes.
 */
@ApplicationScoped
public class RegelsetRepository {

    @Inject
    EntityManager em;
    @Inject
    RegelsetConfig config;
    @Inject
    Clock clock;

    @Transactional
    void legVast(@Observes StartupEvent event) {
        Regelset actief = Regelset.van(config);
        Optional<Regelset> bekend = vind(actief.naam(), actief.versie());
        if (bekend.isEmpty()) {
            publiceer(actief);
        } else if (!bekend.get().equals(actief)) {
            throw new IllegalStateException("rule set " + actief.naam() + " version " + actief.versie()
                    + " was published with other thresholds; configure a new werkplein.screening.regels.versie");
        }
    }

    public Regelset actief() {
        return Regelset.van(config);
    }

    @Transactional
    public Optional<Regelset> vind(String naam, String versie) {
        return em.createNativeQuery("""
                        SELECT naam, versie, modus, zelfdoener_drempel, participatie_drempel, klantondersteuning_willen_drempel
                          FROM regelset WHERE naam = ?1 AND versie = ?2""", Tuple.class)
                .setParameter(1, naam).setParameter(2, versie).getResultStream().findFirst().map(RegelsetRepository::regelset);
    }

    /** A stored row by its column names, typed: no positions to get wrong. */
    private static Regelset regelset(Object rij) {
        Tuple t = (Tuple) rij;
        return new Regelset(t.get("naam", String.class), t.get("versie", String.class),
                RegelsetConfig.Modus.valueOf(t.get("modus", String.class)), t.get("zelfdoener_drempel", Number.class).doubleValue(),
                t.get("participatie_drempel", Number.class).doubleValue(), t.get("klantondersteuning_willen_drempel", Number.class).doubleValue());
    }

    /** @throws ProblemException 409 when that name and version exist already */
    @Transactional
    public Regelset publiceer(Regelset regelset) {
        int nieuw = em.createNativeQuery("""
                        INSERT INTO regelset (naam, versie, modus, zelfdoener_drempel, participatie_drempel,
                                              klantondersteuning_willen_drempel, gepubliceerd_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING""")
                .setParameter(1, regelset.naam()).setParameter(2, regelset.versie()).setParameter(3, regelset.modus().name())
                .setParameter(4, regelset.zelfdoenerDrempel()).setParameter(5, regelset.participatieDrempel())
                .setParameter(6, regelset.klantondersteuningWillenDrempel()).setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
        if (nieuw == 0) {
            throw ProblemException.conflict("Regelset " + regelset.naam() + " versie " + regelset.versie() + " bestaat al en verandert niet.");
        }
        return regelset;
    }
}
