package nl.werkplein.socialreturn.contract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "werkplein.socialreturn.contract")
public interface ContractConfig {

    /** The opdrachtgever when a contract names none: the municipality itself. */
    @WithDefault("Gemeente Groningen")
    String standaardOpdrachtgever();

    /** For the schedule of a contract without einddatum: its period is this many months from begindatum. */
    @WithDefault("12")
    int standaardLooptijdMaanden();
}
