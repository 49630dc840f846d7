package nl.werkplein.intake.gesprek;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WerkdagenTest {

    static final Werkdagen WERKDAGEN = new Werkdagen(Feestdagen.uitBestand("feestdagen/feestdagen-nl.csv", Feestdagen.Bevrijdingsdag.ELK_JAAR,
            List.of()));

    @ParameterizedTest(name = "{0} + {1} werkdagen = {2}")
    @CsvSource({
            "2026-11-23, 3, 2026-11-26",   // Monday → Thursday
            "2026-11-26, 3, 2026-12-01",   // Thursday → over the weekend to Tuesday
            "2026-11-28, 1, 2026-11-30",   // Saturday → Monday
            "2026-11-27, 0, 2026-11-30",   // at least one working day ahead
            "2027-04-22, 3, 2027-04-28",   // Thu → Fri 23, Mon 26, (Koningsdag Tue 27) Wed 28
            "2027-05-03, 3, 2027-05-10",   // Mon → Tue 4, (Bevrijdingsdag 5, Hemelvaart 6) Fri 7, Mon 10
            "2026-12-23, 2, 2026-12-28",   // Wed → Thu 24, (Christmas Fri 25, Boxing Day Sat 26, Sun) Mon 28
            "2027-12-30, 1, 2027-12-31",
            "2027-12-31, 1, 2028-01-03"})  // New Year 2028 is a Saturday anyway
    void werkdagenNa(LocalDate dag, int aantal, LocalDate verwacht) {
        assertEquals(verwacht, WERKDAGEN.na(dag, aantal));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2027-04-23, 2027-04-23",      // a Friday is a working day
            "2027-04-24, 2027-04-26",      // Saturday → Monday
            "2027-04-27, 2027-04-28",      // Koningsdag → the day after
            "2027-03-28, 2027-03-30",      // Easter Sunday, Easter Monday → Tuesday
            "2028-06-04, 2028-06-06"})     // Pentecost, Whit Monday → Tuesday
    void opOfNa(LocalDate dag, LocalDate verwacht) {
        assertEquals(verwacht, WERKDAGEN.opOfNa(dag));
    }
}
