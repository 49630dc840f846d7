package nl.werkplein.socialreturn.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.socialreturn.levering.IsoWeek;
import nl.werkplein.socialreturn.levering.LeveringService;
import nl.werkplein.socialreturn.vacature.Routering;
import nl.werkplein.socialreturn.vacature.RouteringConfig;
import nl.werkplein.socialreturn.vacature.Vacature;
import nl.werkplein.socialreturn.vacature.VacatureResponse;
import nl.werkplein.socialreturn.vacature.VacatureStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Partners are maintained by beheer (domain.md 7.3); the seed holds randstad. */
@ApplicationScoped
public class PartnerService {

    @Inject
    Clock clock;
    @Inject
    Routering routering;
    @Inject
    RouteringConfig routeringConfig;
    @Inject
    LeveringService leveringen;

    @Transactional
    public PartnerResponse aanmaken(PartnerRequest r) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        if (r.partnerId() == null) {
            fouten.add(new Problem.InvalidParam("partnerId", "is verplicht"));
        }
        controleerPool(r.pool(), fouten);
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (Partner.findById(r.partnerId()) != null) {
            throw ProblemException.conflict("Partner " + r.partnerId() + " bestaat al.");
        }
        Partner p = new Partner();
        p.id = r.partnerId();
        p.naam = r.naam().strip();
        p.pool = r.pool() == null || r.pool().isBlank() ? routeringConfig.standaardPool() : r.pool();
        p.actief = r.actief() == null || r.actief();
        p.leverenVanaf = r.leverenVanaf() != null ? r.leverenVanaf() : LocalDate.now(clock);
        p.aangemaaktOp = OffsetDateTime.now(clock);
        p.persist();
        return PartnerResponse.van(p, null);
    }

    @Transactional
    public PartnerResponse wijzigen(String partnerId, PartnerRequest r) {
        Partner p = partner(partnerId);
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        if (r.partnerId() != null && !r.partnerId().equals(partnerId)) {
            fouten.add(new Problem.InvalidParam("partnerId", "kan niet wijzigen"));
        }
        controleerPool(r.pool(), fouten);
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        p.naam = r.naam().strip();
        if (r.pool() != null && !r.pool().isBlank()) {
            p.pool = r.pool(); // for vacancies accepted from now on; routed ones stay on their pool
        }
        if (r.actief() != null) {
            p.actief = r.actief();
        }
        if (r.leverenVanaf() != null) {
            p.leverenVanaf = r.leverenVanaf();
        }
        return PartnerResponse.van(p, leveringen.laatsteWeek(partnerId).map(IsoWeek::toString).orElse(null));
    }

    @Transactional
    public PartnerResponse raadplegen(String partnerId) {
        Partner p = partner(partnerId);
        return PartnerResponse.van(p, leveringen.laatsteWeek(partnerId).map(IsoWeek::toString).orElse(null));
    }

    @Transactional
    public Page<PartnerResponse> alle(PageRequest page) {
        return new Zoekopdracht().pagina(Partner.class, "id", page,
                p -> PartnerResponse.van(p, leveringen.laatsteWeek(p.id).map(IsoWeek::toString).orElse(null)));
    }

    @Transactional
    public Page<VacatureResponse> vacatures(String partnerId, VacatureStatus status, PageRequest page) {
        partner(partnerId);
        return new Zoekopdracht().verplicht("partnerId", partnerId).eq("status", status)
                .pagina(Vacature.class, "referentie", page, VacatureResponse::van);
    }

    public Partner partner(String partnerId) {
        Partner p = Partner.findById(partnerId);
        if (p == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        return p;
    }

    private void controleerPool(String pool, List<Problem.InvalidParam> fouten) {
        if (pool != null && !pool.isBlank() && !routering.isPool(pool)) {
            fouten.add(new Problem.InvalidParam("pool", "moet een van " + routering.pools() + " zijn"));
        }
    }
}
