package nl.werkplein.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import nl.werkplein.platform.time.ClockProducer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Wie las of wijzigde welke persoonsgegevens, wanneer en waarom")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    @Schema(name = "AuditRegel")
    public record AuditRegel(
            OffsetDateTime tijdstip,
            @Schema(description = "Subject van het token") String actor,
            String rol,
            @Schema(description = "RAADPLEGEN, AANMAKEN, WIJZIGEN of VERWIJDEREN") String actie,
            String resource,
            String recordId,
            UUID klantId,
            String reden,
            String traceId) {
    }

    @GET
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Auditregels opvragen", description = "Filters: klantId, van en tot (datums, inclusief, Europe/Amsterdam).")
    public Page<AuditRegel> zoek(
            @Parameter(description = "Alleen regels over deze klant", schema = @Schema(format = "uuid")) @QueryParam("klantId") String klantIdParam,
            @Parameter(description = "Vanaf deze datum (inclusief)", schema = @Schema(format = "date")) @QueryParam("van") String vanParam,
            @Parameter(description = "Tot en met deze datum", schema = @Schema(format = "date")) @QueryParam("tot") String totParam,
            @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
            @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        QueryParams params = new QueryParams();
        UUID klantId = params.uuid("klantId", klantIdParam);
        LocalDate van = params.datum("van", vanParam);
        LocalDate tot = params.datum("tot", totParam);
        if (van != null && tot != null && tot.isBefore(van)) {
            params.invalid("tot", "ligt voor van");
        }
        params.check();
        PageRequest paging = PageRequest.of(page, size);
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> filters = new HashMap<>();
        if (klantId != null) {
            where.append(" AND klant_id = :klantId");
            filters.put("klantId", klantId);
        }
        if (van != null) {
            where.append(" AND tijdstip >= :van");
            filters.put("van", van.atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime());
        }
        if (tot != null) {
            where.append(" AND tijdstip < :tot");
            filters.put("tot", tot.plusDays(1).atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM audit_record" + where);
        Query select = em.createNativeQuery("""
                SELECT tijdstip, actor, rol, actie, resource, record_id, klant_id, reden, trace_id
                  FROM audit_record""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        filters.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        select.setParameter("limit", paging.size());
        select.setParameter("offset", paging.offset());
        long totaal = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<AuditRegel> items = rows.stream().map(AuditResource::regel).toList();
        audit.record(AuditLog.Actie.RAADPLEGEN, "audit", null, klantId, "auditlog raadplegen");
        return new Page<>(items, paging.page(), paging.size(), totaal);
    }

    private static AuditRegel regel(Object[] r) {
        OffsetDateTime tijdstip = r[0] instanceof OffsetDateTime o ? o
                : r[0] instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) r[0]).toInstant().atOffset(ZoneOffset.UTC);
        return new AuditRegel(tijdstip, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (UUID) r[6], (String) r[7], (String) r[8]);
    }
}
