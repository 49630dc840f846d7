package nl.werkplein.screening.herscreening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The re-screening progress per import, and the invitations intake could not send (audited: they name clients). */
@ApplicationScoped
public class HerscreeningService {

    @Inject
    HerscreeningRepository repository;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public Page<HerscreeningResponse> lijst(PageRequest paging) {
        LocalDate vandaag = LocalDate.now(clock);
        List<HerscreeningResponse> items = repository.imports(paging).stream().map(i -> repository.voortgang(i, vandaag)).toList();
        return new Page<>(items, paging.page(), paging.size(), repository.aantalImports());
    }

    @Transactional
    public HerscreeningResponse voortgang(UUID importId) {
        HerscreeningResponse v = repository.voortgang(importId, LocalDate.now(clock));
        if (v.klanten() == 0) {
            throw ProblemException.notFound("Import " + importId);
        }
        return v;
    }

    @Transactional
    public Page<NietVerzondenResponse> nietVerzonden(UUID importId, PageRequest paging) {
        voortgang(importId);
        List<NietVerzondenResponse> items = repository.nietVerzonden(importId, paging);
        items.forEach(i -> audit.record(AuditLog.Actie.RAADPLEGEN, "herscreening-uitnodiging", i.berichtId(), i.klantId(),
                "niet verzonden uitnodigingen inzien"));
        return new Page<>(items, paging.page(), paging.size(), repository.aantalNietVerzonden(importId));
    }
}
