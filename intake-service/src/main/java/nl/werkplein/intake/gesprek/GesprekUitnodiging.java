package nl.werkplein.intake.gesprek;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The invitation's text: date, time and place, no personal data (it travels as plain text). Framework-free. */
public final class GesprekUitnodiging {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

    private GesprekUitnodiging() {
    }

    public static String onderwerp(boolean verplaatst) {
        return verplaatst ? "Uw gesprek is verplaatst" : "Uitnodiging voor een gesprek";
    }

    public static String tekst(ZonedDateTime op, int duurMinuten, String locatie, boolean verplaatst) {
        String wanneer = DATUM.format(op) + " om " + TIJD.format(op) + " uur";
        String begin = verplaatst
                ? "Uw gesprek op het Werkplein is verplaatst. Wij verwachten u nu op " + wanneer + "."
                : "Uw zoekperiode is voorbij. Wij nodigen u uit voor een gesprek op " + wanneer + ".";
        return begin + "\n\n"
                + "Plaats: " + locatie + "\n"
                + "Het gesprek duurt ongeveer " + duurMinuten + " minuten.\n\n"
                + "Neem mee wat laat zien wat u gedaan heeft: uw inschrijving bij UWV, uw cv en uw sollicitaties. "
                + "In het gesprek kijken we of u uw verplichtingen bent nagekomen en bespreken we uw recht op een uitkering.\n\n"
                + "Kunt u niet op dit tijdstip? Neem dan contact op met het KCC; dan plannen wij een nieuw gesprek.\n\n"
                + "Met vriendelijke groet,\nWerk & Participatie";
    }
}
