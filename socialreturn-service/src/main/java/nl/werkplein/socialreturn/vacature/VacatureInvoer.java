package nl.werkplein.socialreturn.vacature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** A checked, normalised vacancy as a partner delivers it or Bureau Social Return registers it. */
public record VacatureInvoer(String referentie, String titel, String omschrijving, Soort soort, String beroepscode,
                             String postcode, int urenPerWeek, Opleidingsniveau opleidingsniveau, LocalDate sluitingsdatum,
                             boolean sw, String werkgever) {

    /** Postcode without the space, upper case: 9731 ab → 9731AB. */
    public static String normaliseerPostcode(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "").toUpperCase();
    }

    public String postcode4() {
        return postcode == null || postcode.length() < 4 ? null : postcode.substring(0, 4);
    }

    /** A fingerprint of the content: an unchanged vacancy in a later delivery has the same one. */
    public String inhoudHash() {
        String inhoud = String.join("\u001f", referentie, titel, nullSafe(omschrijving), soort.name(), beroepscode, postcode,
                Integer.toString(urenPerWeek), opleidingsniveau.name(), sluitingsdatum == null ? "" : sluitingsdatum.toString(),
                Boolean.toString(sw), nullSafe(werkgever));
        return sha256(inhoud.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }
}
