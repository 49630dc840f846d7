package nl.werkplein.intake.aanvraag;

import nl.werkplein.intake.beeindiging.BeeindigingReden;
import nl.werkplein.intake.besluit.BesluitRequest.Uitkomst;
import nl.werkplein.intake.verplichting.VerplichtingSoort;
import nl.werkplein.intake.verplichting.VerplichtingenStand;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transitions on the aggregate (domain.md 1.9–1.11), without Quarkus. */
class AanvraagRegelsTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-05-01T10:00:00+02:00");
    private static final VerplichtingenStand ALLES = VerplichtingenStand.van(Map.of(VerplichtingSoort.UWV_INSCHRIJVING, true,
            VerplichtingSoort.CV, true, VerplichtingSoort.SOLLICITATIES, true, VerplichtingSoort.ENTREEVRAGENLIJST, true));
    private static final VerplichtingenStand ZONDER_CV = VerplichtingenStand.van(Map.of(VerplichtingSoort.UWV_INSCHRIJVING, true,
            VerplichtingSoort.SOLLICITATIES, true, VerplichtingSoort.ENTREEVRAGENLIJST, true));

    static Aanvraag aanvraag(AanvraagStatus status) {
        Aanvraag a = new Aanvraag();
        a.id = UUID.randomUUID();
        a.status = status;
        a.aanvraagdatum = LocalDate.of(2026, 3, 2);
        a.ingangsdatumUitkering = LocalDate.of(2026, 3, 2);
        return a;
    }

    static Problem probleem(Executable actie) {
        return assertThrows(ProblemException.class, actie).problem();
    }

    static List<String> velden(Problem p) {
        return p.invalidParams().stream().map(Problem.InvalidParam::name).toList();
    }

    @Test
    void hetBesluitLegtOordeelEnGeregistreerdeStandVast() {
        Aanvraag a = aanvraag(AanvraagStatus.GESPREK_GEPLAND);
        a.besluit(Uitkomst.TOEGEKEND, true, null, ALLES, "r-1", NU);
        assertEquals(AanvraagStatus.TOEGEKEND, a.status);
        assertEquals(ALLES, a.besluitStand);
        assertEquals("r-1", a.besluitDoor);
        assertTrue(a.verplichtingenNagekomen);
    }

    @Test
    void eenOordeelDatAfwijktVanDeStandVraagtEenReden() {
        Aanvraag a = aanvraag(AanvraagStatus.GESPREK_GEPLAND);
        Problem p = probleem(() -> a.besluit(Uitkomst.TOEGEKEND, true, " ", ZONDER_CV, "r-1", NU));
        assertEquals(400, p.status());
        assertEquals(List.of("reden"), velden(p));
        assertTrue(p.invalidParams().get(0).reason().contains("CV"), "says which obligation is open");
        assertEquals(AanvraagStatus.GESPREK_GEPLAND, a.status, "nothing changed");
        Problem andersom = probleem(() -> a.besluit(Uitkomst.TOEGEKEND, false, null, ALLES, "r-1", NU));
        assertEquals(List.of("reden"), velden(andersom));
        a.besluit(Uitkomst.TOEGEKEND, true, "cv gezien in het gesprek", ZONDER_CV, "r-1", NU);
        assertEquals(ZONDER_CV, a.besluitStand);
        assertEquals("cv gezien in het gesprek", a.besluitReden);
    }

    @Test
    void eenOordeelGelijkAanDeStandHeeftGeenRedenNodig() {
        Aanvraag a = aanvraag(AanvraagStatus.GESPREK_GEPLAND);
        a.besluit(Uitkomst.TOEGEKEND, false, null, ZONDER_CV, "r-1", NU);
        assertEquals(AanvraagStatus.TOEGEKEND, a.status);
    }

    @Test
    void afwijzenVraagtAltijdEenRedenEnBesluitenAlleenNaHetGesprek() {
        assertEquals(List.of("reden"), velden(probleem(() -> aanvraag(AanvraagStatus.GESPREK_GEPLAND)
                .besluit(Uitkomst.AFGEWEZEN, false, null, ZONDER_CV, "r", NU))));
        for (AanvraagStatus status : List.of(AanvraagStatus.INGEDIEND, AanvraagStatus.ZOEKPERIODE, AanvraagStatus.TOEGEKEND,
                AanvraagStatus.AFGEWEZEN, AanvraagStatus.UITGESTROOMD, AanvraagStatus.BEEINDIGD)) {
            Problem p = probleem(() -> aanvraag(status).besluit(Uitkomst.TOEGEKEND, true, "x", ALLES, "r", NU));
            assertEquals(409, p.status());
            assertTrue(p.detail().contains(status.name()), "names the state: " + p.detail());
        }
    }

    @Test
    void eenJongereZonderStartkwalificatieWordtPasToegekendMetDeUitzondering() {
        Aanvraag a = aanvraag(AanvraagStatus.GESPREK_GEPLAND);
        a.adviesTerugNaarSchool = true;
        Problem p = probleem(() -> a.besluit(Uitkomst.TOEGEKEND, true, null, ALLES, "r", NU));
        assertEquals(409, p.status());
        assertTrue(p.detail().contains("startkwalificatie-uitzondering"), p.detail());
        // refusing needs no exception
        Aanvraag b = aanvraag(AanvraagStatus.GESPREK_GEPLAND);
        b.adviesTerugNaarSchool = true;
        b.besluit(Uitkomst.AFGEWEZEN, true, "terug naar school", ALLES, "r", NU);
        assertEquals(AanvraagStatus.AFGEWEZEN, b.status);

        a.startkwalificatieUitzondering = "mantelzorg; verklaring wijkteam";
        a.besluit(Uitkomst.TOEGEKEND, true, null, ALLES, "r", NU);
        assertEquals(AanvraagStatus.TOEGEKEND, a.status);
    }

    @Test
    void eenToegekendeUitkeringEindigtNietVoorDeIngangsdatum() {
        Aanvraag a = aanvraag(AanvraagStatus.TOEGEKEND);
        Problem p = probleem(() -> a.beeindig(BeeindigingReden.WERK, LocalDate.of(2026, 3, 1), null, "c", NU));
        assertEquals(List.of("datum"), velden(p));
        assertEquals(AanvraagStatus.TOEGEKEND, a.status);
        UUID plaatsing = UUID.randomUUID();
        a.beeindig(BeeindigingReden.WERK, LocalDate.of(2026, 3, 2), plaatsing, "employer-service", NU);
        assertEquals(AanvraagStatus.BEEINDIGD, a.status);
        assertEquals(LocalDate.of(2026, 3, 2), a.beeindigdOp);
        assertEquals(plaatsing, a.beeindigingPlaatsingId);
        assertFalse(a.isOpen(), "BEEINDIGD is not open: a new aanvraag may follow");
        Problem nogmaals = probleem(() -> a.beeindig(BeeindigingReden.OVERIG, LocalDate.of(2026, 6, 1), null, "c", NU));
        assertEquals(409, nogmaals.status());
        assertTrue(nogmaals.detail().contains("BEEINDIGD"));
    }

    @Test
    void eenPlaatsingMetVolledigeUitstroomBeeindigtOpDeStartdatumMaarNooitVoorDeIngangsdatum() {
        UUID plaatsing = UUID.randomUUID();
        Aanvraag a = aanvraag(AanvraagStatus.TOEGEKEND);
        a.beeindigDoorPlaatsing(plaatsing, LocalDate.of(2026, 5, 4), "employer-service", NU);
        assertEquals(BeeindigingReden.WERK, a.beeindigingReden);
        assertEquals(LocalDate.of(2026, 5, 4), a.beeindigdOp);
        assertEquals(plaatsing, a.beeindigingPlaatsingId);
        Aanvraag vroeg = aanvraag(AanvraagStatus.TOEGEKEND);
        vroeg.beeindigDoorPlaatsing(plaatsing, LocalDate.of(2026, 2, 1), "employer-service", NU);
        assertEquals(LocalDate.of(2026, 3, 2), vroeg.beeindigdOp, "a placement begun before the benefit ends it on its first day");
        assertEquals(409, probleem(() -> aanvraag(AanvraagStatus.AFGEWEZEN)
                .beeindigDoorPlaatsing(plaatsing, LocalDate.of(2026, 5, 4), "employer-service", NU)).status());
    }

    @Test
    void alleenEenToegekendeUitkeringKanEindigen() {
        for (AanvraagStatus status : List.of(AanvraagStatus.INGEDIEND, AanvraagStatus.ZOEKPERIODE, AanvraagStatus.GESPREK_GEPLAND,
                AanvraagStatus.AFGEWEZEN, AanvraagStatus.UITGESTROOMD)) {
            Problem p = probleem(() -> aanvraag(status).beeindig(BeeindigingReden.VERHUIZING, LocalDate.of(2026, 6, 1), null, "c", NU));
            assertEquals(409, p.status());
            assertTrue(p.detail().contains(status.name()));
        }
    }

    @Test
    void eenVoorschotAlleenBijEenBevestigdeOnbeslisteAanvraagEnNietVoorDeAanvraagdatum() {
        LocalDate vandaag = LocalDate.of(2026, 4, 1);
        aanvraag(AanvraagStatus.ZOEKPERIODE).vereisVoorschotMogelijk(vandaag, vandaag);
        aanvraag(AanvraagStatus.GESPREK_GEPLAND).vereisVoorschotMogelijk(LocalDate.of(2026, 3, 2), vandaag);
        assertEquals(List.of("datum"), velden(probleem(() -> aanvraag(AanvraagStatus.ZOEKPERIODE)
                .vereisVoorschotMogelijk(LocalDate.of(2026, 3, 1), vandaag))));
        assertEquals(List.of("datum"), velden(probleem(() -> aanvraag(AanvraagStatus.ZOEKPERIODE)
                .vereisVoorschotMogelijk(vandaag.plusDays(1), vandaag))));
        for (AanvraagStatus status : List.of(AanvraagStatus.INGEDIEND, AanvraagStatus.TOEGEKEND, AanvraagStatus.AFGEWEZEN,
                AanvraagStatus.UITGESTROOMD, AanvraagStatus.BEEINDIGD)) {
            assertEquals(409, probleem(() -> aanvraag(status).vereisVoorschotMogelijk(vandaag, vandaag)).status());
        }
    }

    @Test
    void eenIngediendeAanvraagWordtEenKeerBevestigdEnDanBegintDeZoekperiode() {
        Aanvraag a = aanvraag(AanvraagStatus.INGEDIEND);
        assertTrue(a.bevestig(NU));
        assertEquals(AanvraagStatus.ZOEKPERIODE, a.status);
        assertEquals(NU, a.bevestigdOp);
        assertFalse(a.bevestig(NU.plusHours(1)), "nogmaals bevestigen verandert niets");
        assertEquals(NU, a.bevestigdOp);
        a.status = AanvraagStatus.GESPREK_GEPLAND;
        assertFalse(a.bevestig(NU.plusDays(30)), "ook later niet: bevestigd is bevestigd");
        assertEquals(AanvraagStatus.GESPREK_GEPLAND, a.status);
    }

    @Test
    void eenNooitBevestigdeAanvraagDieNietMeerIngediendIsKanNietWordenBevestigd() {
        Aanvraag a = aanvraag(AanvraagStatus.UITGESTROOMD);
        Problem p = probleem(() -> a.bevestig(NU));
        assertEquals(409, p.status());
        assertTrue(p.detail().contains("UITGESTROOMD"), p.detail());
        assertEquals(AanvraagStatus.UITGESTROOMD, a.status);
    }

    @Test
    void uitstromenKanVanuitElkeOpenStatusEnLegtDeRedenVast() {
        for (AanvraagStatus status : AanvraagStatus.OPEN) {
            Aanvraag a = aanvraag(status);
            a.stroomUit(UitstroomReden.WERK, NU);
            assertEquals(AanvraagStatus.UITGESTROOMD, a.status);
            assertEquals(UitstroomReden.WERK, a.uitstroomReden);
            assertEquals(NU, a.uitgestroomdOp);
        }
    }

    @Test
    void eenAfgerondeAanvraagStroomtNietMeerUit() {
        for (AanvraagStatus status : List.of(AanvraagStatus.TOEGEKEND, AanvraagStatus.AFGEWEZEN,
                AanvraagStatus.UITGESTROOMD, AanvraagStatus.BEEINDIGD)) {
            Aanvraag a = aanvraag(status);
            Problem p = probleem(() -> a.stroomUit(UitstroomReden.OPLEIDING, NU));
            assertEquals(409, p.status());
            assertTrue(p.detail().contains(status.name()), p.detail());
            assertEquals(status, a.status);
            assertEquals(null, a.uitstroomReden);
        }
    }

    @Test
    void naDeZoekperiodeWordtHetGesprekGeplandEnAndersNiet() {
        Aanvraag a = aanvraag(AanvraagStatus.ZOEKPERIODE);
        a.planGesprek(NU.plusDays(3));
        assertEquals(AanvraagStatus.GESPREK_GEPLAND, a.status);
        assertEquals(NU.plusDays(3), a.gesprekOp);
        for (AanvraagStatus status : List.of(AanvraagStatus.INGEDIEND, AanvraagStatus.GESPREK_GEPLAND, AanvraagStatus.TOEGEKEND,
                AanvraagStatus.UITGESTROOMD)) {
            Aanvraag b = aanvraag(status);
            assertEquals(409, probleem(() -> b.planGesprek(NU)).status());
            assertEquals(status, b.status);
        }
    }
}
