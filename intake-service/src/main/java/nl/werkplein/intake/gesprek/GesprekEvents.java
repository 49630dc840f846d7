package nl.werkplein.intake.gesprek;

/** The conversation's events on werkplein.intake.aanvragen.v1 (docs/events.md), besides gesprek-gepland. */
public final class GesprekEvents {

    public static final String VERPLAATST = "nl.werkplein.intake.gesprek-verplaatst";
    public static final String NIET_VERSCHENEN = "nl.werkplein.intake.gesprek-niet-verschenen";

    private GesprekEvents() {
    }
}
