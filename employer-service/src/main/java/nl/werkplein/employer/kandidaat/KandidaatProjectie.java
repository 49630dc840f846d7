package nl.werkplein.employer.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import nl.werkplein.platform.inbox.TypedConsumer;
import nl.werkplein.platform.time.ClockProducer;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Applies the client events of other services to the candidate read model. The live consumers
 * ({@link KlantEventsConsumer}) and the rebuild (replay from offset 0, {@link KandidatenHerbouw}) both
 * hand each record to {@link #ontvang}, the same code, under the same consumer name; a rebuild holds
 * the write lock so that live events wait until the replay is done.
 * Events for one client may arrive across topics in any order: each sets only its own facts, and the
 * flags that depend on several topics (benefit ended, left, found work: which cycle a fact belongs to)
 * are recomputed by {@link Levensloop} from every end fact recorded in {@link KandidaatHistorie}, so the
 * result does not depend on the order (a replay from offset 0 reads the topics in another one).
 */
@ApplicationScoped
public class KandidaatProjectie extends TypedConsumer<KlantEvent> {

    /** The name in handled_event since the first release: redeliveries stay idempotent. */
    public static final String CONSUMER = "employer.kandidaat";
    static final String DOORGELEID = "nl.werkplein.screening.klant-doorgeleid";
    static final String LIJN_GEWIJZIGD = "nl.werkplein.screening.lijn-gewijzigd";
    static final String KO_FASE_GEWIJZIGD = "nl.werkplein.screening.ko-fase-gewijzigd";
    static final String LOONWAARDE_VASTGESTELD = "nl.werkplein.screening.loonwaarde-vastgesteld";
    static final String DOELGROEPREGISTER_VASTGELEGD = "nl.werkplein.screening.doelgroepregister-vastgelegd";
    static final String PROFIEL_GEWIJZIGD = "nl.werkplein.ecoach.profiel-gewijzigd";
    static final String TRAJECT_AFGESLOTEN = "nl.werkplein.ecoach.traject-afgesloten";
    static final String UITGESTROOMD = "nl.werkplein.intake.klant-uitgestroomd";
    static final String UITKERING_BEEINDIGD = "nl.werkplein.intake.uitkering-beeindigd";
    private static final Set<String> TYPES = Set.of(DOORGELEID, LIJN_GEWIJZIGD, KO_FASE_GEWIJZIGD, LOONWAARDE_VASTGESTELD,
            DOELGROEPREGISTER_VASTGELEGD, PROFIEL_GEWIJZIGD, TRAJECT_AFGESLOTEN, UITGESTROOMD, UITKERING_BEEINDIGD);
    private static final Logger LOG = Logger.getLogger(KandidaatProjectie.class);

    @Inject
    KandidatenRegister register;

    final ReentrantReadWriteLock herbouwSlot = new ReentrantReadWriteLock();

    KandidaatProjectie() {
        super(CONSUMER, TYPES, KlantEvent.class);
    }

    @Override
    protected List<String> ontbrekend(String type, KlantEvent d) {
        return DOELGROEPREGISTER_VASTGELEGD.equals(type) ? nulVelden("klantId", d.klantId(), "indicatie", d.indicatie())
                : nulVelden("klantId", d.klantId());
    }

    /** A live record from a consumer: applied once, then the in-memory index picks the change up. */
    public void live(String record) {
        boolean toegepast;
        herbouwSlot.readLock().lock();
        try {
            toegepast = ontvang(record);
        } finally {
            herbouwSlot.readLock().unlock();
        }
        if (toegepast) {
            register.ververs();
        }
    }

    @Override
    protected void verwerk(Gebeurtenis<KlantEvent> g) {
        KlantEvent data = g.data();
        String type = g.type();
        // one client's events from the three topics are applied one after the other (row lock), so each
        // sees the end facts the others committed
        Kandidaat k = Kandidaat.findById(data.klantId(), LockModeType.PESSIMISTIC_WRITE);
        boolean nieuw = k == null;
        if (nieuw) {
            k = new Kandidaat();
            k.klantId = data.klantId();
        }
        OffsetDateTime tijd = g.tijd();
        LocalDate dag = tijd.atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
        UUID eventId = g.id();
        switch (type) {
            case DOORGELEID -> {
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
                historie(eventId, k, KandidaatHistorie.DOORGELEID, tijd, data.aanvraagId(), data.lijn(), null, null);
            }
            case LIJN_GEWIJZIGD -> {
                k.lijn = data.lijn();
                historie(eventId, k, KandidaatHistorie.LIJN_GEWIJZIGD, tijd, null, data.lijn(),
                        tekst(data.door(), data.reden()), null);
            }
            case KO_FASE_GEWIJZIGD -> {
                k.koFase = data.fase();
                if (data.werkintake() != null) {
                    k.werkintake = data.werkintake();
                }
                k.koUrenPerWeek = data.urenPerWeek();
                if (data.branche() != null) {
                    k.branche = data.branche();
                }
                if ("AFGESLOTEN".equals(data.fase())) {
                    historie(eventId, k, KandidaatHistorie.KO_AFGESLOTEN, tijd, null, null, data.reden(), null);
                }
            }
            case LOONWAARDE_VASTGESTELD -> {
                // loonkostensubsidie eligibility only (domain.md 4.4): it no longer decides the doelgroep
                k.loonwaardePercentage = data.percentage();
                k.onderWml = data.onderWml() != null ? data.onderWml() : data.percentage() != null ? data.percentage() < 100 : null;
            }
            case DOELGROEPREGISTER_VASTGELEGD -> {
                k.doelgroepregister = data.indicatie();
                k.doelgroepregisterDatum = data.datum();
                k.doelgroepregisterBron = data.bron();
                historie(eventId, k, KandidaatHistorie.DOELGROEPREGISTER, tijd, null, null,
                        (data.indicatie() ? "indicatie" : "geen indicatie") + (data.bron() == null ? "" : " (" + data.bron() + ")"), data.datum());
            }
            case PROFIEL_GEWIJZIGD -> {
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
            case TRAJECT_AFGESLOTEN ->
                    historie(eventId, k, KandidaatHistorie.TRAJECT_AFGESLOTEN, tijd, null, null, data.reden(), null);
            case UITGESTROOMD ->
                    historie(eventId, k, KandidaatHistorie.UITGESTROOMD, tijd, data.aanvraagId(), null, data.uitstroomReden(), null);
            case UITKERING_BEEINDIGD -> {
                if (k.beeindigdOp == null || data.beeindigdOp() == null || !data.beeindigdOp().isBefore(k.beeindigdOp)) {
                    k.beeindigdOp = data.beeindigdOp();
                    k.beeindigingReden = data.beeindigingReden();
                }
                historie(eventId, k, KandidaatHistorie.UITKERING_BEEINDIGD, tijd, data.aanvraagId(), null,
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

    private static void historie(UUID eventId, Kandidaat k, String soort, OffsetDateTime tijd, UUID aanvraagId, String lijn,
                                 String reden, LocalDate datum) {
        KandidaatHistorie h = new KandidaatHistorie();
        h.eventId = eventId;
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
}
