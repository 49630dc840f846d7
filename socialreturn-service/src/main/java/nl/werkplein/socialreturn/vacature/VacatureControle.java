package nl.werkplein.socialreturn.vacature;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks one delivered vacancy on its own and reports every reason it fails at once, so a partner
 * can fix a row in one go; one bad vacancy never rejects the others (api.md). Reads the JSON tree
 * itself: a wrong type in one row (urenPerWeek "veel") must not fail the whole delivery.
 */
public final class VacatureControle {

    /** A Dutch postcode: four digits not starting with 0, two letters, an optional space between. */
    public static final String POSTCODE = "^[1-9][0-9]{3} ?[A-Za-z]{2}$";
    /** ISCO-08 unit group: four digits. */
    public static final String BEROEPSCODE = "^[0-9]{4}$";
    public static final int MAX_UREN = 60;

    private static final Pattern POSTCODE_PATROON = Pattern.compile(POSTCODE);
    private static final Pattern BEROEPSCODE_PATROON = Pattern.compile(BEROEPSCODE);

    /** Either {@code vacature} (accepted) or {@code redenen} (rejected), with the referentie when it could be read. */
    public record Uitslag(String referentie, VacatureInvoer vacature, List<String> redenen) {
        public boolean geldig() {
            return vacature != null;
        }
    }

    private VacatureControle() {
    }

    public static Uitslag controleer(JsonNode v, LocalDate vandaag) {
        if (v == null || !v.isObject()) {
            return new Uitslag(null, null, List.of("vacature: moet een object zijn"));
        }
        List<String> fouten = new ArrayList<>();
        String referentie = tekst(v, "referentie", true, 100, fouten);
        String titel = tekst(v, "titel", true, 200, fouten);
        String omschrijving = tekst(v, "omschrijving", false, 10_000, fouten);
        String werkgever = tekst(v, "werkgever", false, 200, fouten);
        String beroepscode = tekst(v, "beroepscode", true, 4, fouten);
        if (beroepscode != null && !BEROEPSCODE_PATROON.matcher(beroepscode).matches()) {
            fouten.add("beroepscode: moet een ISCO-08-code van 4 cijfers zijn");
            beroepscode = null;
        }
        String postcode = tekst(v, "postcode", true, 7, fouten);
        if (postcode != null && !POSTCODE_PATROON.matcher(postcode).matches()) {
            fouten.add("postcode: moet een Nederlandse postcode zijn, zoals 9731AB");
            postcode = null;
        }
        Integer uren = null;
        JsonNode urenNode = v.get("urenPerWeek");
        if (urenNode == null || urenNode.isNull()) {
            fouten.add("urenPerWeek: is verplicht");
        } else if (!urenNode.canConvertToExactIntegral() || !urenNode.isNumber()) {
            fouten.add("urenPerWeek: moet een geheel getal zijn");
        } else if (urenNode.asInt() < 1 || urenNode.asInt() > MAX_UREN) {
            fouten.add("urenPerWeek: moet tussen 1 en " + MAX_UREN + " liggen");
        } else {
            uren = urenNode.asInt();
        }
        Opleidingsniveau niveau = keuze(v, "opleidingsniveau", Opleidingsniveau.class, true, fouten);
        Soort soort = keuze(v, "soort", Soort.class, false, fouten);
        LocalDate sluitingsdatum = null;
        String sluiting = tekst(v, "sluitingsdatum", true, 10, fouten);
        if (sluiting != null) {
            try {
                sluitingsdatum = LocalDate.parse(sluiting);
                if (sluitingsdatum.isBefore(vandaag)) {
                    fouten.add("sluitingsdatum: ligt in het verleden; de vacature is niet meer open");
                }
            } catch (DateTimeParseException e) {
                fouten.add("sluitingsdatum: moet een datum zijn (JJJJ-MM-DD)");
            }
        }
        boolean sw = false;
        JsonNode swNode = v.get("sw");
        if (swNode != null && !swNode.isNull()) {
            if (swNode.isBoolean()) {
                sw = swNode.booleanValue();
            } else {
                fouten.add("sw: moet true of false zijn");
            }
        }
        if (!fouten.isEmpty()) {
            return new Uitslag(referentie, null, fouten);
        }
        return new Uitslag(referentie, new VacatureInvoer(referentie, titel, omschrijving, soort == null ? Soort.BAAN : soort,
                beroepscode, VacatureInvoer.normaliseerPostcode(postcode), uren, niveau, sluitingsdatum, sw, werkgever), List.of());
    }

    private static String tekst(JsonNode v, String veld, boolean verplicht, int max, List<String> fouten) {
        JsonNode node = v.get(veld);
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
            if (verplicht) {
                fouten.add(veld + ": is verplicht");
            }
            return null;
        }
        if (!node.isTextual()) {
            fouten.add(veld + ": moet tekst zijn");
            return null;
        }
        String waarde = node.textValue().strip();
        if (waarde.length() > max) {
            fouten.add(veld + ": is langer dan " + max + " tekens");
            return null;
        }
        return waarde;
    }

    private static <E extends Enum<E>> E keuze(JsonNode v, String veld, Class<E> type, boolean verplicht, List<String> fouten) {
        JsonNode node = v.get(veld);
        if (node == null || node.isNull()) {
            if (verplicht) {
                fouten.add(veld + ": is verplicht");
            }
            return null;
        }
        if (node.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(node.textValue())) {
                    return e;
                }
            }
        }
        fouten.add(veld + ": moet een van " + Arrays.toString(type.getEnumConstants()) + " zijn");
        return null;
    }
}
