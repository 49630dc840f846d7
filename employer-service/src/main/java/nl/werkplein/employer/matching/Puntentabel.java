package nl.werkplein.employer.matching;

import java.util.Arrays;

/**
 * The point tables of one vacancy: weight × fraction per packed candidate value, so the scan sums
 * five int lookups per candidate. Built from {@link Matchcriteria}, the same rules the explanation
 * uses. Reused (one per {@link Kladblok}): {@link #vul} overwrites every entry.
 */
final class Puntentabel {

    /** index: skills hit (bits 0–4) | occupation class (5–6: 2 unit group, 1 minor group) | major group bit (7) */
    final int[] extra = new int[256];
    /** index: (education rank + 1) × 8 + situation, as in the low 7 bits of the packed column */
    final int[] vast = new int[128];
    /** index: hours + 1 (0 unknown), as in bits 7–14 of the packed column */
    final int[] uren = new int[256];
    /** [outside, inside] the vacancy's postcode area */
    final int[] regio = new int[2];
    /** [available, within the window, later] */
    final int[] beschikbaar = new int[3];

    void vul(Vraag v, Matchregels r) {
        int wBeroep = r.gewichtBeroep();
        int wVaardigheden = r.gewichtVaardigheden();
        for (int i = 0; i < extra.length; i++) {
            int raak = Math.min(i & 0x1F, Kolommen.MAX_VAARDIGHEDEN);
            int klasse = (i >>> 5) & 3;
            int fractie = v.beroep < 0 ? 0 : klasse == 2 ? Matchcriteria.EENHEIDSGROEP : klasse == 1 ? Matchcriteria.SUBGROEP
                    : (i & 0x80) != 0 ? Matchcriteria.HOOFDGROEP : 0;
            extra[i] = wVaardigheden * Matchcriteria.vaardigheden(raak, v.gevraagd) + wBeroep * fractie;
        }
        int wOpleiding = r.gewichtOpleiding();
        int wSituatie = r.gewichtSituatie();
        for (int i = 0; i < vast.length; i++) {
            int rang = (i >>> 3) - 1;
            int situatie = i & 7;
            vast[i] = wOpleiding * Matchcriteria.opleiding(rang, v.opleiding)
                    + (situatie < v.situatieFractie.length ? wSituatie * v.situatieFractie[situatie] : 0);
        }
        int wUren = r.gewichtUren();
        Arrays.fill(uren, 0);
        for (int u = -1; u <= Kolommen.MAX_UREN; u++) {
            uren[u + 1] = wUren * Matchcriteria.uren(u, v.uren, v.urenMarge);
        }
        int wRegio = r.gewichtRegio();
        boolean postcode = v.gebied >= 0;
        regio[0] = wRegio * Matchcriteria.regio(postcode, false);
        regio[1] = wRegio * Matchcriteria.regio(postcode, true);
        int wBeschikbaar = r.gewichtBeschikbaarheid();
        beschikbaar[0] = wBeschikbaar * 100;
        beschikbaar[1] = wBeschikbaar * 50;
        beschikbaar[2] = 0;
    }
}
