package nl.werkplein.intake.klant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", "010000008"})
    void geldigeBsnSlaagtVoorDeElfproef(String nummer) {
        assertTrue(Bsn.isGeldig(nummer));
        assertEquals(nummer, Bsn.of(nummer).nummer());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567820", "12345678a", " 11122233", "-11222333"})
    void ongeldigeBsnWordtGeweigerd(String nummer) {
        assertFalse(Bsn.isGeldig(nummer));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bsn.of(nummer));
        if (nummer != null && !nummer.isEmpty()) {
            assertFalse(e.getMessage().contains(nummer), "the message never repeats the number");
        }
    }

    @Test
    void toStringToontHetNummerNooit() {
        Bsn bsn = Bsn.of("111222333");
        assertFalse(bsn.toString().contains("111222333"));
        assertEquals(Bsn.of("111222333"), bsn);
    }
}
