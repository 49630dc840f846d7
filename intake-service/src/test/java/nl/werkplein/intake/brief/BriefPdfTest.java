package nl.werkplein.intake.brief;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefPdfTest {

    static BriefPdf.Inhoud brief(String tekst) {
        return new BriefPdf.Inhoud(UUID.fromString("3f1c2a4e-0000-4000-8000-000000000001"),
                List.of("Gemeente Groningen", "Werk en Participatie"), List.of("J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN"),
                "Groningen", LocalDate.of(2026, 12, 1), "Vul de Entreevragenlijst in", tekst);
    }

    static String tekstVan(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void deBriefIsEenPdfMetAfzenderAdresDatumOnderwerpEnTekst() throws IOException {
        byte[] pdf = BriefPdf.render(brief("Beste klant,\n\nVul de vragenlijst in via https://werkplein.example.nl (log in met DigiD).\n\n"
                + "Met vriendelijke groet,\nWerk en Participatie"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String tekst = tekstVan(pdf);
        for (String verwacht : List.of("Gemeente Groningen", "J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN",
                "Groningen, 1 december 2026", "Onderwerp: Vul de Entreevragenlijst in", "Beste klant,", "log in met DigiD",
                "Kenmerk 3f1c2a4e-0000-4000-8000-000000000001", "pagina 1")) {
            assertTrue(tekst.contains(verwacht), verwacht + " not in:\n" + tekst);
        }
    }

    @Test
    void eenLangeTekstLooptDoorOpEenVolgendePagina() throws IOException {
        String alinea = "Dit is een lange zin over de Entreevragenlijst die over meerdere regels moet worden afgebroken. ".repeat(8);
        String lang = (alinea + "\n\n").repeat(12) + "Het einde.";
        byte[] pdf = BriefPdf.render(brief(lang + "\n" + "x".repeat(400)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
        }
        String tekst = tekstVan(pdf);
        assertTrue(tekst.contains("Het einde."), tekst);
        assertTrue(tekst.contains("pagina 2"));
    }

    @Test
    void eenTekenDatHelveticaNietKentWordtEenVraagteken() throws IOException {
        String tekst = tekstVan(BriefPdf.render(brief("Afspraak → maandag ☎ om 10:00, café en één\tkeer")));
        assertTrue(tekst.contains("Afspraak ? maandag ? om 10:00, café en één keer"), tekst);
    }
}
