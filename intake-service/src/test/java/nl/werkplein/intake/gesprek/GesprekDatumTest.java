package nl.werkplein.intake.gesprek;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GesprekDatumTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest(name = "{0} + {1} werkdagen = {2}")
    @CsvSource({
            "2026-11-23, 3, 2026-11-26",   // Monday → Thursday
            "2026-11-26, 3, 2026-12-01",   // Thursday → over the weekend to Tuesday
            "2026-11-28, 1, 2026-11-30",   // Saturday → Monday
            "2026-11-27, 0, 2026-11-30"})  // at least one working day ahead
    void eenGesprekValtOpEenWerkdag(LocalDate vandaag, int werkdagen, LocalDate verwacht) {
        var op = GesprekDatum.na(vandaag, werkdagen, LocalTime.of(10, 0), AMSTERDAM);
        assertEquals(verwacht, op.toLocalDate());
        assertEquals(LocalTime.of(10, 0), op.toLocalTime());
    }
}
