package nl.werkplein.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Bearer tokens as the portals and the local token.sh send them. */
public final class Tokens {

    public static final String ISSUER = "https://werkplein.local";

    private Tokens() {
    }

    public static String voor(String role) {
        return voor(role, role + "-test");
    }

    public static String voor(String role, Object subject) {
        return Jwt.issuer(ISSUER).subject(subject.toString()).upn(subject.toString()).groups(Set.of(role))
                .expiresIn(3600).sign(TestKeys.privateKey());
    }

    public static String klant(UUID klantId) {
        return voor("klant", klantId);
    }

    public static String verlopen(String role) {
        return Jwt.issuer(ISSUER).subject(role + "-test").groups(Set.of(role))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(TestKeys.privateKey());
    }

    public static String vreemdOndertekend(String role) {
        return Jwt.issuer(ISSUER).subject(role + "-test").groups(Set.of(role)).expiresIn(3600)
                .sign(TestKeys.foreignPrivateKey());
    }

    /** {@code alg: none}: claims without any signature. */
    public static String onondertekend(String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + role + "-test\",\"groups\":[\"" + role
                + "\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
