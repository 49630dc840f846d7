package nl.werkplein.intake.klant;


import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BSN key ring (framework-free): numbered key versions, each an AES-256 key and an HMAC key. The
 * active version encrypts and hashes new BSNs; the others only decrypt and find what they wrote.
 * <p>
 * Ciphertext: {@code v<versie>:<base64(iv || AES-GCM(bsn) || tag)>}, the prefix authenticated as
 * AES-GCM associated data, so a swapped prefix fails instead of decrypting under another key. A
 * ciphertext without prefix is the format from before key versions (one key, no associated data):
 * it belongs to {@link #ZONDER_PREFIX}, version 1. Migration V7 reads the version from the prefix
 * the same way ({@code klant.bsn_sleutelversie}); keep the two in step.
 * <p>
 * The HMAC (the blind index {@code klant.bsn_hmac}) is versioned with the row: a row on version n has
 * its ciphertext and its HMAC under version n's keys, and the re-encryption rewrites both at once.
 * A lookup computes the HMAC under every configured version ({@link #hmacs}).
 */
public final class BsnSleutelring {

    /** The key version of a ciphertext without prefix (written before key versions existed). */
    public static final int ZONDER_PREFIX = 1;
    public static final int MAX_VERSIE = 999_999;

    private static final Pattern PREFIX = Pattern.compile("^v([1-9][0-9]{0,5}):");
    /** A key id in configuration and in the API: "v" and the version number, as in the ciphertext's prefix. */
    private static final Pattern SLEUTEL_ID = Pattern.compile("v([1-9][0-9]{0,5})");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One key version; both keys 32 bytes. */
    public record Sleutel(byte[] aes, byte[] hmac) {
    }

    private final SortedMap<Integer, SecretKeySpec> aes = new TreeMap<>();
    private final SortedMap<Integer, SecretKeySpec> hmac = new TreeMap<>();
    private final int actief;

    public BsnSleutelring(Map<Integer, Sleutel> sleutels, int actief) {
        if (sleutels.isEmpty()) {
            throw new IllegalArgumentException("werkplein.intake.bsn.sleutels: no key version configured");
        }
        for (Map.Entry<Integer, Sleutel> e : sleutels.entrySet()) {
            int versie = e.getKey();
            if (versie < 1 || versie > MAX_VERSIE) {
                throw new IllegalArgumentException("werkplein.intake.bsn.sleutels: key version " + versie + " must be 1.." + MAX_VERSIE);
            }
            aes.put(versie, new SecretKeySpec(check(e.getValue().aes(), versie, "aes"), "AES"));
            hmac.put(versie, new SecretKeySpec(check(e.getValue().hmac(), versie, "hmac"), "HmacSHA256"));
        }
        if (!aes.containsKey(actief)) {
            throw new IllegalArgumentException("werkplein.intake.bsn.actief=" + sleutelId(actief) + " is not among the configured keys "
                    + aes.keySet().stream().map(BsnSleutelring::sleutelId).toList());
        }
        this.actief = actief;
    }

    /**
     * From configuration values: key id ("v1", "v2": the property name's segment) to its two base64
     * keys, and the active key id. Every problem names the property, never a key.
     */
    public static BsnSleutelring uitConfig(Map<String, String[]> base64PerSleutel, String actief) {
        Map<Integer, Sleutel> sleutels = new TreeMap<>();
        for (Map.Entry<String, String[]> e : base64PerSleutel.entrySet()) {
            int versie = versie(e.getKey(), "werkplein.intake.bsn.sleutels." + e.getKey());
            sleutels.put(versie, new Sleutel(decode(e.getValue()[0], versie, "aes"), decode(e.getValue()[1], versie, "hmac")));
        }
        return new BsnSleutelring(sleutels, versie(actief, "werkplein.intake.bsn.actief=" + actief));
    }

    /**
     * The keys under their former names (werkplein.intake.bsn.sleutel, .hmac-sleutel: one key of each,
     * from before key ids) are key v1. Both or neither; never beside sleutels.v1, which would leave
     * two candidates for v1.
     */
    public static Map<String, String[]> metOudeNamen(Map<String, String[]> sleutels, String sleutel, String hmacSleutel) {
        if (sleutel == null && hmacSleutel == null) {
            return sleutels;
        }
        if (sleutel == null || hmacSleutel == null) {
            throw new IllegalArgumentException("werkplein.intake.bsn." + (sleutel == null ? "sleutel" : "hmac-sleutel")
                    + " is missing: the former single keys are key v1 and come as a pair");
        }
        if (sleutels.containsKey(sleutelId(ZONDER_PREFIX))) {
            throw new IllegalArgumentException("werkplein.intake.bsn.sleutel and .hmac-sleutel are key v1, and werkplein.intake.bsn.sleutels.v1"
                    + " is set too: configure v1 once");
        }
        Map<String, String[]> result = new TreeMap<>(sleutels);
        result.put(sleutelId(ZONDER_PREFIX), new String[]{sleutel, hmacSleutel});
        return result;
    }

    /** "v2" to 2. */
    public static int versie(String sleutelId, String eigenschap) {
        Matcher m = SLEUTEL_ID.matcher(sleutelId == null ? "" : sleutelId.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(eigenschap + ": a BSN key id is v and a number 1.." + MAX_VERSIE + " (v1, v2, ...)");
        }
        return Integer.parseInt(m.group(1));
    }

    /** 2 to "v2". */
    public static String sleutelId(int versie) {
        return "v" + versie;
    }

    public int actief() {
        return actief;
    }

    /** The configured versions, ascending. */
    public java.util.Set<Integer> versies() {
        return Collections.unmodifiableSet(aes.keySet());
    }

    public boolean heeft(int versie) {
        return aes.containsKey(versie);
    }

    /** The key version a stored ciphertext was written with (no prefix: {@link #ZONDER_PREFIX}). */
    public static int versieVan(String versleuteld) {
        Matcher m = PREFIX.matcher(versleuteld);
        return m.find() ? Integer.parseInt(m.group(1)) : ZONDER_PREFIX;
    }

    /** Encrypted under the active version, with its prefix. */
    public String versleutel(Bsn bsn) {
        try {
            String prefix = "v" + actief;
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aes.get(actief), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(bsn.nummer().getBytes(StandardCharsets.US_ASCII));
            return prefix + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (Exception e) {
            throw new IllegalStateException("encryption unavailable", e);
        }
    }

    /**
     * Decrypted with the key of the ciphertext's version.
     *
     * @throws OnbekendeSleutelversie when that version is not configured (removed too early)
     * @throws IllegalStateException when the ciphertext does not decrypt (tampered, or the wrong key under this number)
     */
    public Bsn ontsleutel(String versleuteld) {
        Matcher m = PREFIX.matcher(versleuteld);
        boolean metPrefix = m.find();
        int versie = metPrefix ? Integer.parseInt(m.group(1)) : ZONDER_PREFIX;
        SecretKeySpec key = aes.get(versie);
        if (key == null) {
            throw new OnbekendeSleutelversie(versie);
        }
        try {
            byte[] all = Base64.getDecoder().decode(metPrefix ? versleuteld.substring(m.end()) : versleuteld);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            if (metPrefix) {
                cipher.updateAAD(("v" + versie).getBytes(StandardCharsets.US_ASCII));
            }
            return Bsn.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII));
        } catch (Exception e) {
            // never the ciphertext or what came out in the message
            throw new IllegalStateException("cannot decrypt a stored BSN of key version " + versie);
        }
    }

    /** The blind index under the active version: what a new row stores. */
    public String hmac(Bsn bsn) {
        return hmac(actief, bsn);
    }

    /** The blind index under every configured version (version to hex), to find a row on any of them. */
    public Map<Integer, String> hmacs(Bsn bsn) {
        Map<Integer, String> result = new LinkedHashMap<>();
        for (int versie : hmac.keySet()) {
            result.put(versie, hmac(versie, bsn));
        }
        return result;
    }

    public String hmac(int versie, Bsn bsn) {
        SecretKeySpec key = hmac.get(versie);
        if (key == null) {
            throw new OnbekendeSleutelversie(versie);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(bsn.nummer().getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    /**
     * A 32-bit lock number per BSN that every replica computes alike while versions are added or the
     * active one changes: from the HMAC under the lowest configured version, which all replicas share
     * during a rotation (the runbook adds the new version before making it active).
     */
    public int vergrendeling(Bsn bsn) {
        return (int) Long.parseLong(hmac(aes.firstKey(), bsn).substring(0, 8), 16);
    }

    /**
     * Why the service must not run with this ring, given the number of klanten per stored key
     * version: rows on a version it does not hold cannot be read, and worse, a returning client of
     * such a row would not be found and would get a second klantId. Null when every row is covered.
     */
    public String ontbrekendeSleutels(Map<Integer, Long> klantenPerVersie) {
        StringBuilder fout = new StringBuilder();
        klantenPerVersie.forEach((versie, aantal) -> {
            if (aantal > 0 && !heeft(versie)) {
                fout.append(fout.isEmpty() ? "" : "; ").append(aantal).append(" klanten have their BSN under key ")
                        .append(sleutelId(versie)).append(", which is not configured (werkplein.intake.bsn.sleutels.")
                        .append(sleutelId(versie)).append(")");
            }
        });
        return fout.isEmpty() ? null : fout + ": put the key back (docs/operations.md, Rotate intake's BSN keys)";
    }

    private static byte[] check(byte[] key, int versie, String soort) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("werkplein.intake.bsn.sleutels.v" + versie + "." + soort + " must be 32 bytes, base64-encoded");
        }
        return key;
    }

    private static byte[] decode(String base64, int versie, String soort) {
        try {
            return check(Base64.getDecoder().decode(base64 == null ? "" : base64.trim()), versie, soort);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("werkplein.intake.bsn.sleutels.v" + versie + "." + soort + " must be 32 bytes, base64-encoded");
        }
    }

    /** A ciphertext or lookup under a version this ring does not hold. */
    public static final class OnbekendeSleutelversie extends IllegalStateException {
        private final int versie;

        public OnbekendeSleutelversie(int versie) {
            super("BSN key v" + versie + " is not configured (werkplein.intake.bsn.sleutels.v" + versie + ")");
            this.versie = versie;
        }

        public int versie() {
            return versie;
        }
    }
}
