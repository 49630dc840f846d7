package nl.werkplein.socialreturn.levering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.postgres.DueWork;
import nl.werkplein.socialreturn.partner.Partner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The weekly check (domain.md 7.3: a partner delivers at least weekly). A week is missed when it has
 * ended (plus the configured days of grace) without a delivery for it. Due work: any replica may run it;
 * partners are taken with FOR UPDATE SKIP LOCKED and a missed week is recorded once (primary key), with
 * its levering-gemist event. A partner is behind (leveringsachterstand) while it has missed weeks after
 * its latest delivery: a later complete delivery catches up, since each one replaces the whole set.
 */
@ApplicationScoped
public class Leveringscontrole {

    private static final Logger LOG = Logger.getLogger(Leveringscontrole.class);

    @Schema(name = "GemisteWeek")
    public record GemisteWeek(@Schema(example = "2026-W09") String week, @Schema(description = "Wanneer vastgesteld") OffsetDateTime vastgesteldOp) {
    }

    @Schema(name = "Leveringsachterstand", description = "Of een partner zijn wekelijkse levering mist")
    public record Achterstand(
            @Schema(example = "randstad") String partnerId,
            @Schema(description = "De laatst geleverde week", example = "2026-W08") String laatsteWeek,
            @Schema(description = "Gemiste weken na de laatste levering: zolang die er zijn loopt de partner achter") List<GemisteWeek> openstaand,
            @Schema(description = "Alle ooit gemiste weken") List<GemisteWeek> gemist,
            @Schema(description = "De partner loopt achter met leveren") boolean achterstand) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    LeveringConfig config;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    LeveringService leveringen;
    @Inject
    GemisteLeveringRepository gemiste;

    @Scheduled(every = "${werkplein.socialreturn.taken.interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodiek() {
        int gemist = controleer();
        if (gemist > 0) {
            LOG.infof("%d gemiste partnerleveringen vastgesteld", gemist);
        }
    }

    /** Records every missed week of every active partner; returns how many were new. */
    public int controleer() {
        // the last week that is over, grace included
        IsoWeek laatsteVoorbij = IsoWeek.van(LocalDate.now(clock).minusDays(config.termijnDagen())).vorige();
        // every active partner in one batch: checking one does not make it "not due", so there is no second batch
        int[] nieuw = {0};
        DueWork.batch(() -> DueWork.pick(em, Partner.class, "SELECT * FROM partner WHERE actief ORDER BY id", Integer.MAX_VALUE),
                p -> nieuw[0] += controleer(p, laatsteVoorbij));
        return nieuw[0];
    }

    private int controleer(Partner partner, IsoWeek laatsteVoorbij) {
        IsoWeek van = IsoWeek.van(partner.leverenVanaf);
        IsoWeek grens = IsoWeek.van(laatsteVoorbij.maandag().minusWeeks(config.terugkijkenWeken() - 1L));
        if (van.isVoor(grens)) {
            van = grens;
        }
        if (laatsteVoorbij.isVoor(van)) {
            return 0;
        }
        Set<IsoWeek> bekend = gemiste.afgehandeldeWeken(partner.id);
        int nieuw = 0;
        OffsetDateTime nu = OffsetDateTime.now(clock);
        for (IsoWeek w = van; !laatsteVoorbij.isVoor(w); w = w.volgende()) {
            if (bekend.contains(w)) {
                continue;
            }
            if (gemiste.legVast(partner.id, w, nu)) {
                UUID subject = UUID.nameUUIDFromBytes((partner.id + "/" + w).getBytes(StandardCharsets.UTF_8));
                outbox.append(LeveringEvents.TOPIC, partner.id, events.create(LeveringEvents.GEMIST, subject,
                        new LeveringEvents.Gemist(partner.id, w.toString())));
                nieuw++;
            }
        }
        return nieuw;
    }

    public Achterstand achterstand(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (em.find(Partner.class, partnerId) == null) {
                throw ProblemException.notFound("Partner " + partnerId);
            }
            Optional<IsoWeek> laatste = leveringen.laatsteWeek(partnerId);
            List<GemisteWeek> gemist = new ArrayList<>();
            List<GemisteWeek> openstaand = new ArrayList<>();
            for (GemisteLeveringRepository.GemisteLevering r : gemiste.vanPartner(partnerId)) {
                IsoWeek w = r.week();
                GemisteWeek g = new GemisteWeek(w.toString(), r.vastgesteldOp());
                gemist.add(g);
                if (laatste.isEmpty() || laatste.get().isVoor(w)) {
                    openstaand.add(g);
                }
            }
            return new Achterstand(partnerId, laatste.map(IsoWeek::toString).orElse(null), openstaand, gemist, !openstaand.isEmpty());
        });
    }

    /** Every partner that is behind now. */
    public List<Achterstand> achterstanden() {
        List<String> ids = QuarkusTransaction.requiringNew().call(gemiste::partnersMetGemisteWeken);
        return ids.stream().map(this::achterstand).filter(Achterstand::achterstand).toList();
    }
}
