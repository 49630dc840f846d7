package nl.werkplein.intake.gesprek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagStatus;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A team's agenda, a missed conversation, and planning one again (domain.md 1.7). */
@ApplicationScoped
public class GesprekService {

    @Inject
    GesprekPlanner planner;
    @Inject
    GesprekRooster rooster;
    @Inject
    GesprekConfig config;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** The conversations of a day (of one team, or all), with each team's capacity; or of one aanvraag (its history). */
    @Transactional
    public GesprekAgenda agenda(LocalDate datum, GesprekTeam team, UUID aanvraagId) {
        List<Gesprek> gesprekken;
        if (datum != null) {
            gesprekken = Gesprek.opDag(datum, team == null ? null : team.naam(), aanvraagId);
        } else {
            gesprekken = Gesprek.vanAanvraag(aanvraagId);
        }
        List<GesprekAgenda.TeamDag> teams = new ArrayList<>();
        Boolean werkdag = null;
        String feestdag = null;
        if (datum != null) {
            werkdag = rooster.werkdagen().isWerkdag(datum);
            feestdag = rooster.feestdagen().van(datum.getYear()).stream().filter(f -> f.datum().equals(datum))
                    .map(Feestdagen.Feestdag::naam).findFirst().orElse(null);
            for (GesprekTeam t : team == null ? rooster.teams() : List.of(team)) {
                int capaciteit = werkdag ? t.capaciteitPerDag() : 0;
                int bezet = (int) gesprekken.stream().filter(g -> g.team.equals(t.naam()) && GesprekStatus.BEZET.contains(g.status)).count();
                if (aanvraagId != null) {
                    bezet = (int) Gesprek.aantalBezet(datum, t.naam());
                }
                teams.add(new GesprekAgenda.TeamDag(t.naam(), capaciteit, bezet, Math.max(0, capaciteit - bezet), t.locatie()));
            }
        }
        for (Gesprek g : gesprekken) {
            audit.record(AuditLog.Actie.RAADPLEGEN, "gesprek", g.id, g.klantId, "agenda gesprekken");
        }
        return new GesprekAgenda(datum, werkdag, feestdag, teams, gesprekken.stream().map(GesprekResponse::van).toList());
    }

    @Transactional
    public GesprekResponse raadplegen(UUID id) {
        Gesprek gesprek = gevonden(id, LockModeType.NONE);
        audit.record(AuditLog.Actie.RAADPLEGEN, "gesprek", gesprek.id, gesprek.klantId, "gesprek inzien");
        return GesprekResponse.van(gesprek);
    }

    /** The client did not come (a consulent records it once the time has come); the aanvraag stays GESPREK_GEPLAND. */
    @Transactional
    public GesprekResponse nietVerschenen(UUID id) {
        Gesprek gesprek = gevonden(id, LockModeType.NONE);
        Aanvraag aanvraag = aanvraag(gesprek.aanvraagId); // aanvraag before gesprek, the order every change locks them in
        gesprek = gevonden(id, LockModeType.PESSIMISTIC_WRITE);
        gesprek.nietVerschenen(OffsetDateTime.now(clock), caller.subject());
        planner.publiceer(GesprekEvents.NIET_VERSCHENEN, aanvraag, gesprek);
        audit.record(AuditLog.Actie.WIJZIGEN, "gesprek", gesprek.id, gesprek.klantId, "niet verschenen vastleggen");
        return GesprekResponse.van(gesprek);
    }

    /** A new slot; the old conversation stays as history (moved, or missed). */
    @Transactional
    public GesprekResponse herplannen(UUID id, HerplanningRequest request) {
        Gesprek gesprek = gevonden(id, LockModeType.NONE);
        LocalDate vandaag = LocalDate.now(clock);
        if (request.vanaf() != null && !request.vanaf().isAfter(vandaag)) {
            throw ProblemException.invalid("vanaf", "moet na vandaag (" + vandaag + ") liggen");
        }
        Aanvraag aanvraag = aanvraag(gesprek.aanvraagId);
        gesprek = gevonden(id, LockModeType.PESSIMISTIC_WRITE);
        if (aanvraag.status != AanvraagStatus.GESPREK_GEPLAND) {
            throw ProblemException.conflict("Opnieuw plannen kan alleen zolang de aanvraag op het gesprek wacht (status GESPREK_GEPLAND); "
                    + "de aanvraag heeft status " + aanvraag.status + ".");
        }
        gesprek.vereisHerplanbaar();
        LocalDate vanaf = request.vanaf() != null ? request.vanaf() : rooster.werkdagen().na(vandaag, config.naWerkdagen());
        Gesprek nieuw = planner.herplan(aanvraag, gesprek, vanaf, request.reden().strip(), caller.subject());
        audit.record(AuditLog.Actie.WIJZIGEN, "gesprek", nieuw.id, nieuw.klantId, "gesprek opnieuw plannen (was " + gesprek.id + ")");
        return GesprekResponse.van(nieuw);
    }

    private Gesprek gevonden(UUID id, LockModeType lock) {
        Gesprek gesprek = Gesprek.findById(id, lock);
        if (gesprek == null) {
            throw ProblemException.notFound("Gesprek " + id);
        }
        return gesprek;
    }

    private static Aanvraag aanvraag(UUID id) {
        return Aanvraag.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
