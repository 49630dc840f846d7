package nl.werkplein.employer.werkvoorraad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.employer.kandidaat.KandidatenRegister;
import nl.werkplein.employer.matching.Match;
import nl.werkplein.employer.matching.MatchingConfig;
import nl.werkplein.employer.matching.Rangschikking;
import nl.werkplein.employer.pool.Pool;
import nl.werkplein.employer.vacature.Bron;
import nl.werkplein.employer.vacature.Vacature;
import nl.werkplein.employer.vacature.VacatureStatus;
import nl.werkplein.employer.vacature.Voorstel;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A matcher's worklist: the pool's open vacancies, newest first, each with its shortlist ranked now
 * from the in-memory index, so a changed candidate or vacancy shows at the next read.
 */
@ApplicationScoped
public class WerkvoorraadService {

    @Inject
    KandidatenRegister kandidaten;
    @Inject
    MatchingConfig config;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    private volatile Rangschikking rangschikking;

    Rangschikking rangschikking() {
        if (rangschikking == null) {
            rangschikking = new Rangschikking(config.regels());
        }
        return rangschikking;
    }

    @Transactional
    public Page<WerkvoorraadItem> werkvoorraad(String poolCode, Bron bron, boolean metAfgehandeld, PageRequest paging) {
        if (Pool.findById(poolCode) == null) {
            throw ProblemException.notFound("Pool");
        }
        Page<Vacature> vacatures = new Zoekopdracht().verplicht("pool", poolCode)
                .waar("status in :statussen", "statussen",
                        metAfgehandeld ? List.of(VacatureStatus.OPEN, VacatureStatus.AFGEHANDELD) : List.of(VacatureStatus.OPEN))
                .eq("bron", bron)
                .pagina(Vacature.class, "aangebodenOp desc, volgnummer desc", paging, v -> v);
        // the shortlists of the whole page in one query
        List<Voorstel> voorstellen = Voorstel.vanVacatures(vacatures.items().stream().map(v -> v.id).toList());
        audit.record(AuditLog.Actie.RAADPLEGEN, "werkvoorraad", poolCode, null,
                "werkvoorraad van pool " + poolCode + " met kandidatenlijsten");
        return vacatures.map(v -> item(v, voorstellen));
    }

    /** The shortlist of one vacancy (for any status: a matcher may look back). */
    @Transactional
    public WerkvoorraadItem shortlist(UUID vacatureId) {
        Vacature v = Vacature.findById(vacatureId);
        if (v == null) {
            throw ProblemException.notFound("Vacature");
        }
        WerkvoorraadItem item = item(v, Voorstel.vanVacatures(List.of(v.id)));
        audit.record(AuditLog.Actie.RAADPLEGEN, "kandidaten", vacatureId, null, "kandidatenlijst van een vacature");
        return item;
    }

    private WerkvoorraadItem item(Vacature v, List<Voorstel> voorstellen) {
        Set<UUID> afgewezen = Voorstel.klanten(voorstellen, v.id, Voorstel.Uitkomst.AFGEWEZEN);
        Set<UUID> voorgesteld = Voorstel.klanten(voorstellen, v.id, Voorstel.Uitkomst.VOORGESTELD);
        List<WerkvoorraadItem.Kandidaat> lijst = new ArrayList<>();
        if (v.status != VacatureStatus.INGETROKKEN) {
            for (Match m : rangschik(v, afgewezen)) {
                if (m.score() >= config.minimumScore()) {
                    lijst.add(WerkvoorraadItem.Kandidaat.van(m, voorgesteld.contains(m.klantId())));
                }
            }
        }
        return new WerkvoorraadItem(v.id, v.bron, v.referentie, v.titel, v.soort, v.beroepscode, v.postcode4, v.werkgeverNaam,
                v.status, v.aangebodenOp, List.copyOf(lijst));
    }

    List<Match> rangschik(Vacature v, Set<UUID> afgewezen) {
        return rangschikking().rangschik(kandidaten.index(), v.profiel(), LocalDate.now(clock), config.shortlist(), afgewezen);
    }
}
