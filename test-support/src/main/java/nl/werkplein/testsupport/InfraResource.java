package nl.werkplein.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at the real broker and database of this JVM, its own database named by
 * the system property werkplein.test.database (set per module by the build), and at fresh signing keys.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    private static final String SECRET_1 = randomKey();
    private static final String SECRET_2 = randomKey();

    @Override
    public Map<String, String> start() {
        WerkpleinInfra infra = WerkpleinInfra.get();
        String database = System.getProperty("werkplein-test.database", "werkplein");
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.database(database));
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", database);
        config.put("kafka.bootstrap.servers", infra.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestKeys.publicKeyFile().toString());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(MailServer.get().port()));
        // Random secrets a service may need (e.g. the BSN encryption keys), fresh per test JVM.
        config.put("werkplein-test.secret-1", SECRET_1);
        config.put("werkplein-test.secret-2", SECRET_2);
        return config;
    }

    @Override
    public void stop() {
        // The servers are shared by every test class of this JVM; a shutdown hook stops them.
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
