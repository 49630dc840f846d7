package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.socialreturn.partner.Partner;
import nl.werkplein.socialreturn.vacature.Bron;
import nl.werkplein.socialreturn.vacature.Routering;
import nl.werkplein.socialreturn.vacature.VacatureEvents;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A partner's weekly delivery (domain.md 7.3, api.md): the complete set of its open vacancies. This class
 * owns the transaction, the guards, the events and the stored outcome; the rules are pure
 * ({@link Leveringskeuring} checks the rows, {@link Leveringsverschil} compares with the previous state)
 * and {@link LeveringRepository} reads and writes the tables. Built for 10,000 vacancies: one query loads
 * the previous state, rows and outbox events go in batches, one transaction.
 */
@ApplicationScoped
public class LeveringService {

    private static final Logger LOG = Logger.getLogger(LeveringService.class);
    /**
     * Per step of a delivery (tag {@code stap}), one after the other: hash, controle, vergelijken, rijen, events
     * (waiting for the events after the rows), outbox; beside them events-bouwen (building the events, while the
     * rows are written).
     */
    public static final String TIMER = "werkplein.levering.stap";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @Inject
    Routering routering;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    LeveringConfig config;
    @Inject
    LeveringRepository repository;
    @Inject
    MeterRegistry registry;

    /** A fingerprint of a delivery's content: the same delivery again has the same one. */
    public String hash(List<JsonNode> vacatures) {
        long t0 = System.nanoTime();
        try {
            return VacatureInvoer.sha256(mapper.writeValueAsBytes(vacatures));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            registry.timer(TIMER, "stap", "hash").record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        }
    }

    @Transactional
    public LeveringUitkomst verwerk(String partnerId, IsoWeek week, List<JsonNode> vacatures, String hash) {
        // one delivery of a partner at a time: the comparison with its previous state must not race
        Partner partner = em.find(Partner.class, partnerId, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        if (!partner.actief) {
            throw ProblemException.conflict("Partner " + partnerId + " is niet actief; beheer kan de partner weer activeren.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        IsoWeek uiterst = IsoWeek.van(vandaag.plusWeeks(config.maxWekenVooruit()));
        if (uiterst.isVoor(week)) {
            throw ProblemException.invalid("week", "ligt meer dan " + config.maxWekenVooruit() + " week in de toekomst");
        }
        Optional<IsoWeek> laatste = repository.laatsteWeek(partnerId);
        if (laatste.isPresent() && week.isVoor(laatste.get())) {
            throw ProblemException.conflict("Week " + week + " ligt voor de laatste levering (" + laatste.get()
                    + "); een levering is de volledige set van een week en een oudere week kan die niet vervangen.");
        }
        Optional<Levering> zelfdeWeek = repository.vanWeek(partnerId, week);
        if (zelfdeWeek.isPresent() && zelfdeWeek.get().inhoudHash.equals(hash)) {
            return repository.uitkomst(zelfdeWeek.get()); // the same delivery again: nothing changes, nothing is published
        }

        Tijden tijden = new Tijden();
        Leveringskeuring.Keuring keuring = Leveringskeuring.keur(vacatures, vandaag);
        tijden.stap("controle");
        Leveringsverschil verschil = Leveringsverschil.bereken(keuring.geldig(), keuring.geleverd(),
                repository.vorigeStaat(partnerId), v -> routering.route(new Routering.Invoer(Bron.PARTNER, v.soort(),
                        v.opleidingsniveau(), v.urenPerWeek(), v.sw(), partner.pool, null)), UUID::randomUUID);
        UUID contractId = repository.lopendContract(partnerId, vandaag);
        tijden.stap("vergelijken");
        // milliseconds, as stored and read back: a repeated delivery answers with exactly the same outcome
        OffsetDateTime nu = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LeveringUitkomst uitkomst = new LeveringUitkomst(partnerId, week.toString(), vacatures.size(), keuring.geldig().size(),
                keuring.afgewezen(), verschil.nieuw().size(), verschil.gewijzigd().size(), verschil.ingetrokken().size(),
                verschil.ongewijzigd(), nu);
        UUID leveringId = repository.bewaar(partnerId, week, hash, uitkomst);
        // The events are pure CPU work and the rows wait on PostgreSQL: build them on another core meanwhile.
        // Only this transaction's thread touches the connection; the outbox rows follow the vacancy rows.
        CompletableFuture<List<Outbox.Bericht>> bouw = CompletableFuture.supplyAsync(() -> {
            long b0 = System.nanoTime();
            List<Outbox.Bericht> b = berichten(partnerId, contractId, verschil, leveringId, uitkomst);
            registry.timer(TIMER, "stap", "events-bouwen").record(System.nanoTime() - b0, TimeUnit.NANOSECONDS);
            return b;
        });
        repository.schrijf(partnerId, contractId, verschil, nu, week);
        tijden.stap("rijen");
        List<Outbox.Bericht> berichten = gebouwd(bouw);
        tijden.stap("events");
        outbox.appendAll(berichten);
        tijden.stap("outbox");
        LOG.infof("levering %s %s: %d vacatures (%d nieuw, %d gewijzigd, %d ingetrokken, %d afgewezen) in %d ms:"
                        + " %s", partnerId, week, vacatures.size(), uitkomst.nieuw(), uitkomst.gewijzigd(), uitkomst.ingetrokken(),
                keuring.afgewezen().size(), tijden.totaal(), tijden);
        return uitkomst;
    }

    private static List<Outbox.Bericht> gebouwd(CompletableFuture<List<Outbox.Bericht>> bouw) {
        try {
            return bouw.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Transactional
    public LeveringUitkomst raadplegen(String partnerId, IsoWeek week) {
        bestaat(partnerId);
        return repository.vanWeek(partnerId, week).map(repository::uitkomst)
                .orElseThrow(() -> ProblemException.notFound("Een levering van " + partnerId + " voor week " + week));
    }

    /** Newest week first. */
    @Transactional
    public List<LeveringUitkomst> alle(String partnerId) {
        bestaat(partnerId);
        return repository.alle(partnerId).stream().map(repository::uitkomst).toList();
    }

    @Transactional
    public Optional<IsoWeek> laatsteWeek(String partnerId) {
        return repository.laatsteWeek(partnerId);
    }

    private void bestaat(String partnerId) {
        if (em.find(Partner.class, partnerId) == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
    }

    /** The pool events (docs/events.md) of the diff, then levering-verwerkt for monitoring the framework contract. */
    private List<Outbox.Bericht> berichten(String partnerId, UUID contractId, Leveringsverschil verschil, UUID leveringId,
                                           LeveringUitkomst u) {
        List<Outbox.Bericht> berichten = new ArrayList<>(verschil.events() + 1);
        for (Leveringsverschil.Nieuw n : verschil.nieuw()) {
            berichten.add(aangeboden(n.id(), n.besluit().pool(), partnerId, contractId, n.vacature()));
        }
        for (Leveringsverschil.Gewijzigd g : verschil.gewijzigd()) {
            berichten.add(aangeboden(g.vorige().id(), g.vorige().pool(), partnerId, g.contractId(contractId), g.vacature()));
        }
        for (Leveringsverschil.Ingetrokken i : verschil.ingetrokken()) {
            UUID id = i.vorige().id();
            berichten.add(new Outbox.Bericht(Routering.topic(i.vorige().pool()), id.toString(), events.create(
                    VacatureEvents.INGETROKKEN, id, new VacatureEvents.Ingetrokken(id, i.vorige().pool(), i.referentie()))));
        }
        berichten.add(new Outbox.Bericht(LeveringEvents.TOPIC, partnerId, events.create(LeveringEvents.VERWERKT, leveringId,
                new LeveringEvents.Verwerkt(partnerId, u.week(), u.aantal(), u.geaccepteerd(), u.afgewezen().size(),
                        u.nieuw(), u.gewijzigd(), u.ingetrokken()))));
        return berichten;
    }

    private Outbox.Bericht aangeboden(UUID id, String pool, String partnerId, UUID contractId, VacatureInvoer v) {
        return new Outbox.Bericht(Routering.topic(pool), id.toString(), events.create(VacatureEvents.AANGEBODEN, id,
                VacatureEvents.Aangeboden.van(id, pool, Bron.PARTNER, partnerId, contractId, v)));
    }

    /**
     * Where a delivery's time goes (docs/benchmarks.md, "Partner delivery"): each step into the timer
     * {@value #TIMER} tagged {@code stap}, and all of them in the delivery's log line.
     */
    private final class Tijden {
        private final long begin = System.nanoTime();
        private final StringBuilder regel = new StringBuilder();
        private long vorige = begin;

        void stap(String naam) {
            long nu = System.nanoTime();
            registry.timer(TIMER, "stap", naam).record(nu - vorige, TimeUnit.NANOSECONDS);
            regel.append(regel.isEmpty() ? "" : ", ").append(naam).append(' ').append((nu - vorige) / 1_000_000);
            vorige = nu;
        }

        long totaal() {
            return (vorige - begin) / 1_000_000;
        }

        @Override
        public String toString() {
            return regel.toString();
        }
    }
}
