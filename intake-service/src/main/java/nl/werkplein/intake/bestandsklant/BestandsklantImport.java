package nl.werkplein.intake.bestandsklant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.klant.KlantRegister;
import nl.werkplein.intake.zoekperiode.ZoekperiodeRegels;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.intake.klant.Bsn;
import nl.werkplein.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The existing caseload (domain.md §2.6): each row is checked on its own, a bad row does not stop
 * the others, and importing the same rows again registers nobody twice (nor publishes again).
 */
@ApplicationScoped
public class BestandsklantImport {

    static final Set<String> REGELINGEN = Set.of("WWB", "WSW");
    static final Pattern POSTCODE = Pattern.compile(nl.werkplein.intake.aanvraag.AanvraagRequest.POSTCODE);
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record Afgewezen(int rij, String reden) {
    }

    /** importId: the clients this import registered are re-screened as one group (screening's progress per import). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BestandsklantImportUitkomst",
            description = "Wat de import aannam en afwees")
    public record Uitkomst(UUID importId, int geaccepteerd, int nieuwGeregistreerd, List<Afgewezen> afgewezen) {
    }

    @Inject
    KlantRegister klanten;
    @Inject
    BestandsklantRepository repository;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** Rows are numbered from 1, as a person counts the lines of a file (after a CSV header). */
    @Transactional
    public Uitkomst importeer(List<BestandsklantRij> rijen) {
        List<Afgewezen> afgewezen = new ArrayList<>();
        int geaccepteerd = 0;
        int nieuw = 0;
        LocalDate vandaag = LocalDate.now(clock);
        UUID importId = UUID.randomUUID();
        for (int i = 0; i < rijen.size(); i++) {
            BestandsklantRij rij = rijen.get(i);
            List<String> fouten = new ArrayList<>();
            LocalDate geboortedatum = null;
            LocalDate trajectTot = null;
            if (rij == null) {
                afgewezen.add(new Afgewezen(i + 1, "lege rij"));
                continue;
            }
            if (!Bsn.isGeldig(rij.bsn())) {
                fouten.add("bsn: geen geldig BSN (11-proef)");
            }
            try {
                geboortedatum = rij.geboortedatum() == null ? null : LocalDate.parse(rij.geboortedatum().trim());
                if (geboortedatum == null) {
                    fouten.add("geboortedatum: is verplicht");
                } else if (!geboortedatum.isBefore(vandaag)) {
                    fouten.add("geboortedatum: moet in het verleden liggen");
                }
            } catch (DateTimeParseException e) {
                fouten.add("geboortedatum: moet een datum zijn (JJJJ-MM-DD)");
            }
            if (rij.email() != null && !rij.email().isBlank() && !EMAIL.matcher(rij.email().trim()).matches()) {
                fouten.add("email: geen geldig e-mailadres");
            }
            if (rij.postcode() != null && !rij.postcode().isBlank() && !POSTCODE.matcher(rij.postcode().trim()).matches()) {
                fouten.add("postcode: geen Nederlandse postcode");
            }
            if (rij.regeling() == null || !REGELINGEN.contains(rij.regeling().trim())) {
                fouten.add("regeling: moet WWB of WSW zijn");
            }
            try {
                trajectTot = rij.lopendTrajectTot() == null || rij.lopendTrajectTot().isBlank() ? null : LocalDate.parse(rij.lopendTrajectTot().trim());
            } catch (DateTimeParseException e) {
                fouten.add("lopendTrajectTot: moet een datum zijn (JJJJ-MM-DD)");
            }
            if (!fouten.isEmpty()) {
                afgewezen.add(new Afgewezen(i + 1, String.join("; ", fouten)));
                continue;
            }
            geaccepteerd++;
            if (registreer(importId, rij, geboortedatum, trajectTot, vandaag)) {
                nieuw++;
            }
        }
        return new Uitkomst(importId, geaccepteerd, nieuw, afgewezen);
    }

    private boolean registreer(UUID importId, BestandsklantRij rij, LocalDate geboortedatum, LocalDate trajectTot, LocalDate vandaag) {
        UUID klantId = klanten.klantIdVoor(Bsn.of(rij.bsn()));
        String postcode = rij.postcode() == null || rij.postcode().isBlank() ? null : rij.postcode().replace(" ", "").toUpperCase();
        String regeling = rij.regeling().trim();
        String email = rij.email() == null || rij.email().isBlank() ? null : rij.email().trim();
        boolean nieuw = repository.registreer(new BestandsklantRepository.Registratie(klantId, regeling, geboortedatum, email,
                postcode, trajectTot, OffsetDateTime.now(clock), importId));
        if (nieuw) {
            outbox.append(AanvraagEvents.TOPIC, klantId.toString(), events.create(AanvraagEvents.BESTANDSKLANT_GEREGISTREERD, klantId,
                    new AanvraagEvents.Bestandsklant(klantId, ZoekperiodeRegels.leeftijd(geboortedatum, vandaag),
                            AanvraagEvents.postcode4(postcode), regeling, trajectTot, importId)));
            audit.record(AuditLog.Actie.AANMAKEN, "bestandsklant", klantId, klantId, "bestand importeren");
        }
        return nieuw;
    }
}
