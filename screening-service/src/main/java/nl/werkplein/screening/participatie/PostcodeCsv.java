package nl.werkplein.screening.participatie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV of postcode-4 areas per wijk (pure). The first line is the header with the columns
 * {@code wijk} and {@code postcode4} in any order (more columns are ignored); separator {@code ;} or
 * {@code ,} (from the header), values may be quoted. Each data row is judged on its own: row 1 is
 * the first line after the header (as intake's bestandsklanten import counts); blank lines are skipped
 * but keep their number, so a rejection points at the line beheer sees.
 */
public final class PostcodeCsv {

    public record Afwijzing(int rij, String reden) {
    }

    /**
     * The accepted areas (postcode4 → wijk, in file order), how many rows were accepted (a row repeated
     * word for word counts, and changes nothing), the rejected rows, or a header error (nothing read).
     */
    public record Resultaat(Map<String, String> geaccepteerd, int geaccepteerdeRijen, List<Afwijzing> afgewezen, String kopfout) {
    }

    private PostcodeCsv() {
    }

    public static Resultaat lees(String csv, Set<String> wijken) {
        String tekst = csv == null ? "" : csv.replace("\uFEFF", "");
        String[] regels = tekst.split("\r?\n|\r", -1);
        if (regels.length == 0 || regels[0].isBlank()) {
            return new Resultaat(Map.of(), 0, List.of(), "de eerste regel moet de kop zijn met de kolommen wijk en postcode4");
        }
        char scheiding = regels[0].indexOf(';') >= 0 ? ';' : ',';
        List<String> kop = velden(regels[0], scheiding).stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
        int wijkKolom = kop.indexOf("wijk");
        int postcodeKolom = kop.indexOf("postcode4");
        if (wijkKolom < 0 || postcodeKolom < 0) {
            return new Resultaat(Map.of(), 0, List.of(), "de kop mist de kolom " + (wijkKolom < 0 ? "wijk" : "postcode4"));
        }
        // wijk names match regardless of case, written as stored
        Map<String, String> wijkNamen = new HashMap<>();
        wijken.forEach(w -> wijkNamen.put(w.toLowerCase(Locale.ROOT), w));
        Map<String, String> geaccepteerd = new LinkedHashMap<>();
        Map<String, Integer> rijVan = new HashMap<>();
        List<Afwijzing> afgewezen = new ArrayList<>();
        int rijen = 0;
        for (int i = 1; i < regels.length; i++) {
            int rij = i;
            if (regels[i].isBlank()) {
                continue;
            }
            List<String> v = velden(regels[i], scheiding);
            String wijk = v.size() > wijkKolom ? v.get(wijkKolom).strip() : "";
            String postcode = v.size() > postcodeKolom ? v.get(postcodeKolom).strip() : "";
            if (wijk.isEmpty()) {
                afgewezen.add(new Afwijzing(rij, "wijk ontbreekt"));
            } else if (!wijkNamen.containsKey(wijk.toLowerCase(Locale.ROOT))) {
                afgewezen.add(new Afwijzing(rij, "onbekende wijk: " + wijk));
            } else if (!postcode.matches("^[1-9][0-9]{3}$")) {
                afgewezen.add(new Afwijzing(rij, "postcode4 moet vier cijfers zijn, niet beginnend met 0: " + postcode));
            } else {
                String naam = wijkNamen.get(wijk.toLowerCase(Locale.ROOT));
                String eerder = geaccepteerd.get(postcode);
                if (eerder != null && !eerder.equals(naam)) {
                    afgewezen.add(new Afwijzing(rij, "postcode4 " + postcode + " staat al op rij " + rijVan.get(postcode) + " bij " + eerder));
                } else {
                    rijen++;
                    if (eerder == null) {
                        geaccepteerd.put(postcode, naam);
                        rijVan.put(postcode, rij);
                    }
                }
            }
        }
        return new Resultaat(geaccepteerd, rijen, afgewezen, null);
    }

    /** One CSV line into fields: double quotes around a value, "" inside quotes for a quote. */
    static List<String> velden(String regel, char scheiding) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == scheiding) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }
}
