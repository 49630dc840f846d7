package nl.werkplein.employer.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Applies the client events of other services to the candidate read model. The live consumers and
 * the rebuild (replay from offset 0) both go through {@link #verwerk}, the same code, under the same
 * consumer name; a rebuild holds the write lock so that live events wait until the replay is done.
 * Events for one client may arrive across topics in any order: each sets only its own facts.
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
        Kandidaat k = Kandidaat.findById(data.klantId());
        boolean nieuw = k == null;
        if (nieuw) {
            k = new Kandidaat();
            k.klantId = data.klantId();
        }
        LocalDate dag = event.time() == null ? null : event.time().atZoneSameInstant(nl.werkplein.platform.time.ClockProducer.AMSTERDAM).toLocalDate();
        switch (type) {
            case "nl.werkplein.screening.klant-doorgeleid" -> {
                k.doorgeleid = true;
                k.lijn = data.lijn();
                k.regeling = data.regeling();
                k.bestandsklant = Boolean.TRUE.equals(data.bestandsklant());
                if (data.leeftijd() != null) {
                    k.leeftijd = data.leeftijd();
                    k.leeftijdPeildatum = dag;
                }
                if (data.postcode4() != null) {
                    k.postcode4 = data.postcode4();
                }
            }
            case "nl.werkplein.screening.lijn-gewijzigd" -> k.lijn = data.lijn();
            case "nl.werkplein.screening.ko-fase-gewijzigd" -> {
                k.koFase = data.fase();
                if (data.werkintake() != null) {
                    k.werkintake = data.werkintake();
                }
                k.koUrenPerWeek = data.urenPerWeek();
                if (data.branche() != null) {
                    k.branche = data.branche();
                }
            }
            case "nl.werkplein.screening.loonwaarde-vastgesteld" -> {
                k.loonwaardePercentage = data.percentage();
                k.onderWml = data.onderWml() != null ? data.onderWml() : data.percentage() != null ? data.percentage() < 100 : null;
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
            case "nl.werkplein.ecoach.traject-afgesloten" -> {
                if ("WERK".equals(data.reden())) {
                    k.werkGevonden = true;
                }
            }
            case "nl.werkplein.intake.klant-uitgestroomd" -> k.uitgestroomd = true;
            case "nl.werkplein.intake.aanvraag-toegekend" -> {
                // a benefit granted again after leaving: back on the caseload
                k.uitgestroomd = false;
                k.werkGevonden = false;
            }
            default -> throw new IllegalStateException(type);
        }
        if (nieuw) {
            k.persist();
        }
        LOG.debugf("kandidaat %s bijgewerkt door %s", k.klantId, type);
    }

    static boolean relevant(String type) {
        return switch (type) {
            case "nl.werkplein.screening.klant-doorgeleid", "nl.werkplein.screening.lijn-gewijzigd",
                 "nl.werkplein.screening.ko-fase-gewijzigd", "nl.werkplein.screening.loonwaarde-vastgesteld",
                 "nl.werkplein.ecoach.profiel-gewijzigd", "nl.werkplein.ecoach.traject-afgesloten",
                 "nl.werkplein.intake.klant-uitgestroomd", "nl.werkplein.intake.aanvraag-toegekend" -> true;
            default -> false;
        };
    }
}
