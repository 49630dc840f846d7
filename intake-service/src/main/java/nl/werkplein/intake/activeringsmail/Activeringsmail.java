package nl.werkplein.intake.activeringsmail;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.mail.MailConfig;
import nl.werkplein.intake.mail.MailQueue;
import nl.werkplein.intake.mail.UitgaandeMail;
import nl.werkplein.intake.zoekperiode.Zoekperiode;
import nl.werkplein.intake.zoekperiode.ZoekperiodeConfig;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mail sent at once on confirmation (domain.md §1.3): the four obligations of the first weeks,
 * the information package and the link to the Entreevragenlijst. Queued in the confirmation's
 * transaction; sent (and retried) by MailVerzender.
 */
@ApplicationScoped
public class Activeringsmail {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Inject
    @Location("activeringsmail.html")
    Template template;
    @Inject
    MailQueue queue;
    @Inject
    MailConfig mailConfig;
    @Inject
    ZoekperiodeConfig zoekperiodeConfig;

    public void plaats(Aanvraag aanvraag) {
        String inhoud = template
                .data("weken", zoekperiodeConfig.duur().getDays() / 7)
                .data("begindatum", DATUM.format(aanvraag.zoekperiodeBegindatum))
                .data("einddatum", DATUM.format(aanvraag.zoekperiodeEinddatum))
                .data("werkEnOpleiding", aanvraag.inspanning == Zoekperiode.Inspanning.WERK_EN_OPLEIDING)
                .data("terugNaarSchool", aanvraag.adviesTerugNaarSchool && aanvraag.startkwalificatieUitzondering == null)
                .data("entreevragenlijstUrl", mailConfig.entreevragenlijstUrl())
                .data("basistrajectUrl", mailConfig.basistrajectUrl())
                .render();
        queue.plaats(aanvraag.id, UitgaandeMail.Soort.ACTIVERINGSMAIL, aanvraag.email,
                "Uw aanvraag: wat u de komende weken doet", inhoud);
    }
}
