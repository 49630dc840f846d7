package nl.werkplein.intake.gesprek;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days: Monday to Friday, not a public holiday. Framework-free. */
public final class Werkdagen {

    private final Feestdagen feestdagen;

    public Werkdagen(Feestdagen feestdagen) {
        this.feestdagen = feestdagen;
    }

    public boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY && !feestdagen.isVrij(dag);
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate opOfNa(LocalDate dag) {
        LocalDate d = dag;
        while (!isWerkdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The working day {@code aantal} working days after {@code dag} (at least one: never the day itself). */
    public LocalDate na(LocalDate dag, int aantal) {
        LocalDate d = dag;
        int over = Math.max(1, aantal);
        while (over > 0) {
            d = d.plusDays(1);
            if (isWerkdag(d)) {
                over--;
            }
        }
        return d;
    }

    /** The first working day after {@code dag}. */
    public LocalDate volgende(LocalDate dag) {
        return na(dag, 1);
    }
}
