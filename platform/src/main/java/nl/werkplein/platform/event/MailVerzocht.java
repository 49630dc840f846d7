package nl.werkplein.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Set;
import java.util.UUID;

/**
 * The request to write to a client (docs/events.md, "Mail to a client"): only intake-service holds the
 * addresses, so a service publishes this on its own topic, as {@code nl.werkplein.<service>.mail-verzocht},
 * and intake-service sends it (by e-mail, or as a letter) and answers with {@code bericht-verzonden} or
 * {@code bericht-niet-verzonden}, naming the request's type in {@code verzoekType}. One definition for
 * every requester, so the data stays the same. {@code tekst} is plain text without personal data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MailVerzocht(UUID klantId, UUID berichtId, String onderwerp, String tekst) {

    /** screening-service's request, on {@code werkplein.screening.indelingen.v1}. */
    public static final String SCREENING = "nl.werkplein.screening.mail-verzocht";
    /** ecoach-service's request, on {@code werkplein.ecoach.trajecten.v1}. */
    public static final String ECOACH = "nl.werkplein.ecoach.mail-verzocht";
    /** Every request type intake-service answers. */
    public static final Set<String> TYPES = Set.of(SCREENING, ECOACH);
}
