package nl.werkplein.intake.brief;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Renders one letter as an A4 PDF for a window envelope: the sender top right, the address where the
 * window is (25 mm from the left, 50 mm from the top), place and date, the subject, the text wrapped
 * to the page, and on every page the letter's reference (its id, never a BSN) and the page number.
 * Only the standard Helvetica is used, so nothing is embedded; a character it cannot print becomes "?".
 */
public final class BriefPdf {

    public record Inhoud(UUID id, List<String> afzender, List<String> adresregels, String plaats, LocalDate datum,
                         String onderwerp, String tekst) {
    }

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LINKS = 25 * MM;
    private static final float RECHTS = A4.getWidth() - 20 * MM;
    private static final float ONDER = 25 * MM;
    private static final float TEKST = 11;
    private static final float REGEL = 15;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private BriefPdf() {
    }

    public static byte[] render(Inhoud brief) {
        try (PDDocument doc = new PDDocument()) {
            Schrijver s = new Schrijver(doc, brief.id());
            doc.getDocumentInformation().setTitle(s.drukbaar(brief.onderwerp()));
            doc.getDocumentInformation().setCreator("Werkplein intake-service");
            float y = A4.getHeight() - 20 * MM;
            for (String regel : brief.afzender()) {
                s.rechts(regel, 9, y);
                y -= 12;
            }
            y = A4.getHeight() - 50 * MM;
            for (String regel : brief.adresregels()) {
                s.tekst(regel, s.gewoon, TEKST, LINKS, y);
                y -= REGEL;
            }
            y = A4.getHeight() - 100 * MM;
            s.tekst(brief.plaats() + ", " + DATUM.format(brief.datum()), s.gewoon, TEKST, LINKS, y);
            y -= 2 * REGEL;
            s.tekst("Onderwerp: " + brief.onderwerp(), s.vet, TEKST, LINKS, y);
            y -= 2 * REGEL;
            for (String regel : s.afbreken(brief.tekst(), RECHTS - LINKS)) {
                if (y < ONDER + 2 * REGEL) {
                    s.nieuwePagina();
                    y = A4.getHeight() - 30 * MM;
                }
                s.tekst(regel, s.gewoon, TEKST, LINKS, y);
                y -= REGEL;
            }
            s.sluit();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages and their content streams; one at a time. */
    private static final class Schrijver {
        final PDDocument doc;
        final UUID id;
        final PDType1Font gewoon = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font vet = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final Map<Integer, Boolean> tekens = new HashMap<>();
        PDPageContentStream stroom;
        int pagina;

        Schrijver(PDDocument doc, UUID id) throws IOException {
            this.doc = doc;
            this.id = id;
            nieuwePagina();
        }

        void nieuwePagina() throws IOException {
            sluit();
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            stroom = new PDPageContentStream(doc, page);
            pagina++;
            tekst("Kenmerk " + id + "  -  pagina " + pagina, gewoon, 8, LINKS, 12 * MM);
        }

        void sluit() throws IOException {
            if (stroom != null) {
                stroom.close();
                stroom = null;
            }
        }

        void tekst(String regel, PDType1Font font, float grootte, float x, float y) throws IOException {
            stroom.beginText();
            stroom.setFont(font, grootte);
            stroom.newLineAtOffset(x, y);
            stroom.showText(drukbaar(regel));
            stroom.endText();
        }

        void rechts(String regel, float grootte, float y) throws IOException {
            String d = drukbaar(regel);
            tekst(d, gewoon, grootte, RECHTS - breedte(d, grootte), y);
        }

        float breedte(String drukbaar, float grootte) throws IOException {
            return gewoon.getStringWidth(drukbaar) / 1000f * grootte;
        }

        /** What Helvetica (WinAnsi) can print: tabs as spaces, other control characters left out, the rest "?". */
        String drukbaar(String tekst) {
            StringBuilder out = new StringBuilder();
            tekst.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    out.append(' ');
                } else if (Character.isISOControl(cp)) {
                    // nothing: line ends are handled by the caller
                } else if (tekens.computeIfAbsent(cp, this::kan)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean kan(int cp) {
            try {
                gewoon.encode(new String(Character.toChars(cp)));
                vet.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        /** The text in lines that fit the width: on spaces, a word longer than a line cut where it must. */
        List<String> afbreken(String tekst, float max) throws IOException {
            List<String> regels = new ArrayList<>();
            for (String alinea : tekst.split("\\R", -1)) {
                String d = drukbaar(alinea).stripTrailing();
                if (d.isBlank()) {
                    regels.add("");
                    continue;
                }
                StringBuilder regel = new StringBuilder();
                for (String woord : d.split(" +")) {
                    String kandidaat = regel.isEmpty() ? woord : regel + " " + woord;
                    if (breedte(kandidaat, TEKST) <= max) {
                        regel.setLength(0);
                        regel.append(kandidaat);
                        continue;
                    }
                    if (!regel.isEmpty()) {
                        regels.add(regel.toString());
                        regel.setLength(0);
                    }
                    String rest = woord;
                    while (breedte(rest, TEKST) > max) {
                        int n = rest.length() - 1;
                        while (n > 1 && breedte(rest.substring(0, n), TEKST) > max) {
                            n--;
                        }
                        regels.add(rest.substring(0, n));
                        rest = rest.substring(n);
                    }
                    regel.append(rest);
                }
                regels.add(regel.toString());
            }
            return regels;
        }
    }
}
