package nl.werkplein.socialreturn.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.socialreturn.vacature.Bron;
import nl.werkplein.socialreturn.vacature.Routering;
import nl.werkplein.socialreturn.vacature.Vacature;
import nl.werkplein.socialreturn.vacature.VacatureEvents;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;
import nl.werkplein.socialreturn.vacature.VacatureResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContractService {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Caller caller;
    @Inject
    ContractConfig config;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Routering routering;

    @Transactional
    public ContractResponse registreer(ContractRequest r) {
        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.opdrachtnemer = r.opdrachtnemer().strip();
        c.kvkNummer = r.kvkNummer();
        c.opdrachtgever = r.opdrachtgever() == null || r.opdrachtgever().isBlank() ? config.standaardOpdrachtgever() : r.opdrachtgever().strip();
        c.opdrachtwaarde = r.opdrachtwaarde();
        c.percentage = r.percentage();
        c.verplichting = Voortgang.verplichting(r.opdrachtwaarde(), r.percentage());
        c.partnerId = r.partnerId() == null || r.partnerId().isBlank() ? null : r.partnerId();
        c.begindatum = r.begindatum() != null ? r.begindatum() : LocalDate.now(clock);
        c.einddatum = r.einddatum();
        c.gerealiseerd = 0;
        c.geregistreerdOp = OffsetDateTime.now(clock);
        c.geregistreerdDoor = caller.subject();
        c.persist();
        outbox.append(ContractEvents.TOPIC, c.id.toString(), events.create(ContractEvents.GEREGISTREERD, c.id,
                new ContractEvents.Geregistreerd(c.id, c.opdrachtnemer, c.opdrachtgever, c.opdrachtwaarde, c.percentage,
                        c.verplichting, c.partnerId, c.begindatum, c.einddatum)));
        return response(c);
    }

    @Transactional
    public ContractResponse raadplegen(UUID id) {
        return response(contract(id));
    }

    @Transactional
    public Page<ContractResponse> zoeken(String opdrachtnemer, String opdrachtgever, String partnerId, LocalDate actiefOp,
                                         Boolean achterOpSchema, PageRequest page) {
        Zoekopdracht zoek = new Zoekopdracht().bevat("opdrachtnemer", opdrachtnemer).bevat("opdrachtgever", opdrachtgever)
                .eq("partnerId", partnerId == null || partnerId.isBlank() ? null : partnerId);
        if (actiefOp != null) {
            zoek.waar("begindatum <= :op and (einddatum is null or einddatum >= :op)", "op", actiefOp);
        }
        String volgorde = "geregistreerdOp, id";
        if (achterOpSchema == null) {
            return zoek.pagina(Contract.class, volgorde, page, this::response);
        }
        // the schedule depends on today: worked out per contract, then paged
        List<ContractResponse> alle = zoek.query(Contract.class, volgorde).list().stream()
                .map(this::response).filter(c -> c.achterOpSchema() == achterOpSchema).toList();
        return pagina(alle, page);
    }

    /** Contracts behind schedule, the largest shortfall first. */
    @Transactional
    public Page<ContractResponse> achterOpSchema(PageRequest page) {
        List<ContractResponse> achter = new ArrayList<>(Contract.<Contract>listAll().stream().map(this::response)
                .filter(ContractResponse::achterOpSchema).toList());
        achter.sort(Comparator.comparingLong(ContractResponse::achterstand).reversed().thenComparing(c -> c.id().toString()));
        return pagina(achter, page);
    }

    @Transactional
    public VacatureResponse plaatsRegistreren(UUID contractId, PlaatsRequest r) {
        Contract c = contract(contractId);
        LocalDate vandaag = LocalDate.now(clock);
        List<nl.werkplein.platform.api.Problem.InvalidParam> fouten = new ArrayList<>();
        if (r.pool() != null && !r.pool().isBlank() && !routering.isPool(r.pool())) {
            fouten.add(new nl.werkplein.platform.api.Problem.InvalidParam("pool", "moet een van " + routering.pools() + " zijn"));
        }
        if (r.sluitingsdatum() != null && r.sluitingsdatum().isBefore(vandaag)) {
            fouten.add(new nl.werkplein.platform.api.Problem.InvalidParam("sluitingsdatum", "mag niet in het verleden liggen"));
        }
        String referentie = r.referentie() == null || r.referentie().isBlank()
                ? "SR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() : r.referentie().strip();
        if (Vacature.bestaatOnderContract(contractId, referentie)) {
            fouten.add(new nl.werkplein.platform.api.Problem.InvalidParam("referentie", "bestaat al onder dit contract"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (c.einddatum != null && c.einddatum.isBefore(vandaag)) {
            throw ProblemException.conflict("Het contract is op " + c.einddatum + " afgelopen.");
        }
        VacatureInvoer invoer = new VacatureInvoer(referentie, r.titel().strip(), r.omschrijving(), r.soort(), r.beroepscode(),
                VacatureInvoer.normaliseerPostcode(r.postcode()), r.urenPerWeek(), r.opleidingsniveau(), r.sluitingsdatum(),
                Boolean.TRUE.equals(r.sw()), r.werkgever() == null || r.werkgever().isBlank() ? c.opdrachtnemer : r.werkgever().strip());
        Routering.Besluit besluit = routering.route(new Routering.Invoer(Bron.SOCIAL_RETURN, invoer.soort(), invoer.opleidingsniveau(),
                invoer.urenPerWeek(), invoer.sw(), null, r.pool() == null || r.pool().isBlank() ? null : r.pool()));
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Vacature v = new Vacature();
        v.id = UUID.randomUUID();
        v.bron = Bron.SOCIAL_RETURN;
        v.contractId = c.id;
        v.referentie = referentie;
        v.pool = besluit.pool();
        v.routeringReden = besluit.reden();
        v.soort = invoer.soort();
        v.titel = invoer.titel();
        v.omschrijving = invoer.omschrijving();
        v.beroepscode = invoer.beroepscode();
        v.postcode = invoer.postcode();
        v.urenPerWeek = invoer.urenPerWeek();
        v.opleidingsniveau = invoer.opleidingsniveau();
        v.sluitingsdatum = invoer.sluitingsdatum();
        v.sw = invoer.sw();
        v.werkgever = invoer.werkgever();
        v.inhoudHash = invoer.inhoudHash();
        v.aanbieden(nu);
        v.persist();
        outbox.append(Routering.topic(v.pool), v.id.toString(), events.create(VacatureEvents.AANGEBODEN, v.id,
                VacatureEvents.Aangeboden.van(v.id, v.pool, Bron.SOCIAL_RETURN, null, c.id, invoer)));
        return VacatureResponse.van(v);
    }

    /** Withdrawing twice changes nothing the second time and publishes nothing. */
    @Transactional
    public VacatureResponse plaatsIntrekken(UUID contractId, UUID vacatureId) {
        contract(contractId);
        Vacature v = Vacature.findById(vacatureId);
        if (v == null || v.bron != Bron.SOCIAL_RETURN || !contractId.equals(v.contractId)) {
            throw ProblemException.notFound("Plaats " + vacatureId + " onder dit contract");
        }
        if (v.trekIn(OffsetDateTime.now(clock))) {
            outbox.append(Routering.topic(v.pool), v.id.toString(), events.create(VacatureEvents.INGETROKKEN, v.id,
                    new VacatureEvents.Ingetrokken(v.id, v.pool, v.referentie)));
        }
        return VacatureResponse.van(v);
    }

    @Transactional
    public Page<VacatureResponse> plaatsen(UUID contractId, PageRequest page) {
        contract(contractId);
        return new Zoekopdracht().verplicht("contractId", contractId)
                .pagina(Vacature.class, "aangebodenOp, id", page, VacatureResponse::van);
    }

    public Contract contract(UUID id) {
        Contract c = Contract.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Contract " + id);
        }
        return c;
    }

    public ContractResponse response(Contract c) {
        return ContractResponse.van(c, Voortgang.bereken(c.verplichting, c.gerealiseerd, c.begindatum, c.einddatum,
                config.standaardLooptijdMaanden(), LocalDate.now(clock)));
    }

    private static <T> Page<T> pagina(List<T> alle, PageRequest page) {
        int van = Math.min(alle.size(), page.offset());
        int tot = Math.min(alle.size(), van + page.size());
        return new Page<>(alle.subList(van, tot), page.page(), page.size(), alle.size());
    }
}
