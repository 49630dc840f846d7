package nl.werkplein.employer.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks the candidates of a vacancy's pool: score 0–100 as the weighted sum of seven criteria, each
 * explained in words (beroep, vaardigheden, opleiding, uren, regio, beschikbaarheid, situatie).
 * Pure and fast: one pass over the {@link KandidatenIndex} arrays with a bounded heap of the best k,
 * no allocation per candidate; only the k winners are explained. Ties go to the smaller klantId, so
 * the order never depends on how the index was filled.
 */
public final class Rangschikking {

    private final Matchregels regels;

    public Rangschikking(Matchregels regels) {
        this.regels = regels;
    }

    public Matchregels regels() {
        return regels;
    }

    /**
     * The best {@code k} available candidates of the vacancy's pool, best first, leaving out
     * {@code uitgesloten} (rejected for this vacancy).
     */
    public List<Match> rangschik(KandidatenIndex index, VacatureProfiel vacature, LocalDate vandaag, int k, Set<UUID> uitgesloten) {
        if (k <= 0) {
            return List.of();
        }
        index.lock.readLock().lock();
        try {
            byte pool = index.poolId(vacature.pool());
            if (pool < 0) {
                return List.of();
            }
            Vacature v = new Vacature(index, vacature, vandaag, regels);
            int ruimte = k + (uitgesloten == null ? 0 : uitgesloten.size());
            int[] heapSlot = new int[ruimte];
            int[] heapSom = new int[ruimte];
            int n = scan(index, v, pool, heapSlot, heapSom);
            // heap to best-first order
            int[] volgorde = new int[n];
            int[] sommen = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                volgorde[i] = heapSlot[0];
                sommen[i] = heapSom[0];
                heapSlot[0] = heapSlot[i];
                heapSom[0] = heapSom[i];
                zakIn(index, heapSlot, heapSom, i, 0);
            }
            List<Match> uit = new ArrayList<>(Math.min(k, n));
            for (int i = 0; i < n && uit.size() < k; i++) {
                int s = volgorde[i];
                UUID klantId = new UUID(index.msb[s], index.lsb[s]);
                if (uitgesloten != null && uitgesloten.contains(klantId)) {
                    continue;
                }
                uit.add(uitleg(index, s, v, sommen[i]));
            }
            return uit;
        } finally {
            index.lock.readLock().unlock();
        }
    }

    /**
     * The hot loop. Visits only the set bits of the pool's bitset (active candidates of the pool) and
     * scores each with int table lookups, no branch but the rare heap test: education and situation,
     * hours, the major group and the availability day come from one packed long ({@link KandidatenIndex#kern}),
     * the region from the area's bitset, the skill count and the unit/minor-group hit from a byte per
     * slot filled beforehand from the per-skill and per-code slot lists. The tables hold weight × fraction,
     * from the same criterion functions the explanation uses.
     */
    private int scan(KandidatenIndex x, Vacature v, byte pool, int[] heapSlot, int[] heapSom) {
        final long[] leden = x.poolLeden[pool];
        if (leden == null) {
            return 0;
        }
        final int slots = x.slots;
        // per slot: bits 0–4 skills asked that the candidate has, 5–6 occupation 1 same minor group, 2 same unit group
        final byte[] extra = new byte[slots];
        for (int id = 0; id < v.vaardigheid.length; id++) {
            if (v.vaardigheid[id] && id < x.vaardigheidLeden.size()) {
                KandidatenIndex.Lijst l = x.vaardigheidLeden.get(id);
                int[] ls = l.slots;
                for (int i = 0, n = l.n; i < n; i++) {
                    extra[ls[i]]++;
                }
            }
        }
        if (v.beroep >= 0) {
            for (int c = v.beroep3 * 10; c < v.beroep3 * 10 + 10; c++) {
                KandidatenIndex.Lijst l = x.beroepLeden[c];
                if (l == null) {
                    continue;
                }
                int klasse = c == v.beroep ? 2 << 5 : 1 << 5;
                int[] ls = l.slots;
                for (int i = 0, n = l.n; i < n; i++) {
                    int s = ls[i];
                    if ((extra[s] & 0x60) < klasse) {
                        extra[s] = (byte) ((extra[s] & 0x1F) | klasse);
                    }
                }
            }
        }
        // index: skills (0–4) | occupation class (5–6) | major group bit (7)
        final int[] extraPunten = new int[256];
        for (int i = 0; i < 256; i++) {
            int raak = Math.min(i & 0x1F, KandidatenIndex.MAX_VAARDIGHEDEN);
            int klasse = (i >>> 5) & 3;
            int fractie = v.beroep < 0 ? 0 : klasse == 2 ? 100 : klasse == 1 ? 67 : (i & 0x80) != 0 ? 33 : 0;
            extraPunten[i] = v.vaardigheidPunten[raak] + v.wBeroep * fractie;
        }
        // index: (education rank + 1) × 8 + situation
        final int[] vastePunten = new int[128];
        for (int i = 0; i < 128; i++) {
            int niveau = (i >>> 3) - 1;
            int situatie = i & 7;
            vastePunten[i] = (niveau + 1 < v.opleidingPunten.length ? v.opleidingPunten[niveau + 1] : 0)
                    + (situatie < v.situatiePunten.length ? v.situatiePunten[situatie] : 0);
        }
        final int[] urenPunten = java.util.Arrays.copyOf(v.urenPunten, 256);
        // [outside, inside]; a vacancy without postcode gives everyone the same, so any bitset will do
        final int[] regioPunten = v.gebied < 0 ? new int[] {v.regioPunten[2], v.regioPunten[2]} : new int[] {v.regioPunten[0], v.regioPunten[1]};
        final long[] regioLeden = v.gebied < 0 ? leden : x.gebiedLeden[v.gebied];
        final int[] beschikbaarPunten = v.beschikbaarPunten;
        final int vandaag = KandidatenIndex.dagCode(v.vandaag);
        final int grens = KandidatenIndex.dagCode((long) v.vandaag + Math.max(0, v.venster));
        final int groepShift = 15 + Math.max(0, v.beroep1);
        final long[] kern = x.kern;
        final int ruimte = heapSlot.length;
        int n = 0;
        int drempel = Integer.MIN_VALUE;
        for (int w = 0, woorden = KandidatenIndex.woorden(slots); w < woorden; w++) {
            long m = leden[w];
            if (m == 0) {
                continue;
            }
            final long regio = regioLeden[w];
            final int basis = w << 6;
            do {
                final int b = Long.numberOfTrailingZeros(m);
                m &= m - 1;
                final int s = basis + b;
                final long k = kern[s];
                final int per = (int) (k >>> 33);
                final int som = vastePunten[(int) k & 0x7F]
                        + urenPunten[((int) k >>> 7) & 0xFF]
                        + extraPunten[(extra[s] & 0x7F) | ((int) (k >>> groepShift) & 1) << 7]
                        + regioPunten[(int) (regio >>> b) & 1]
                        + beschikbaarPunten[((vandaag - per) >>> 31) + ((grens - per) >>> 31)];
                if (som >= drempel) {
                    if (n < ruimte) {
                        heapSlot[n] = s;
                        heapSom[n] = som;
                        rijsOp(x, heapSlot, heapSom, n++);
                    } else if (slechter(x, heapSom[0], heapSlot[0], som, s)) {
                        heapSlot[0] = s;
                        heapSom[0] = som;
                        zakIn(x, heapSlot, heapSom, n, 0);
                    }
                    if (n == ruimte) {
                        drempel = heapSom[0];
                    }
                }
            } while (m != 0);
        }
        return n;
    }

    /** True when (somA, a) ranks below (somB, b): a lower sum, or equal and a larger klantId. */
    private static boolean slechter(KandidatenIndex x, int somA, int a, int somB, int b) {
        if (somA != somB) {
            return somA < somB;
        }
        if (x.msb[a] != x.msb[b]) {
            return x.msb[a] > x.msb[b];
        }
        return x.lsb[a] > x.lsb[b];
    }

    private static void rijsOp(KandidatenIndex x, int[] slot, int[] som, int i) {
        while (i > 0) {
            int ouder = (i - 1) >>> 1;
            if (!slechter(x, som[i], slot[i], som[ouder], slot[ouder])) {
                return;
            }
            wissel(slot, som, i, ouder);
            i = ouder;
        }
    }

    private static void zakIn(KandidatenIndex x, int[] slot, int[] som, int n, int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                return;
            }
            int slechtste = l;
            int r = l + 1;
            if (r < n && slechter(x, som[r], slot[r], som[l], slot[l])) {
                slechtste = r;
            }
            if (!slechter(x, som[slechtste], slot[slechtste], som[i], slot[i])) {
                return;
            }
            wissel(slot, som, i, slechtste);
            i = slechtste;
        }
    }

    private static void wissel(int[] slot, int[] som, int a, int b) {
        int t = slot[a];
        slot[a] = slot[b];
        slot[b] = t;
        t = som[a];
        som[a] = som[b];
        som[b] = t;
    }

    // ---- the criteria, each a fraction 0..100; the scan and the explanation share them ----

    /** Same ISCO-08 unit group (4 digits) 100, same minor group (3 digits) 67, same major group 33. */
    static int beroep(KandidatenIndex x, int s, Vacature v) {
        if (v.beroep < 0) {
            return 0;
        }
        int beste = 0;
        int basis = s * KandidatenIndex.MAX_BEROEPEN;
        int aantal = x.beroepAantal[s];
        for (int i = 0; i < aantal; i++) {
            beste = Math.max(beste, beroepFractie(x.beroep[basis + i], v));
        }
        return beste;
    }

    static int beroepFractie(int c, Vacature v) {
        if (v.beroep < 0 || c < 0) {
            return 0;
        }
        return c == v.beroep ? 100 : c / 10 == v.beroep3 ? 67 : c / 1000 == v.beroep1 ? 33 : 0;
    }

    /** The share of the skills the vacancy asks (or mentions) that the candidate has. */
    static int vaardigheden(KandidatenIndex x, int s, Vacature v) {
        if (v.gevraagd == 0) {
            return 0;
        }
        int raak = 0;
        int basis = s * KandidatenIndex.MAX_VAARDIGHEDEN;
        int aantal = x.vaardigheidAantal[s];
        boolean[] gezocht = v.vaardigheid;
        for (int i = 0; i < aantal; i++) {
            int id = x.vaardigheid[basis + i];
            if (id < gezocht.length && gezocht[id]) {
                raak++;
            }
        }
        return vaardigheidFractie(raak, v.gevraagd);
    }

    static int vaardigheidFractie(int raak, int gevraagd) {
        return gevraagd == 0 ? 0 : raak >= gevraagd ? 100 : raak * 100 / gevraagd;
    }

    /** At least the level asked 100, one level below 50; no level asked 100; unknown 0. */
    static int opleiding(KandidatenIndex x, int s, Vacature v) {
        if (v.opleiding < 0) {
            return 100;
        }
        return opleidingFractie(x.opleiding[s], v.opleiding);
    }

    static int opleidingFractie(int niveau, int gevraagd) {
        if (gevraagd < 0) {
            return 100;
        }
        if (niveau < 0) {
            return 0;
        }
        return niveau >= gevraagd ? 100 : niveau == gevraagd - 1 ? 50 : 0;
    }

    /** Hours within the margin 100, within twice the margin 50; unknown on either side 50. */
    static int uren(KandidatenIndex x, int s, Vacature v) {
        return urenFractie(x.uren[s], v.uren, v.urenMarge);
    }

    static int urenFractie(int u, int gevraagd, int marge) {
        if (gevraagd < 0 || u < 0) {
            return 50;
        }
        int verschil = Math.abs(u - gevraagd);
        return verschil <= marge ? 100 : verschil <= 2 * marge ? 50 : 0;
    }

    /**
     * The vacancy's postcode area (first two digits) in the candidate's werkregio 100; without a
     * werkregio, the candidate's own postcode area counts; vacancy without postcode 50.
     */
    static int regio(KandidatenIndex x, int s, Vacature v) {
        if (v.gebied < 0) {
            return 50;
        }
        long laag = x.regioLaag[s];
        long hoog = x.regioHoog[s];
        if ((laag | hoog) != 0) {
            return ((v.gebied >= 64 ? hoog : laag) & v.gebiedBit) != 0 ? 100 : 0;
        }
        return x.woonRegio[s] == v.gebied ? 100 : 0;
    }

    /** Available today 100, within the window 50, later 0. */
    static int beschikbaarheid(KandidatenIndex x, int s, Vacature v) {
        int per = x.beschikbaarPer[s];
        return per <= v.vandaag ? 100 : per <= v.vandaag + v.venster ? 50 : 0;
    }

    /**
     * Domain.md 4.3: a werkleerplek fits Klantondersteuning phase 2 and SW'ers between two
     * secondments, and keeps job-ready clients fit; a regular job fits the job-ready first. Fractions
     * per kind of place and situation (order of {@link Situatie}).
     */
    static final int[][] SITUATIE = {
            // ZELFDOENER, KO_BEPERKTE_STEUN, KO_WERKLEERPLEK, KO_DIAGNOSE, SW
            {100, 100, 50, 0, 50},   // BAAN
            {50, 50, 100, 25, 100},  // WERKLEERPLEK
            {75, 75, 50, 0, 100},    // DETACHERING
            {100, 100, 75, 25, 50},  // OPLEIDINGSPLAATS
    };

    static String situatieToelichting(VacatureSoort soort, Situatie situatie, boolean sw) {
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

    private Match uitleg(KandidatenIndex x, int s, Vacature v, int som) {
        KandidaatProfiel p = x.profiel[s];
        List<Match.Criterium> criteria = new ArrayList<>(7);
        int f = beroep(x, s, v);
        criteria.add(criterium("BEROEP", regels.gewichtBeroep(), f, beroepToelichting(p, v, f)));
        f = vaardigheden(x, s, v);
        criteria.add(criterium("VAARDIGHEDEN", regels.gewichtVaardigheden(), f, vaardighedenToelichting(x, s, v)));
        f = opleiding(x, s, v);
        criteria.add(criterium("OPLEIDING", regels.gewichtOpleiding(), f, v.opleiding < 0 ? "geen opleidingsniveau gevraagd"
                : p.opleidingsniveau() == null ? "opleidingsniveau onbekend" : p.opleidingsniveau() + " bij gevraagd " + v.profiel.opleidingsniveau()));
        f = uren(x, s, v);
        criteria.add(criterium("UREN", regels.gewichtUren(), f, v.uren < 0 || x.uren[s] < 0 ? "uren onbekend"
                : x.uren[s] + " uur gewenst bij " + v.uren + " uur per week"));
        f = regio(x, s, v);
        criteria.add(criterium("REGIO", regels.gewichtRegio(), f, regioToelichting(p, v, f)));
        f = beschikbaarheid(x, s, v);
        criteria.add(criterium("BESCHIKBAARHEID", regels.gewichtBeschikbaarheid(), f, p.beschikbaarPer() == null
                || f == 100 ? "direct beschikbaar" : "beschikbaar per " + p.beschikbaarPer()));
        f = v.situatieFractie[x.situatie[s]];
        criteria.add(criterium("SITUATIE", regels.gewichtSituatie(), f, situatieToelichting(v.profiel.soort(), p.situatie(), v.profiel.sw())));
        List<String> redenen = new ArrayList<>(criteria.size());
        for (Match.Criterium c : criteria) {
            redenen.add(c.alsReden());
        }
        int totaal = Math.max(1, regels.totaal());
        int score = (2 * som + totaal) / (2 * totaal);
        return new Match(p.klantId(), Math.min(100, score), List.copyOf(redenen), List.copyOf(criteria));
    }

    private static Match.Criterium criterium(String naam, int gewicht, int fractie, String toelichting) {
        return new Match.Criterium(naam, (gewicht * fractie + 50) / 100, gewicht, toelichting);
    }

    private static String beroepToelichting(KandidaatProfiel p, Vacature v, int f) {
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
            case 100 -> "zelfde beroep " + code + " (" + bron + ")";
            case 67 -> "zelfde beroepsgroep " + code.substring(0, 3) + " (" + bron + " " + beste + ")";
            case 33 -> "zelfde hoofdgroep " + code.charAt(0) + " (" + bron + " " + beste + ")";
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

    private static String vaardighedenToelichting(KandidatenIndex x, int s, Vacature v) {
        if (v.gevraagd == 0) {
            return "vacature noemt geen bekende vaardigheden";
        }
        List<String> raak = new ArrayList<>();
        int basis = s * KandidatenIndex.MAX_VAARDIGHEDEN;
        for (int i = 0; i < x.vaardigheidAantal[s]; i++) {
            int id = x.vaardigheid[basis + i];
            if (id < v.vaardigheid.length && v.vaardigheid[id]) {
                raak.add(x.vaardigheidNamen.get(id));
            }
        }
        return raak.size() + " van " + v.gevraagd + " gevraagde vaardigheden" + (raak.isEmpty() ? "" : ": " + String.join(", ", raak));
    }

    private static String regioToelichting(KandidaatProfiel p, Vacature v, int f) {
        if (v.gebied < 0) {
            return "vacature zonder postcode";
        }
        String gebied = String.format("%02d", v.gebied);
        if (!p.werkregio().isEmpty()) {
            return f == 100 ? "postcodegebied " + gebied + " in de werkregio" : "postcodegebied " + gebied + " buiten de werkregio " + p.werkregio();
        }
        return f == 100 ? "woont in postcodegebied " + gebied : "woont buiten postcodegebied " + gebied;
    }

    /** A vacancy's values, computed once per ranking. */
    static final class Vacature {
        final VacatureProfiel profiel;
        final int beroep;
        final int beroep3;
        final int beroep1;
        final boolean[] vaardigheid;
        final int gevraagd;
        final int opleiding;
        final int uren;
        final int urenMarge;
        final int gebied;
        final long gebiedBit;
        final int vandaag;
        final int venster;
        final int[] situatieFractie;
        /** weight × fraction, looked up per candidate by the scan */
        final int[] vaardigheidPunten = new int[KandidatenIndex.MAX_VAARDIGHEDEN + 1];
        final int[] opleidingPunten = new int[16];
        final int[] urenPunten = new int[KandidatenIndex.MAX_UREN + 2];
        final int[] situatiePunten = new int[Situatie.values().length];
        /** [outside, inside, vacancy without postcode] */
        final int[] regioPunten = new int[3];
        /** [available, within the window, later] */
        final int[] beschikbaarPunten = new int[3];
        final int wBeroep;
        final int wVaardigheden;
        final int wOpleiding;
        final int wUren;
        final int wRegio;
        final int wBeschikbaarheid;
        final int wSituatie;

        Vacature(KandidatenIndex x, VacatureProfiel v, LocalDate vandaag, Matchregels r) {
            this.profiel = v;
            beroep = KandidatenIndex.beroepscode(v.beroepscode());
            beroep3 = beroep < 0 ? -1 : beroep / 10;
            beroep1 = beroep < 0 ? -1 : beroep / 1000;
            vaardigheid = new boolean[x.vaardigheidNamen.size()];
            int aantal = 0;
            for (String naam : v.vaardigheden()) {
                String sleutel = KandidatenIndex.normaal(naam);
                if (sleutel.isEmpty()) {
                    continue;
                }
                Integer id = x.vaardigheidIds.get(sleutel);
                if (id == null) {
                    aantal++; // asked, but no candidate has it
                } else if (!vaardigheid[id]) {
                    vaardigheid[id] = true;
                    aantal++;
                }
            }
            aantal += uitTekst(x, v.tekst(), vaardigheid);
            gevraagd = aantal;
            opleiding = v.opleidingsniveau() == null ? -1 : v.opleidingsniveau().rang;
            uren = v.urenPerWeek() == null ? -1 : v.urenPerWeek();
            urenMarge = r.urenMarge();
            gebied = KandidatenIndex.gebied(v.postcode4());
            gebiedBit = gebied < 0 ? 0 : 1L << (gebied % 64);
            this.vandaag = KandidatenIndex.dag(vandaag);
            venster = r.beschikbaarBinnenDagen();
            situatieFractie = SITUATIE[(v.soort() == null ? VacatureSoort.BAAN : v.soort()).ordinal()].clone();
            if (v.sw()) {
                situatieFractie[Situatie.SW.ordinal()] = 100;
            }
            wBeroep = r.gewichtBeroep();
            wVaardigheden = r.gewichtVaardigheden();
            wOpleiding = r.gewichtOpleiding();
            wUren = r.gewichtUren();
            wRegio = r.gewichtRegio();
            wBeschikbaarheid = r.gewichtBeschikbaarheid();
            wSituatie = r.gewichtSituatie();
            for (int raak = 0; raak < vaardigheidPunten.length; raak++) {
                vaardigheidPunten[raak] = wVaardigheden * vaardigheidFractie(raak, gevraagd);
            }
            for (int niveau = -1; niveau < opleidingPunten.length - 1; niveau++) {
                opleidingPunten[niveau + 1] = wOpleiding * opleidingFractie(niveau, opleiding);
            }
            int urenVan = uren < 0 ? 0 : Math.max(0, uren - 2 * urenMarge);
            int urenTot = uren < 0 ? -1 : Math.min(urenPunten.length - 2, uren + 2 * urenMarge);
            urenPunten[0] = wUren * urenFractie(-1, uren, urenMarge);
            if (uren < 0) {
                java.util.Arrays.fill(urenPunten, wUren * 50);
            }
            for (int u = urenVan; u <= urenTot; u++) {
                urenPunten[u + 1] = wUren * urenFractie(u, uren, urenMarge);
            }
            for (int i = 0; i < situatiePunten.length; i++) {
                situatiePunten[i] = wSituatie * situatieFractie[i];
            }
            regioPunten[0] = 0;
            regioPunten[1] = wRegio * 100;
            regioPunten[2] = wRegio * 50;
            beschikbaarPunten[0] = wBeschikbaarheid * 100;
            beschikbaarPunten[1] = wBeschikbaarheid * 50;
            beschikbaarPunten[2] = 0;
        }

        /** Known skills (of any candidate) the title or description mentions, as words or phrases of up to three words. */
        private static int uitTekst(KandidatenIndex x, String tekst, boolean[] vaardigheid) {
            if (tekst == null || tekst.isBlank() || x.vaardigheidIds.isEmpty()) {
                return 0;
            }
            String[] woorden = tekst.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}+#]+");
            int nieuw = 0;
            for (int i = 0; i < woorden.length; i++) {
                StringBuilder zin = new StringBuilder();
                for (int j = i; j < Math.min(woorden.length, i + 3); j++) {
                    if (woorden[j].isEmpty()) {
                        break;
                    }
                    if (j > i) {
                        zin.append(' ');
                    }
                    zin.append(woorden[j]);
                    Integer id = x.vaardigheidIds.get(zin.toString());
                    if (id != null && !vaardigheid[id]) {
                        vaardigheid[id] = true;
                        nieuw++;
                    }
                }
            }
            return nieuw;
        }
    }
}
