package nl.werkplein.employer.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import nl.werkplein.platform.time.ClockProducer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Applies the client events of other services to the candidate read model. The live consumers and
 * the rebuild (replay from offset 0) both go through {@link #verwerk}, the same code, under the same
 * consumer name; a rebuild holds the write lock so that live events wait until the replay is done.
 * Events for one client may arrive across topics in any order: each sets only its own facts, and the
 * flags that depend on several topics (benefit ended, left, found work: which cycle a fact belongs to)
 * are recomputed by {@link Levensloop} from every end fact recorded in {@link KandidaatHistorie}, so the
 * result does not depend on the order (a replay from offset 0 reads the topics in another one).
 */
@ApplicationScoped
public class KandidaatProjectie {

    public static final String CONSUMER = "employer.kandidaat";
    private static final Logger LOG = Logger.getLogger(KandidaatProjectie.class);

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    KandidatenRegister register;
    @Inject
    Clock clock;

    final ReentrantReadWriteLock herbouwSlot = new ReentrantReadWriteLock();

    /** A live record from a consumer: applied once, then the in-memory index picks the change up. */
    public void live(String record) {
        herbouwSlot.readLock().lock();
        try {
            verwerk(record);
        } finally {
            herbouwSlot.readLock().unlock();
        }
        register.ververs();
    }

    /** Applies one record at most once (idempotent on the event id). */
    public boolean verwerk(String record) {
        return consumer.handle(CONSUMER, record, this::pas);
    }

    void pas(CloudEvent event) {
        String type = event.type();
        if (!relevant(type)) {
            return;
        }
        KlantEvent data = events.data(event, KlantEvent.class);
        if (data.klantId() == null) {
            throw new InvalidEventException(type + " " + event.id() + " lacks klantId");
        }
        // one client's events from the three topics are applied one after the other (row lock), so each
        // sees the end facts the others committed
        Kandidaat k = Kandidaat.findById(data.klantId(), LockModeType.PESSIMISTIC_WRITE);
        boolean nieuw = k == null;
        if (nieuw) {
            k = new Kandidaat();
            k.klantId = data.klantId();
        }
        OffsetDateTime tijd = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        LocalDate dag = tijd.atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
        switch (type) {
            case "nl.werkplein.screening.klant-doorgeleid" -> {
                if (k.doorgeleid && "AFGESLOTEN".equals(k.koFase)) {
                    // a new cycle: the closed trajectory of the previous one says nothing about this one
                    k.koFase = null;
                    k.werkintake = null;
                    k.koUrenPerWeek = null;
                    k.branche = null;
                }
                k.doorgeleid = true;
                k.lijn = data.lijn();
                k.regeling = data.regeling();
                k.bestandsklant = Boolean.TRUE.equals(data.bestandsklant());
                k.aanvraagId = data.aanvraagId();
                k.cyclusStart = tijd;
                if (data.leeftijd() != null) {
                    k.leeftijd = data.leeftijd();
                    k.leeftijdPeildatum = dag;
                }
                if (data.postcode4() != null) {
                    k.postcode4 = data.postcode4();
                }
                historie(event, k, KandidaatHistorie.DOORGELEID, tijd, data.aanvraagId(), data.lijn(), null, null);
            }
            case "nl.werkplein.screening.lijn-gewijzigd" -> {
                k.lijn = data.lijn();
                historie(event, k, KandidaatHistorie.LIJN_GEWIJZIGD, tijd, null, data.lijn(),
                        tekst(data.door(), data.reden()), null);
            }
            case "nl.werkplein.screening.ko-fase-gewijzigd" -> {
                k.koFase = data.fase();
                if (data.werkintake() != null) {
                    k.werkintake = data.werkintake();
                }
                k.koUrenPerWeek = data.urenPerWeek();
                if (data.branche() != null) {
                    k.branche = data.branche();
                }
                if ("AFGESLOTEN".equals(data.fase())) {
                    historie(event, k, KandidaatHistorie.KO_AFGESLOTEN, tijd, null, null, data.reden(), null);
                }
            }
            case "nl.werkplein.screening.loonwaarde-vastgesteld" -> {
                // loonkostensubsidie eligibility only (domain.md 4.4): it no longer decides the doelgroep
                k.loonwaardePercentage = data.percentage();
                k.onderWml = data.onderWml() != null ? data.onderWml() : data.percentage() != null ? data.percentage() < 100 : null;
            }
            case "nl.werkplein.screening.doelgroepregister-vastgelegd" -> {
                if (data.indicatie() == null) {
                    throw new InvalidEventException(type + " " + event.id() + " lacks indicatie");
                }
                k.doelgroepregister = data.indicatie();
                k.doelgroepregisterDatum = data.datum();
                k.doelgroepregisterBron = data.bron();
                historie(event, k, KandidaatHistorie.DOELGROEPREGISTER, tijd, null, null,
                        (data.indicatie() ? "indicatie" : "geen indicatie") + (data.bron() == null ? "" : " (" + data.bron() + ")"), data.datum());
            }
            case "nl.werkplein.ecoach.profiel-gewijzigd" -> {
                k.beroepscodes = Kandidaat.codes(data.beroepscodes());
                k.wensen = data.wensen();
                k.urenPerWeek = data.urenPerWeek();
                k.werkregio = Kandidaat.codes(data.werkregio());
                k.opleidingsniveau = data.opleidingsniveau();
                k.ervaring = data.ervaring() == null ? null : Kandidaat.codes(data.ervaring().stream()
                        .filter(e -> e.beroepscode() != null)
                        .map(e -> e.beroepscode() + ":" + (e.jaren() == null ? 0 : e.jaren())).toList());
                k.vaardigheden = Kandidaat.tekstLijst(data.vaardigheden() == null ? null
                        : data.vaardigheden().stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList());
                k.beschikbaarPer = data.beschikbaarPer();
            }
            case "nl.werkplein.ecoach.traject-afgesloten" ->
                    historie(event, k, KandidaatHistorie.TRAJECT_AFGESLOTEN, tijd, null, null, data.reden(), null);
            case "nl.werkplein.intake.klant-uitgestroomd" ->
                    historie(event, k, KandidaatHistorie.UITGESTROOMD, tijd, data.aanvraagId(), null, data.uitstroomReden(), null);
            case "nl.werkplein.intake.uitkering-beeindigd" -> {
                if (k.beeindigdOp == null || data.beeindigdOp() == null || !data.beeindigdOp().isBefore(k.beeindigdOp)) {
                    k.beeindigdOp = data.beeindigdOp();
                    k.beeindigingReden = data.beeindigingReden();
                }
                historie(event, k, KandidaatHistorie.UITKERING_BEEINDIGD, tijd, data.aanvraagId(), null,
                        data.beeindigingReden(), data.beeindigdOp());
            }
            default -> throw new IllegalStateException(type);
        }
        if (nieuw) {
            k.persist();
        }
        herleid(k);
        LOG.debugf("kandidaat %s bijgewerkt door %s", k.klantId, type);
    }

    /** Recomputes the flags of the current cycle from all end facts recorded for the client (order-free). */
    static void herleid(Kandidaat k) {
        List<Levensloop.Eindfeit> feiten = KandidaatHistorie.van(k.klantId).stream()
                .map(KandidaatHistorie::eindfeit).filter(java.util.Objects::nonNull).toList();
        Levensloop.Stand stand = Levensloop.stand(new Levensloop.Cyclus(k.aanvraagId, k.cyclusStart), feiten);
        k.uitkeringBeeindigd = stand.uitkeringBeeindigd();
        k.uitgestroomd = stand.uitgestroomd();
        k.werkGevonden = stand.werkGevonden();
    }

    private static void historie(CloudEvent event, Kandidaat k, String soort, OffsetDateTime tijd, UUID aanvraagId, String lijn,
                                 String reden, LocalDate datum) {
        KandidaatHistorie h = new KandidaatHistorie();
        h.eventId = event.id();
        h.klantId = k.klantId;
        h.soort = soort;
        h.tijd = tijd;
        h.aanvraagId = aanvraagId;
        h.lijn = lijn;
        h.reden = reden;
        h.datum = datum;
        h.persist();
    }

    private static String tekst(String door, String reden) {
        if (door == null) {
            return reden;
        }
        return reden == null ? door : door + ": " + reden;
    }

    static boolean relevant(String type) {
        return switch (type) {
            case "nl.werkplein.screening.klant-doorgeleid", "nl.werkplein.screening.lijn-gewijzigd",
                 "nl.werkplein.screening.ko-fase-gewijzigd", "nl.werkplein.screening.loonwaarde-vastgesteld",
                 "nl.werkplein.screening.doelgroepregister-vastgelegd",
                 "nl.werkplein.ecoach.profiel-gewijzigd", "nl.werkplein.ecoach.traject-afgesloten",
                 "nl.werkplein.intake.klant-uitgestroomd", "nl.werkplein.intake.uitkering-beeindigd" -> true;
            default -> false;
        };
    }
}
