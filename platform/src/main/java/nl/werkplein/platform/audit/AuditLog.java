package nl.werkplein.platform.audit;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records every read or change of personal data: who (subject, role), what (action, resource, record),
 * whose (klantId), when and why. Written in the caller's transaction when there is one, so a change
 * and its audit record commit together.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    public enum Actie { RAADPLEGEN, AANMAKEN, WIJZIGEN, VERWIJDEREN }

    @Transactional
    public void record(Actie actie, String resource, Object recordId, UUID klantId, String reden) {
        String traceId = Span.current().getSpanContext().isValid() ? Span.current().getSpanContext().getTraceId() : null;
        em.createNativeQuery("""
                        INSERT INTO audit_record (tijdstip, actor, rol, actie, resource, record_id, klant_id, reden, trace_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, caller.subject())
                .setParameter(3, caller.role())
                .setParameter(4, actie.name())
                .setParameter(5, resource)
                .setParameter(6, recordId == null ? null : recordId.toString())
                .setParameter(7, klantId)
                .setParameter(8, reden)
                .setParameter(9, traceId)
                .executeUpdate();
    }

    /** For work without a caller (a consumed event, due work): the actor is the service itself. */
    @Transactional
    public void recordBySystem(String systeem, Actie actie, String resource, Object recordId, UUID klantId, String reden) {
        em.createNativeQuery("""
                        INSERT INTO audit_record (tijdstip, actor, rol, actie, resource, record_id, klant_id, reden)
                        VALUES (?1, ?2, 'systeem', ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, systeem)
                .setParameter(3, actie.name())
                .setParameter(4, resource)
                .setParameter(5, recordId == null ? null : recordId.toString())
                .setParameter(6, klantId)
                .setParameter(7, reden)
                .executeUpdate();
    }
}
