package nl.werkplein.employer.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one vacancy asks, in the index's codes, computed once per ranking. Reused (one per scratch
 * {@link Kladblok}): {@link #zet} overwrites every field, so nothing leaks from the vacancy before.
 * Also scores one slot criterion by criterion from the index columns ({@link #beroep} etc.): the
 * explanations and the cross-check test use that; the scan uses the tables built from the same rules.
 */
final class Vraag {

    /** values() copies the array on every call */
    private static final Situatie[] SITUATIES = Situatie.values();

    VacatureProfiel profiel;
    int beroep;
    int beroep1;
    /** per skill id: asked or mentioned */
    boolean[] vaardigheid = new boolean[256];
    /** the ids set in {@link #vaardigheid}, to clear them for the next vacancy */
    private int[] gezet = new int[16];
    private int aantalGezet;
    /** skills asked or mentioned, including asked ones no candidate has */
    int gevraagd;
    int opleiding;
    int uren;
    int urenMarge;
    int gebied;
    int vandaag;
    int venster;
    final int[] situatieFractie = new int[SITUATIES.length];
    private final StringBuilder zin = new StringBuilder();

    void zet(Leesbeeld x, VacatureProfiel v, LocalDate datum, Matchregels r) {
        profiel = v;
        beroep = Codering.beroepscode(v.beroepscode());
        beroep1 = beroep < 0 ? -1 : beroep / 1000;
        for (int i = 0; i < aantalGezet; i++) {
            vaardigheid[gezet[i]] = false;
        }
        aantalGezet = 0;
        if (vaardigheid.length < x.aantalVaardigheden()) {
            vaardigheid = new boolean[Math.max(x.aantalVaardigheden(), vaardigheid.length * 2)];
        }
        int aantal = 0;
        List<String> namen = v.vaardigheden();
        for (int i = 0; i < namen.size(); i++) {
            String sleutel = Codering.normaal(namen.get(i));
            if (sleutel.isEmpty()) {
                continue;
            }
            int id = x.vaardigheidId(sleutel);
            if (id < 0) {
                aantal++; // asked, but no candidate has it
            } else if (markeer(id)) {
                aantal++;
            }
        }
        gevraagd = aantal + uitTekst(x, v.tekst());
        opleiding = v.opleidingsniveau() == null ? -1 : v.opleidingsniveau().rang;
        uren = v.urenPerWeek() == null ? -1 : v.urenPerWeek();
        urenMarge = r.urenMarge();
        gebied = Codering.gebied(v.postcode4());
        vandaag = Codering.dag(datum);
        venster = r.beschikbaarBinnenDagen();
        for (Situatie s : SITUATIES) {
            situatieFractie[s.ordinal()] = Matchcriteria.situatie(v.soort(), s, v.sw());
        }
    }

    private boolean markeer(int id) {
        if (vaardigheid[id]) {
            return false;
        }
        vaardigheid[id] = true;
        if (aantalGezet == gezet.length) {
            gezet = Arrays.copyOf(gezet, aantalGezet * 2);
        }
        gezet[aantalGezet++] = id;
        return true;
    }

    /**
     * Known skills (of any candidate) the title or description mentions, as words or phrases of up
     * to three words (words: letters, digits, + and #).
     */
    private int uitTekst(Leesbeeld x, String tekst) {
        if (tekst == null || tekst.isBlank() || x.aantalVaardigheden() == 0) {
            return 0;
        }
        String t = tekst.toLowerCase(Locale.ROOT);
        int nieuw = 0;
        for (int i = volgendWoord(t, 0); i < t.length(); i = volgendWoord(t, woordEind(t, i))) {
            // the phrases starting at this word: one, two and three words, joined by one space
            zin.setLength(0);
            for (int j = i, woorden = 0; woorden < 3 && j < t.length(); woorden++) {
                if (woorden > 0) {
                    zin.append(' ');
                }
                int eind = woordEind(t, j);
                zin.append(t, j, eind);
                int id = x.vaardigheidId(zin.toString());
                if (id >= 0 && markeer(id)) {
                    nieuw++;
                }
                j = volgendWoord(t, eind);
            }
        }
        return nieuw;
    }

    /** As the pattern [\p{L}\p{N}+#]: letters, numbers, + and #. */
    private static boolean isWoordteken(int c) {
        if (c == '+' || c == '#' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static int woordEind(String t, int i) {
        while (i < t.length()) {
            int c = t.codePointAt(i);
            if (!isWoordteken(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static int volgendWoord(String t, int i) {
        while (i < t.length()) {
            int c = t.codePointAt(i);
            if (isWoordteken(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    // ---- one slot, criterion by criterion (the fractions of Matchcriteria) ----

    int beroep(Leesbeeld x, int s) {
        int beste = 0;
        for (int i = 0, n = x.beroepAantal(s); i < n; i++) {
            beste = Math.max(beste, Matchcriteria.beroep(x.beroep(s, i), beroep));
        }
        return beste;
    }

    int vaardigheden(Leesbeeld x, int s) {
        return Matchcriteria.vaardigheden(raak(x, s), gevraagd);
    }

    /** Skill entries of the slot that the vacancy asks (a duplicate entry counts twice, as in the scan). */
    int raak(Leesbeeld x, int s) {
        int raak = 0;
        for (int i = 0, n = x.vaardigheidAantal(s); i < n; i++) {
            int id = x.vaardigheid(s, i);
            if (id < vaardigheid.length && vaardigheid[id]) {
                raak++;
            }
        }
        return raak;
    }

    int opleiding(Leesbeeld x, int s) {
        return Matchcriteria.opleiding(x.opleiding(s), opleiding);
    }

    int uren(Leesbeeld x, int s) {
        return Matchcriteria.uren(x.uren(s), uren, urenMarge);
    }

    /** The vacancy's postcode area in the werkregio; without a werkregio, the candidate's own postcode area counts. */
    int regio(Leesbeeld x, int s) {
        if (gebied < 0) {
            return Matchcriteria.regio(false, false);
        }
        long laag = x.regioLaag(s);
        long hoog = x.regioHoog(s);
        boolean binnen = (laag | hoog) != 0 ? ((gebied >= 64 ? hoog : laag) & (1L << (gebied % 64))) != 0 : x.woonRegio(s) == gebied;
        return Matchcriteria.regio(true, binnen);
    }

    int beschikbaarheid(Leesbeeld x, int s) {
        return Matchcriteria.beschikbaarheid(x.beschikbaarPer(s), vandaag, venster);
    }

    int situatie(Leesbeeld x, int s) {
        return situatieFractie[x.situatie(s)];
    }
}
