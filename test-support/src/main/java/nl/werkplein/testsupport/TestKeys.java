package nl.werkplein.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

/** RSA signing keys generated per test JVM, never committed. */
public final class TestKeys {

    private static final KeyPair PAIR = generate();
    private static final KeyPair FOREIGN = generate();
    private static Path publicKeyFile;

    private TestKeys() {
    }

    public static PrivateKey privateKey() {
        return PAIR.getPrivate();
    }

    /** A key the services do not trust, for foreign-signed tokens. */
    public static PrivateKey foreignPrivateKey() {
        return FOREIGN.getPrivate();
    }

    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path dir = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath();
                Files.createDirectories(dir);
                publicKeyFile = dir.resolve("publicKey-" + ProcessHandle.current().pid() + ".pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PAIR.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
