package nl.werkplein.intake.gesprek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When the first face-to-face conversation takes place: a working day, some days ahead. */
public final class GesprekDatum {

    private GesprekDatum() {
    }

    public static ZonedDateTime na(LocalDate vandaag, int werkdagen, LocalTime tijd, ZoneId zone) {
        LocalDate dag = vandaag;
        int over = Math.max(1, werkdagen);
        while (over > 0) {
            dag = dag.plusDays(1);
            if (dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY) {
                over--;
            }
        }
        return dag.atTime(tijd).atZone(zone);
    }
}
