package nl.werkplein.socialreturn.bouwblok;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.socialreturn.vacature.Soort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tariff table as published data: every version is kept unchanged, and a placement is valued with
 * the version valid on its startdatum. Beheer publishes a new version with its ingangsdatum; it may
 * not lie in the past, so values already credited are never re-valued by a later table.
 */
@ApplicationScoped
public class TarieftabelService {

    @Inject
    TarieftabelRepository repository;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /** The version valid on this date: the latest ingangsdatum on or before it. */
    @Transactional
    public Bouwblokken.Tabel geldigOp(LocalDate datum) {
        int versie = repository.versieGeldigOp(datum)
                .orElseThrow(() -> ProblemException.notFound("Een tarieftabel geldig op " + datum));
        return versie(versie);
    }

    @Transactional
    public Bouwblokken.Tabel versie(int versie) {
        TarieftabelRepository.Kop kop = repository.kop(versie).orElseThrow(() -> ProblemException.notFound("Tarieftabel " + versie));
        return kop.tabel(repository.tarieven(versie));
    }

    @Transactional
    public List<TarieftabelResponse> alle() {
        Map<Integer, List<Bouwblokken.Tarief>> tarieven = repository.alleTarieven();
        List<TarieftabelResponse> alle = new ArrayList<>();
        for (TarieftabelRepository.Kop kop : repository.koppen()) {
            alle.add(TarieftabelResponse.van(kop.tabel(tarieven.getOrDefault(kop.versie(), List.of())), kop.toelichting(),
                    kop.gepubliceerdOp(), kop.gepubliceerdDoor()));
        }
        return alle;
    }

    @Transactional
    public TarieftabelResponse publiceer(TarieftabelRequest r) {
        // one publisher at a time: versions and ingangsdatums stay strictly increasing
        TarieftabelRepository.Laatste laatste = repository.vergrendelEnLaatste();
        int versie = laatste.versie() + 1;
        LocalDate laatsteIngang = laatste.ingangsdatum();
        LocalDate vandaag = LocalDate.now(clock);
        QueryParams fouten = new QueryParams();
        if (r.ingangsdatum().isBefore(vandaag)) {
            fouten.invalid("ingangsdatum", "mag niet in het verleden liggen: al toegerekende plaatsingen worden niet herwaardeerd");
        } else if (laatsteIngang != null && !r.ingangsdatum().isAfter(laatsteIngang)) {
            fouten.invalid("ingangsdatum", "moet na de ingangsdatum van de laatste versie (" + laatsteIngang + ") liggen");
        }
        Set<String> gezien = new HashSet<>();
        Map<Soort, Set<Doelgroep>> dekking = new TreeMap<>();
        Set<Soort> algemeen = EnumSet.noneOf(Soort.class);
        for (int i = 0; i < r.tarieven().size(); i++) {
            TarieftabelRequest.Regel regel = r.tarieven().get(i);
            if (!gezien.add(regel.soort() + "/" + regel.doelgroep())) {
                fouten.invalid("tarieven[" + i + "]", "dubbel: " + regel.soort() + (regel.doelgroep() == null ? "" : " / " + regel.doelgroep()));
            }
            if (regel.doelgroep() == null) {
                algemeen.add(regel.soort());
            } else {
                dekking.computeIfAbsent(regel.soort(), s -> EnumSet.noneOf(Doelgroep.class)).add(regel.doelgroep());
            }
        }
        for (Soort soort : Soort.values()) {
            if (!algemeen.contains(soort) && dekking.getOrDefault(soort, Set.of()).size() < Doelgroep.values().length) {
                fouten.invalid("tarieven", "geen tarief voor " + soort + " voor elke doelgroep (geef een regel zonder doelgroep of één per doelgroep)");
            }
        }
        fouten.check();
        OffsetDateTime nu = OffsetDateTime.now(clock);
        repository.voegToe(versie, r, nu, caller.subject());
        return TarieftabelResponse.van(versie(versie), r.toelichting(), nu, caller.subject());
    }
}
