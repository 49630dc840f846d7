package nl.werkplein.platform.api;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFailuresTest {

    @Test
    void eenVerbrokenVerbindingIsOnbeschikbaarGeenConflict() {
        PersistenceException broken = new PersistenceException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseFailures.unavailable(broken));
        assertFalse(DatabaseFailures.uniqueViolation(broken, null));
        assertTrue(DatabaseFailures.unavailable(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseFailures.unavailable(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseFailures.unavailable(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void alleenDeGenoemdeUniekeSleutelIsEenConflict() {
        PersistenceException duplicate = new PersistenceException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"aanvraag_open_per_klant\"", "23505"));
        assertTrue(DatabaseFailures.uniqueViolation(duplicate, "aanvraag_open_per_klant"));
        assertFalse(DatabaseFailures.uniqueViolation(duplicate, "iets_anders"));
        assertFalse(DatabaseFailures.unavailable(duplicate));
        assertFalse(DatabaseFailures.uniqueViolation(new PersistenceException(new SQLException("x", "23503")), null));
    }
}
