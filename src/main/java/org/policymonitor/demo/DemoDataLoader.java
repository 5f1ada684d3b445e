package org.policymonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.policymonitor.importer.MeasureImportMapper;
import org.policymonitor.importer.MeasureTextParser;
import org.policymonitor.importer.ParseResult;
import org.policymonitor.importer.ParsedMeasure;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.YesNo;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.report.ReportDeadlines;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an empty database, loads the Parties and ministries of the five seed exports, the measures
 * themselves as published records, and one demo account per role (listed in the README). All in one
 * transaction, so an interrupted start leaves the database empty and the next start tries again.
 *
 * <p>The demo accounts' passwords are public, so {@code policymonitor.demo-data} decides where they may go:
 * {@code true} (the default) loads them into the embedded H2 database only and refuses any other database;
 * {@code false} never loads; {@code force} loads into any database and warns at every start. The
 * {@code postgres} profile defaults to {@code false}.
 */
@Component
@ConditionalOnExpression("'${policymonitor.demo-data:true}' != 'false'")
class DemoDataLoader implements ApplicationRunner {

    static final String ACTOR = "demo-data";
    static final String FORCE = "force";
    static final String EMBEDDED = "H2";
    static final String FORCED_WARNING = """

            ********************************************************************************************
            * policymonitor.demo-data=force on {}: the demo accounts (admin/demo-admin, editor/demo-editor,
            * ...) have the passwords printed in the README. Anyone can sign in with them. Never use
            * this in production: remove the setting and deactivate the demo accounts.
            ********************************************************************************************""";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Which Party and cycle each seed export belongs to (the exports themselves do not say). */
    record Seed(String file, String partyIso, String cycleCode, CrossCutting crossCutting) {
    }

    /**
     * Answers to the current form's cross-cutting questions, which the exports do not carry: illustrative
     * values read from each measure's text, so the catalogue's facets have something to show in the demo.
     * The 2012-2015 measures were never asked them and stay unanswered.
     */
    record CrossCutting(YesNo youth, YesNo preferential, YesNo gender, Set<String> sdgs) {
        static final CrossCutting NOT_ASKED = new CrossCutting(null, null, null, null);
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("seeds/000_b7b0f3b7321af515.txt", "LT", "2020-2023", new CrossCutting(YesNo.NO, YesNo.NO,
                    YesNo.NO, Set.of("SDG_08_DECENT_WORK", "SDG_17_PARTNERSHIPS"))),
            new Seed("seeds/001_dd720f746637563e.txt", "MN", "2012-2015", CrossCutting.NOT_ASKED),
            new Seed("seeds/002_6d3bcdde4541072f.txt", "MN", "2012-2015", CrossCutting.NOT_ASKED),
            new Seed("seeds/003_0b07f3f83ff46fe6.txt", "MN", "2020-2023", new CrossCutting(YesNo.NO, YesNo.NO,
                    YesNo.YES, Set.of("SDG_08_DECENT_WORK", "SDG_09_INDUSTRY_INNOVATION"))),
            new Seed("seeds/004_a156a6976fc84737.txt", "AZ", "2020-2023", new CrossCutting(YesNo.YES, YesNo.NO,
                    YesNo.NO, Set.of("SDG_16_PEACE_JUSTICE", "SDG_17_PARTNERSHIPS"))));

    /** The civil-society organisation of Mongolia whose contact is the demo account {@code civil}. */
    static final String CIVIL_SOCIETY_ORGANISATION = "Mongolian Culture NGO Network";

    /** username, password, display name, role; scopes are set in {@link #loadAccounts}. */
    record DemoAccount(String username, String password, String displayName, Role role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("editor", "demo-editor", "Enkhjargal Bat (Ministry of Culture, Mongolia)", Role.EDITOR),
            new DemoAccount("editor.lt", "demo-editor-lt", "Rasa Petraitė (Ministry of Culture, Lithuania)", Role.EDITOR),
            new DemoAccount("reviewer", "demo-reviewer", "Oyun Dorj (National Point of Contact, Mongolia)", Role.REVIEWER),
            new DemoAccount("partner", "demo-partner", "Saraa Gan (Mongolian Arts Council)", Role.PARTNER),
            new DemoAccount("evaluator", "demo-evaluator", "Tuya Naran (Evaluator, Mongolia)", Role.EVALUATOR),
            new DemoAccount("civil", "demo-civil", "Bolormaa Tseren (Mongolian Culture NGO Network)",
                    Role.CIVIL_SOCIETY),
            new DemoAccount("admin", "demo-admin", "Secretariat administrator", Role.ADMIN));

    private final ReferenceData referenceData;
    private final ReportDeadlines reports;
    private final MeasureService measures;
    private final AccountService accounts;
    private final MeasureTextParser parser;
    private final MeasureImportMapper mapper;
    private final TransactionTemplate transaction;
    private final boolean workInProgress;
    private final DataSource dataSource;
    private final String mode;

    DemoDataLoader(ReferenceData referenceData, ReportDeadlines reports, MeasureService measures, AccountService accounts,
            MeasureTextParser parser, MeasureImportMapper mapper, TransactionTemplate transaction,
            @Value("${policymonitor.demo-submissions:true}") boolean workInProgress, DataSource dataSource,
            @Value("${policymonitor.demo-data:true}") String mode) {
        this.dataSource = dataSource;
        this.mode = mode.trim().toLowerCase(java.util.Locale.ROOT);
        this.workInProgress = workInProgress;
        this.referenceData = referenceData;
        this.reports = reports;
        this.measures = measures;
        this.accounts = accounts;
        this.parser = parser;
        this.mapper = mapper;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        String database = databaseProduct();
        if (FORCE.equals(mode)) {
            log.warn(FORCED_WARNING, database);
        } else if (!"true".equals(mode)) {
            log.warn("policymonitor.demo-data={} is not one of true, false, force: demo data not loaded", mode);
            return;
        } else if (!EMBEDDED.equals(database)) {
            log.warn("Demo data not loaded: its accounts have public passwords and this is not the embedded H2"
                    + " database but {} (set policymonitor.demo-data=force to load it anyway; never in production)",
                    database);
            return;
        }
        if (referenceData.partyCount() > 0 || accounts.count() > 0) {
            log.info("Database is not empty: demo data not loaded");
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: {} Parties, {} published measures, {} accounts",
                referenceData.partyCount(), measures.publishedCount(), accounts.count());
    }

    void load() {
        Party lithuania = referenceData.saveParty(new Party("LT", "Lithuania", "GROUP_II", null));
        Party mongolia = referenceData.saveParty(new Party("MN", "Mongolia", "GROUP_IV", null));
        Party azerbaijan = referenceData.saveParty(new Party("AZ", "Azerbaijan", "GROUP_II", null));

        ReportingCycle c2012 = referenceData.cycle(2012, 2015, "FORM_2012");
        referenceData.cycle(2016, 2019, "FORM_2016");
        ReportingCycle c2020 = referenceData.cycle(2020, 2023, "FORM_2020");
        ReportingCycle c2024 = referenceData.cycle(2024, 2027, "FORM_2020");
        for (Party party : List.of(lithuania, mongolia, azerbaijan)) {
            reports.ensureReport(party.getId(), c2020.getId(), LocalDate.of(2024, 4, 30));
            reports.ensureReport(party.getId(), c2024.getId(), LocalDate.of(2028, 4, 30));
        }
        reports.ensureReport(mongolia.getId(), c2012.getId(), LocalDate.of(2016, 4, 30));

        for (Seed seed : SEEDS) {
            loadSeed(seed);
        }
        loadAccounts(lithuania, mongolia);
        if (workInProgress) {
            loadWorkInProgress(mongolia, c2024);
        }
    }

    /**
     * So the demo's "My measures" and inbox are not empty: a draft the editor has started (incomplete) and a
     * submission of the editor's ministry waiting for the reviewer, with the demo partner listed.
     */
    private void loadWorkInProgress(Party mongolia, ReportingCycle current) {
        Ministry culture = referenceData.ministryOf(mongolia, "Ministry of Culture");
        measures.createDraft(mongolia.getId(), culture.getId(), current.getId(), FormVersion.FORM_2020,
                new MeasureContent("Music schools in the provinces", List.of("Ministry of Culture"),
                        "Evening music classes for children in every provincial centre.", null, null, null, null,
                        List.of(), null, null, Set.of(), Set.of(), Set.of("MUSIC"), null, null, Set.of(), Set.of(),
                        null, null, null, YesNo.YES, null, null, Set.of("SDG_04_QUALITY_EDUCATION")),
                "editor");
        Long submitted = measures.createDraft(mongolia.getId(), culture.getId(), current.getId(), FormVersion.FORM_2020,
                new MeasureContent("Film distribution support fund", List.of("Ministry of Culture"),
                        "Grants that help independent Mongolian films reach cinemas in the provinces and abroad.",
                        "https://example.org/film-fund", "Twelve films distributed in the first year.",
                        "MNT 340 million (about USD 100,000)", new BigDecimal("100000"),
                        List.of(new PartnerRow("Mongolian Arts Council", "CIVIL_SOCIETY")), Evaluation.NO, null,
                        Set.of("GOVERNANCE"), Set.of("CULTURAL_CREATIVE_SECTORS"), Set.of("CINEMA_AUDIOVISUAL"),
                        null, null, Set.of(), Set.of(), null, null, null, YesNo.NO, YesNo.NO, YesNo.YES,
                        Set.of("SDG_08_DECENT_WORK")),
                "editor").getId();
        measures.submit(submitted, "editor");
    }

    private void loadSeed(Seed seed) {
        Party party = referenceData.partyByIso(seed.partyIso()).orElseThrow();
        ReportingCycle cycle = referenceData.cycleByCode(seed.cycleCode()).orElseThrow();
        ParseResult result = parser.parse(seed.file(), read(seed.file()));
        ParsedMeasure parsed = result.measure()
                .orElseThrow(() -> new IllegalStateException("Seed " + seed.file() + " did not parse: " + result.report()));
        CrossCutting answers = seed.crossCutting();
        MeasureContent content = mapper.toContent(parsed).withCrossCutting(answers.youth(), answers.preferential(),
                answers.gender(), answers.sdgs());
        Ministry ministry = content.agencies().isEmpty() ? null
                : referenceData.ministryOf(party, content.agencies().getFirst());
        for (PartnerRow partner : content.partners()) {
            if (partner.name() != null) {
                referenceData.partnerOrganisation(partner.name(), partner.entityType());
            }
        }
        measures.importAsPublished(party.getId(), ministry == null ? null : ministry.getId(), cycle.getId(),
                mapper.formVersion(parsed), content, false, ACTOR);
    }

    private void loadAccounts(Party lithuania, Party mongolia) {
        Ministry mongolianCulture = referenceData.ministryOf(mongolia, "Ministry of Culture");
        Ministry lithuanianCulture = referenceData.ministryOf(lithuania, "The Ministry of Culture");
        PartnerOrganisation artsCouncil = referenceData.partnerOrganisation("Mongolian Arts Council", "CIVIL_SOCIETY");
        PartnerOrganisation ngoNetwork = referenceData.partnerOrganisation(CIVIL_SOCIETY_ORGANISATION, "CIVIL_SOCIETY",
                mongolia.getId());
        for (DemoAccount account : ACCOUNTS) {
            Scope scope = switch (account.username()) {
                case "editor" -> Scope.ministry(mongolianCulture.getId(), mongolia.getId());
                case "editor.lt" -> Scope.ministry(lithuanianCulture.getId(), lithuania.getId());
                case "reviewer", "evaluator" -> Scope.party(mongolia.getId());
                case "partner" -> Scope.partner(artsCouncil.getId());
                case "civil" -> Scope.civilSociety(ngoNetwork.getId(), mongolia.getId());
                default -> Scope.none();
            };
            accounts.createUser(account.username(), account.displayName(), account.username() + "@example.org",
                    account.password(), Set.of(account.role()), scope);
        }
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing seed " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
