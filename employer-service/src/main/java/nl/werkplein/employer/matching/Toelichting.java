package nl.werkplein.employer.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dutch explanation of one ranked candidate: per criterion the points earned of the weight and
 * why, in words for the matcher. Called for the winners only (top N), never in the scan.
 */
final class Toelichting {

    private final Matchregels regels;

    Toelichting(Matchregels regels) {
        this.regels = regels;
    }

    Match leg(Leesbeeld x, int s, Vraag v, int som) {
        KandidaatProfiel p = x.profiel(s);
        List<Match.Criterium> criteria = new ArrayList<>(7);
        int f = v.beroep(x, s);
        criteria.add(criterium("BEROEP", regels.gewichtBeroep(), f, beroep(p, v, f)));
        f = v.vaardigheden(x, s);
        criteria.add(criterium("VAARDIGHEDEN", regels.gewichtVaardigheden(), f, vaardigheden(x, s, v)));
        f = v.opleiding(x, s);
        criteria.add(criterium("OPLEIDING", regels.gewichtOpleiding(), f, v.opleiding < 0 ? "geen opleidingsniveau gevraagd"
                : p.opleidingsniveau() == null ? "opleidingsniveau onbekend" : p.opleidingsniveau() + " bij gevraagd " + v.profiel.opleidingsniveau()));
        f = v.uren(x, s);
        criteria.add(criterium("UREN", regels.gewichtUren(), f, v.uren < 0 || x.uren(s) < 0 ? "uren onbekend"
                : x.uren(s) + " uur gewenst bij " + v.uren + " uur per week"));
        f = v.regio(x, s);
        criteria.add(criterium("REGIO", regels.gewichtRegio(), f, regio(p, v, f)));
        f = v.beschikbaarheid(x, s);
        criteria.add(criterium("BESCHIKBAARHEID", regels.gewichtBeschikbaarheid(), f, p.beschikbaarPer() == null
                || f == 100 ? "direct beschikbaar" : "beschikbaar per " + p.beschikbaarPer()));
        f = v.situatie(x, s);
        criteria.add(criterium("SITUATIE", regels.gewichtSituatie(), f, situatie(v.profiel.soort(), p.situatie(), v.profiel.sw())));
        List<String> redenen = new ArrayList<>(criteria.size());
        for (Match.Criterium c : criteria) {
            redenen.add(c.alsReden());
        }
        int totaal = Math.max(1, regels.totaal());
        int score = (2 * som + totaal) / (2 * totaal);
        return new Match(p.klantId(), Math.min(100, score), List.copyOf(redenen), List.copyOf(criteria));
    }

    static String situatie(VacatureSoort soort, Situatie situatie, boolean sw) {
        if (sw && situatie == Situatie.SW) {
            return "plek geworven voor de SW-doelgroep";
        }
        return switch (situatie) {
            case ZELFDOENER -> soort == VacatureSoort.WERKLEERPLEK ? "bemiddelbaar: de werkleerplek houdt werkfit" : "bemiddelbaar (zelfdoener)";
            case KO_BEPERKTE_STEUN -> soort == VacatureSoort.WERKLEERPLEK ? "kan werken met beperkte steun: de werkleerplek houdt werkfit"
                    : "kan werken met beperkte steun (werkintake)";
            case KO_WERKLEERPLEK -> soort == VacatureSoort.WERKLEERPLEK ? "Klantondersteuning fase 2: werkleerplek"
                    : "Klantondersteuning fase 2 (op een werkleerplek)";
            case KO_DIAGNOSE -> "Klantondersteuning: werkintake of nadere diagnose loopt nog";
            case SW -> soort == VacatureSoort.WERKLEERPLEK ? "SW'er tussen twee detacheringen"
                    : soort == VacatureSoort.DETACHERING ? "SW'er: detachering" : "SW'er";
        };
    }

    private static Match.Criterium criterium(String naam, int gewicht, int fractie, String toelichting) {
        return new Match.Criterium(naam, (gewicht * fractie + 50) / 100, gewicht, toelichting);
    }

    private static String beroep(KandidaatProfiel p, Vraag v, int f) {
        if (v.beroep < 0) {
            return "vacature zonder beroepscode";
        }
        String code = v.profiel.beroepscode();
        String beste = null;
        String bron = null;
        for (String c : p.beroepscodes()) {
            if (beter(c, beste, code)) {
                beste = c;
                bron = "wens";
            }
        }
        for (String c : p.ervaringscodes()) {
            if (beter(c, beste, code)) {
                beste = c;
                bron = "ervaring";
            }
        }
        return switch (f) {
            case Matchcriteria.EENHEIDSGROEP -> "zelfde beroep " + code + " (" + bron + ")";
            case Matchcriteria.SUBGROEP -> "zelfde beroepsgroep " + code.substring(0, 3) + " (" + bron + " " + beste + ")";
            case Matchcriteria.HOOFDGROEP -> "zelfde hoofdgroep " + code.charAt(0) + " (" + bron + " " + beste + ")";
            default -> p.beroepscodes().isEmpty() && p.ervaringscodes().isEmpty() ? "geen beroepswens of ervaring bekend"
                    : "geen beroep in hoofdgroep " + code.charAt(0);
        };
    }

    private static boolean beter(String kandidaat, String huidig, String code) {
        return overlap(kandidaat, code) > (huidig == null ? 0 : overlap(huidig, code));
    }

    private static int overlap(String a, String code) {
        if (a == null || a.length() != 4) {
            return 0;
        }
        if (a.equals(code)) {
            return 3;
        }
        if (a.regionMatches(0, code, 0, 3)) {
            return 2;
        }
        return a.charAt(0) == code.charAt(0) ? 1 : 0;
    }

    private static String vaardigheden(Leesbeeld x, int s, Vraag v) {
        if (v.gevraagd == 0) {
            return "vacature noemt geen bekende vaardigheden";
        }
        List<String> raak = new ArrayList<>();
        for (int i = 0, n = x.vaardigheidAantal(s); i < n; i++) {
            int id = x.vaardigheid(s, i);
            if (id < v.vaardigheid.length && v.vaardigheid[id]) {
                raak.add(x.vaardigheidNaam(id));
            }
        }
        return raak.size() + " van " + v.gevraagd + " gevraagde vaardigheden" + (raak.isEmpty() ? "" : ": " + String.join(", ", raak));
    }

    private static String regio(KandidaatProfiel p, Vraag v, int f) {
        if (v.gebied < 0) {
            return "vacature zonder postcode";
        }
        String gebied = (v.gebied < 10 ? "0" : "") + v.gebied; // two digits, without a Formatter per winner
        if (!p.werkregio().isEmpty()) {
            return f == 100 ? "postcodegebied " + gebied + " in de werkregio" : "postcodegebied " + gebied + " buiten de werkregio " + p.werkregio();
        }
        return f == 100 ? "woont in postcodegebied " + gebied : "woont buiten postcodegebied " + gebied;
    }
}
