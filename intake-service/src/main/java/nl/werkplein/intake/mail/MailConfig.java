package nl.werkplein.intake.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "werkplein.intake.mail")
public interface MailConfig {

    /** How often due mail is looked for (the scheduler reads it as werkplein.intake.mail.interval). */
    @WithDefault("5s")
    Duration interval();

    /** First wait after a failed attempt; it doubles per attempt up to {@link #maxWacht()}. */
    @WithDefault("5s")
    Duration eersteWacht();

    @WithDefault("5m")
    Duration maxWacht();

    /** The link to the Entreevragenlijst in the activeringsmail. */
    @WithDefault("https://werkplein.example.nl/entreevragenlijst")
    String entreevragenlijstUrl();

    /** The Basistraject site in the information package. */
    @WithDefault("https://werkplein.example.nl/basistraject")
    String basistrajectUrl();
}
