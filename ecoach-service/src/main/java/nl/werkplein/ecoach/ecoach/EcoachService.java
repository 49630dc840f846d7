package nl.werkplein.ecoach.ecoach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.caseload.CaseloadKlant;
import nl.werkplein.ecoach.caseload.CaseloadService;
import nl.werkplein.ecoach.traject.Toegang;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.audit.AuditLog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** E-coaches (beheer) and their caseload: each use case owns its transaction; reading a caseload is audited per client. */
@ApplicationScoped
public class EcoachService {

    @Inject
    CaseloadConfig config;
    @Inject
    CaseloadService caseload;
    @Inject
    Toegang toegang;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public Page<EcoachResponse> lijst(PageRequest paging) {
        return new Zoekopdracht().pagina(Ecoach.class, "naam, id", paging, this::view);
    }

    /** A new e-coach takes new clients by the caseload rule; an id given twice is 409. */
    @Transactional
    public EcoachResponse maak(EcoachRequest request) {
        UUID id = request.ecoachId() != null ? request.ecoachId() : UUID.randomUUID();
        if (Ecoach.findById(id) != null) {
            throw ProblemException.conflict("Er is al een e-coach met dit id.");
        }
        Ecoach ecoach = new Ecoach();
        ecoach.id = id;
        ecoach.aangemaaktOp = OffsetDateTime.now(clock);
        ecoach.wijzig(request.naam(), request.actief() == null || request.actief(), request.capaciteit());
        ecoach.persist();
        return view(ecoach);
    }

    /** An e-coach sees only themselves; beheer all. */
    @Transactional
    public EcoachResponse een(UUID ecoachId) {
        toegang.eigenEcoach(ecoachId, "E-coach");
        return view(bestaand(ecoachId));
    }

    /** Name, active (inactive: no new clients; the caseload stays) and capacity; no actief keeps it as it is. */
    @Transactional
    public EcoachResponse wijzig(UUID ecoachId, EcoachRequest request) {
        if (request.ecoachId() != null && !request.ecoachId().equals(ecoachId)) {
            throw ProblemException.invalid("ecoachId", "verschilt van het id in het pad");
        }
        Ecoach ecoach = bestaand(ecoachId);
        ecoach.wijzig(request.naam(), request.actief() != null ? request.actief() : ecoach.actief, request.capaciteit());
        return view(ecoach);
    }

    /** The e-coach's own caseload (beheer: anyone's); every client shown is an audited read. */
    @Transactional
    public Page<CaseloadKlant> caseload(UUID ecoachId, Boolean achterstand, PageRequest paging) {
        toegang.eigenEcoach(ecoachId, "E-coach");
        bestaand(ecoachId);
        Page<CaseloadKlant> resultaat = caseload.caseload(ecoachId, achterstand, paging);
        resultaat.items().forEach(k -> audit.record(AuditLog.Actie.RAADPLEGEN, "caseload", k.trajectId(), k.klantId(), "caseload inzien"));
        return resultaat;
    }

    private Ecoach bestaand(UUID ecoachId) {
        Ecoach ecoach = Ecoach.findById(ecoachId);
        if (ecoach == null) {
            throw ProblemException.notFound("E-coach");
        }
        return ecoach;
    }

    private EcoachResponse view(Ecoach e) {
        return new EcoachResponse(e.id, e.naam, e.actief, e.capaciteit != null ? e.capaciteit : config.capaciteit(),
                Traject.aantalActiefVan(e.id));
    }
}
