package nl.werkplein.ecoach.voorlichting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invitations to the collective voorlichting (domain.md 3.1): the next session that has room. */
@ApplicationScoped
public class VoorlichtingService {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    MailVerzoeken mail;

    /**
     * Invites the client to the first upcoming session with room; a full session pushes them to the
     * next. Empty when none has room: the client waits for due work or a newly planned session.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Voorlichting> plaats(Traject traject) {
        LocalDateTime nu = LocalDateTime.now(clock);
        // Locking the upcoming sessions makes two placements at once see each other's seats.
        @SuppressWarnings("unchecked")
        List<Voorlichting> komend = em.createNativeQuery("""
                        SELECT * FROM voorlichting
                         WHERE datum > ?1 OR (datum = ?1 AND begintijd > ?2)
                         ORDER BY datum, begintijd, id
                         FOR UPDATE""", Voorlichting.class)
                .setParameter(1, nu.toLocalDate())
                .setParameter(2, nu.toLocalTime())
                .getResultList();
        if (komend.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Long> bezet = bezetting(komend.stream().map(v -> v.id).toList());
        for (Voorlichting v : komend) {
            if (bezet.getOrDefault(v.id, 0L) < v.capaciteit) {
                nodigUit(traject, v);
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public Map<UUID, Long> bezetting(List<UUID> ids) {
        Map<UUID, Long> bezet = new HashMap<>();
        if (ids.isEmpty()) {
            return bezet;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("SELECT voorlichting_id, count(*) FROM deelname WHERE voorlichting_id IN (?1) GROUP BY voorlichting_id")
                .setParameter(1, ids).getResultList();
        rijen.forEach(r -> bezet.put((UUID) r[0], ((Number) r[1]).longValue()));
        return bezet;
    }

    private void nodigUit(Traject traject, Voorlichting v) {
        Deelname deelname = new Deelname();
        deelname.sleutel = new Deelname.Sleutel(v.id, traject.id);
        deelname.klantId = traject.klantId;
        deelname.uitgenodigdOp = OffsetDateTime.now(clock);
        deelname.persist();
        traject.voorlichtingId = v.id;
        outbox.append(TrajectEvents.TOPIC, traject.klantId.toString(), events.create(TrajectEvents.VOORLICHTING_UITGENODIGD,
                traject.klantId, new TrajectEvents.VoorlichtingUitgenodigd(traject.klantId, traject.id, v.id, v.datum)));
        mail.verzoek(traject.klantId, "Uitnodiging collectieve voorlichting", uitnodiging(v));
    }

    /** The invitation: date, time, place or link and the temp agencies; nothing about the client. */
    static String uitnodiging(Voorlichting v) {
        StringBuilder tekst = new StringBuilder()
                .append("U bent uitgenodigd voor de collectieve voorlichting van de e-coaches van Werk & Participatie.\n\n")
                .append("Datum: ").append(MailVerzoeken.datum(v.datum)).append('\n')
                .append("Tijd: ").append(v.begintijd).append(" - ").append(v.eindtijd).append(" uur\n");
        if (v.locatie != null) {
            tekst.append("Plaats: ").append(v.locatie).append('\n');
        }
        if (v.onlineLink != null) {
            tekst.append("Online: ").append(v.onlineLink).append('\n');
        }
        if (!v.uitzendbureauLijst().isEmpty()) {
            tekst.append("Uitzendbureaus die meedoen: ").append(String.join(", ", v.uitzendbureauLijst())).append('\n');
        }
        tekst.append("\nU hoort in deze voorlichting hoe de e-coach u helpt bij het vinden van werk en hoe u de Werkmap gebruikt.");
        return tekst.toString();
    }

    /** Places waiting clients (oldest first) in upcoming sessions with room; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int plaatsWachtenden(int max) {
        List<Traject> wachtend = nl.werkplein.platform.postgres.DueWork.pick(em, Traject.class, """
                SELECT * FROM traject
                 WHERE status = 'ACTIEF' AND voorlichting_id IS NULL
                 ORDER BY gestart_op, id""", max);
        int geplaatst = 0;
        for (Traject t : wachtend) {
            if (plaats(t).isEmpty()) {
                break; // no session has room for anyone
            }
            geplaatst++;
        }
        return geplaatst;
    }

    /** A closed trajectory gives back its seat in a session still to come. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void geefPlaatsVrij(Traject traject) {
        int vrij = em.createNativeQuery("""
                        DELETE FROM deelname d USING voorlichting v
                         WHERE d.voorlichting_id = v.id AND d.traject_id = ?1 AND d.aanwezig IS NULL AND v.datum >= ?2""")
                .setParameter(1, traject.id)
                .setParameter(2, LocalDate.now(clock))
                .executeUpdate();
        if (vrij > 0) {
            traject.voorlichtingId = null;
        }
    }
}
