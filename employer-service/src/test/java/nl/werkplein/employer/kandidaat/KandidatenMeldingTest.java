package nl.werkplein.employer.kandidaat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.werkplein.testsupport.InfraResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A candidate written by another replica (here: straight into the read-model table, as that
 * replica's consumer would) reaches this replica's index through the commit's notification: the
 * scheduled refresh is off in tests, so nothing else can deliver it.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class KandidatenMeldingTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KandidatenRegister register;

    @Test
    void eenKandidaatVanEenAndereReplicaStaatNaDeCommitInDeIndex() throws Exception {
        UUID klantId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO kandidaat (klant_id, doorgeleid, lijn, regeling, postcode4) VALUES (?, true, 'ZELFDOENER', 'WWB', '9711')")) {
            insert.setObject(1, klantId);
            insert.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> register.index().profiel(klantId) != null);
    }
}
