package nl.werkplein.screening.klant;

import java.util.Set;

/**
 * intake-service's events that screening reads, on {@code werkplein.intake.aanvragen.v1}
 * (docs/events.md): screening's own model of them, the one place their type strings are named. The
 * data screening reads is {@link AanvraagIngediend} (tolerant reader).
 */
public final class IntakeEvents {

    /** Not named TOPIC: a TOPIC constant is a topic the service produces (manifest-check reads it so). */
    public static final String GELEZEN_TOPIC = "werkplein.intake.aanvragen.v1";

    public static final String AANVRAAG_INGEDIEND = "nl.werkplein.intake.aanvraag-ingediend";
    public static final String BESTANDSKLANT_GEREGISTREERD = "nl.werkplein.intake.bestandsklant-geregistreerd";
    public static final String AANVRAAG_TOEGEKEND = "nl.werkplein.intake.aanvraag-toegekend";
    public static final String AANVRAAG_AFGEWEZEN = "nl.werkplein.intake.aanvraag-afgewezen";
    public static final String KLANT_UITGESTROOMD = "nl.werkplein.intake.klant-uitgestroomd";
    public static final String UITKERING_BEEINDIGD = "nl.werkplein.intake.uitkering-beeindigd";
    /** intake's answers to a mail-verzocht (docs/events.md, "Mail results"). */
    public static final String BERICHT_VERZONDEN = "nl.werkplein.intake.bericht-verzonden";
    public static final String BERICHT_NIET_VERZONDEN = "nl.werkplein.intake.bericht-niet-verzonden";

    /** The types that keep a client's record and cycle (KlantCyclus); intake's other transitions do not concern screening. */
    public static final Set<String> KLANT = Set.of(AANVRAAG_INGEDIEND, BESTANDSKLANT_GEREGISTREERD, AANVRAAG_TOEGEKEND,
            AANVRAAG_AFGEWEZEN, KLANT_UITGESTROOMD, UITKERING_BEEINDIGD);
    public static final Set<String> BERICHT = Set.of(BERICHT_VERZONDEN, BERICHT_NIET_VERZONDEN);

    private IntakeEvents() {
    }
}
