package nl.werkplein.intake.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines of a postal address as printed in the envelope window. A recorded address is written the
 * way PostNL asks: the postcode as "9731 AB", two spaces, the place in capitals. A briefadres of an
 * aanvraag (free text, e.g. "Postbus 30026, 9700 RM Groningen") is split on line ends and commas.
 */
public final class Adresregels {

    /** At most this many lines fit the window of a window envelope. */
    public static final int MAX_REGELS = 6;
    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Za-z]{2})$");

    private Adresregels() {
    }

    public static String postcode(String postcode) {
        var m = POSTCODE.matcher(postcode.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("geen Nederlandse postcode");
        }
        return m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT);
    }

    public static boolean isPostcode(String postcode) {
        return postcode != null && POSTCODE.matcher(postcode.trim()).matches();
    }

    /** naam (optional), street and number (or "Postbus 123"), "9731 AB  GRONINGEN". */
    public static List<String> van(String naam, String adresregel, String postcode, String woonplaats) {
        List<String> regels = new ArrayList<>();
        if (naam != null && !naam.isBlank()) {
            regels.add(naam.trim());
        }
        regels.add(adresregel.trim());
        regels.add(postcode(postcode) + "  " + woonplaats.trim().toUpperCase(Locale.forLanguageTag("nl")));
        return regels;
    }

    /** A free-text briefadres; empty when there is nothing in it. Lines beyond the window are joined to the last. */
    public static List<String> vanBriefadres(String briefadres) {
        List<String> regels = new ArrayList<>();
        if (briefadres == null) {
            return regels;
        }
        for (String regel : briefadres.split("\\R|,")) {
            if (!regel.isBlank()) {
                regels.add(regel.trim().replaceAll("\\s+", " "));
            }
        }
        while (regels.size() > MAX_REGELS) {
            String laatste = regels.remove(regels.size() - 1);
            regels.set(regels.size() - 1, regels.get(regels.size() - 1) + ", " + laatste);
        }
        return regels;
    }
}
