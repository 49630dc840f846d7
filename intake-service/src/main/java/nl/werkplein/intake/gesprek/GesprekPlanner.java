package nl.werkplein.intake.gesprek;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.mail.MailQueue;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.postgres.DueWork;
import nl.werkplein.platform.time.ClockProducer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Due work of domain.md §1.7: when the zoekperiode has ended without an outcome, the client is invited
 * for the first face-to-face conversation, in the first free slot of their team on or after the
 * policy date (werkplein.intake.gesprek.na-werkdagen working days ahead). Any replica may run it: the
 * aanvragen are taken with FOR UPDATE SKIP LOCKED and change status in the same transaction, so each
 * is planned once; a slot is booked against the unique index gesprek_slot_bezet, so two aanvragen
 * never get the same slot, also when they are planned at the same moment.
 */
@ApplicationScoped
public class GesprekPlanner {

    private static final Logger LOG = Logger.getLogger(GesprekPlanner.class);
    static final String SYSTEEM = "intake-service";

    @Inject
    EntityManager em;
    @Inject
    GesprekRepository slots;
    @Inject
    Clock clock;
    @Inject
    GesprekConfig config;
    @Inject
    GesprekRooster rooster;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    ObjectMapper mapper;
    @Inject
    MailQueue mail;
    @Inject
    AuditLog audit;

    @Scheduled(every = "${werkplein.intake.taken.interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planWatVoorbijIs() {
        int gepland = DueWork.untilDone(100, this::planBatch);
        if (gepland > 0) {
            LOG.infof("%d gesprekken gepland", gepland);
        }
    }

    /** Plans up to {@code max} conversations whose zoekperiode is over; returns how many. */
    public int planBatch(int max) {
        return DueWork.batch(() -> DueWork.pick(em, Aanvraag.class, """
                SELECT * FROM aanvraag
                 WHERE status = 'ZOEKPERIODE' AND zoekperiode_einddatum <= ?1
                 ORDER BY zoekperiode_einddatum""", max, LocalDate.now(clock)), this::plan);
    }

    /** In the caller's transaction, the aanvraag row locked: the slot, the status, the event and the invitation. */
    public void plan(Aanvraag aanvraag) {
        GesprekTeam team = rooster.voorPostcode(aanvraag.postcode);
        LocalDate vanaf = rooster.werkdagen().na(LocalDate.now(clock), config.naWerkdagen());
        Gesprek gesprek = boek(aanvraag, team, vanaf, SYSTEEM, null, null, null);
        aanvraag.planGesprek(gesprek.tijdstip);
        publiceer(AanvraagEvents.GESPREK_GEPLAND, aanvraag, gesprek);
        nodigUit(aanvraag, gesprek, team, false);
    }

    /**
     * A new slot for a conversation that was planned or missed (in the caller's transaction, aanvraag
     * and gesprek rows locked): the old one frees its slot (or stays missed), the new one is the first
     * free slot of the same team on or after {@code vanaf}, never the slot just freed.
     */
    public Gesprek herplan(Aanvraag aanvraag, Gesprek oud, LocalDate vanaf, String reden, String door) {
        GesprekTeam team = rooster.team(oud.team).orElseGet(() -> rooster.voorPostcode(aanvraag.postcode));
        OffsetDateTime nu = OffsetDateTime.now(clock);
        oud.vrijgeven(nu, door);
        em.flush(); // the old slot and the one-planned-per-aanvraag index are free before the new row
        Gesprek nieuw = boek(aanvraag, team, vanaf, door, oud, reden, oud.team.equals(team.naam()) ? oud : null);
        oud.opvolgerId = nieuw.id;
        aanvraag.gesprekOp = nieuw.tijdstip;
        publiceer(GesprekEvents.VERPLAATST, aanvraag, nieuw);
        nodigUit(aanvraag, nieuw, team, true);
        return nieuw;
    }

    /**
     * The first free slot of {@code team} on or after {@code vanaf}, booked: an INSERT that loses the
     * race for a slot (ON CONFLICT on gesprek_slot_bezet) tries the next free one, a full day the
     * next working day.
     */
    Gesprek boek(Aanvraag aanvraag, GesprekTeam team, LocalDate vanaf, String door, Gesprek vorig, String reden, Gesprek behalve) {
        LocalDate dag = rooster.werkdagen().opOfNa(vanaf);
        for (int n = 0; n < config.horizonWerkdagen(); n++) {
            while (true) {
                int slot = eersteVrij(team, dag, behalve);
                if (slot < 0) {
                    break;
                }
                UUID id = UUID.randomUUID();
                OffsetDateTime tijdstip = dag.atTime(team.tijdVan(slot)).atZone(ClockProducer.AMSTERDAM).toOffsetDateTime();
                boolean geboekt = slots.boek(new GesprekRepository.Boeking(id, aanvraag.id, aanvraag.klantId, team.naam(), dag,
                        slot, tijdstip, (int) team.duur().toMinutes(), OffsetDateTime.now(clock), door,
                        vorig == null ? null : vorig.id, reden));
                if (geboekt) {
                    return em.find(Gesprek.class, id);
                }
                // another transaction took this slot a moment ago: look again
            }
            dag = rooster.werkdagen().volgende(dag);
        }
        throw new IllegalStateException("team " + team.naam() + " has no free slot within " + config.horizonWerkdagen()
                + " working days from " + vanaf);
    }

    private int eersteVrij(GesprekTeam team, LocalDate dag, Gesprek behalve) {
        Set<Integer> genomen = new HashSet<>(slots.bezetteSlots(team.naam(), dag));
        if (behalve != null && behalve.datum.equals(dag)) {
            genomen.add(behalve.slot); // a moved conversation goes elsewhere, not back into the slot it left
        }
        if (genomen.size() >= team.capaciteitPerDag()) {
            return -1; // also counts conversations planned before the agenda (slots above the capacity, V6)
        }
        for (int slot = 0; slot < team.capaciteitPerDag(); slot++) {
            if (!genomen.contains(slot)) {
                return slot;
            }
        }
        return -1;
    }

    /** The aanvraag's event shape with the conversation: gesprekId, team, gesprekStatus, vorigGesprekId. */
    void publiceer(String type, Aanvraag aanvraag, Gesprek gesprek) {
        ObjectNode data = mapper.valueToTree(AanvraagEvents.Aanvraag.van(aanvraag));
        data.put("gesprekId", gesprek.id.toString());
        data.put("team", gesprek.team);
        data.put("gesprekStatus", gesprek.status.name());
        if (gesprek.vorigGesprekId != null) {
            data.put("vorigGesprekId", gesprek.vorigGesprekId.toString());
        }
        outbox.append(AanvraagEvents.TOPIC, aanvraag.klantId.toString(), events.create(type, aanvraag.id, data));
    }

    /**
     * Through the mail request path (berichtId = the gesprek id, once per conversation): the client
     * hears date, time and place; bericht-verzonden tells when SMTP took it.
     */
    private void nodigUit(Aanvraag aanvraag, Gesprek gesprek, GesprekTeam team, boolean verplaatst) {
        String type = verplaatst ? GesprekEvents.VERPLAATST : AanvraagEvents.GESPREK_GEPLAND;
        mail.plaatsBericht(aanvraag.klantId, gesprek.id, type, aanvraag.email, GesprekUitnodiging.onderwerp(verplaatst),
                GesprekUitnodiging.tekst(gesprek.tijdstip.atZoneSameInstant(ClockProducer.AMSTERDAM), gesprek.duurMinuten, team.locatie(),
                        verplaatst));
        audit.recordBySystem(SYSTEEM, AuditLog.Actie.RAADPLEGEN, "email", gesprek.id, aanvraag.klantId, "uitnodiging gesprek versturen");
    }

    /** The decision was taken: the conversation ahead of the aanvraag took place (in the caller's transaction). */
    public void gevoerd(Aanvraag aanvraag, String door) {
        afronden(aanvraag, GesprekStatus.GEVOERD, door);
    }

    /** The client left before the conversation: its slot is free again (in the caller's transaction). */
    public void vervallen(Aanvraag aanvraag, String door) {
        afronden(aanvraag, GesprekStatus.GEANNULEERD, door);
    }

    private void afronden(Aanvraag aanvraag, GesprekStatus status, String door) {
        Gesprek.geplandVergrendeld(aanvraag.id)
                .ifPresent(g -> g.wijzig(status, OffsetDateTime.now(clock), door));
    }
}
