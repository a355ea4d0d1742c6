// SPDX-License-Identifier: GPL-3.0-or-later
// The printed summary of an intake interview: one page for a full, realistic intake, every
// answered question in words, the barriers, the decision and room to sign.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "Translations.h"
#include "documents/IntakeSummary.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoleCardRepository.h"

#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

/// An intake as a SPOC fills it in across the table: every part answered in a few sentences,
/// except the question about health.
struct FullIntake
{
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    IntakeRepository intakes { *db, clock };
    BarrierRepository barriers { *db, clock };
    qint64 learnerId = 0;
    qint64 socialWorkerId = 0;
    Intake intake;

    explicit FullIntake(bool finished = true)
    {
        Learner learner;
        learner.firstName = QStringLiteral("Samira");
        learner.lastName = QStringLiteral("Ouali");
        learner.birthDate = QDate(1991, 6, 23);
        learnerId = require(LearnerRepository(*db, clock).add(learner));

        ContactPerson spoc;
        spoc.name = QStringLiteral("Els Janssens");
        OrganisationRepository directory(*db, clock);
        const qint64 spocId = require(directory.addPerson(spoc));
        RoleAssignment assignment;
        assignment.learnerId = learnerId;
        assignment.role = Role::Spoc;
        assignment.personId = spocId;
        assignment.from = fixedToday().addMonths(-1);
        (void)require(RoleCardRepository(*db, clock).add(assignment));
        ContactPerson social;
        social.name = QStringLiteral("Joke Peeters");
        socialWorkerId = require(directory.addPerson(social));

        intake = require(intakes.start(learnerId, fixedToday()));
        answer("employment_service", "vdab");
        answer("vdab_contract", "yes");
        answer("statute", "Werkzoekend met uitkering sinds 2023");
        answer("eligibility_note",
               "Attest van gelijkwaardigheid van het diploma aanvragen bij "
               "NARIC; inschrijving bij VDAB nakijken.");
        answer("language_assessment", "huis_nederlands");
        answer("nt2_level", "2.2");
        answer("home_language", "Berbers en Arabisch");
        answer("language_note",
               "Spreekt vlot en begrijpt goed. Schrijven gaat trager: korte "
               "zinnen, veel spelfouten. Lezen van lange teksten is moeilijk.");
        answer("medical_questionnaire", "no");
        answer("occupational_physician", "2025-04-02");
        answer("finances",
               "Rondkomen lukt net met de uitkering. Een afbetalingsplan voor de "
               "energiefactuur loopt; geen andere schulden.");
        answer("practical",
               "Komt met de bus (45 minuten). Heeft een smartphone maar geen "
               "laptop; internet thuis is er wel.");
        answer("family_balance",
               "Twee kinderen (4 en 7 jaar). De oudste gaat naar school, voor "
               "de jongste is nog geen opvang. Haar man werkt in ploegen en "
               "steunt de opleiding.");
        answer("strengths",
               "Geduldig, warm en georganiseerd; zorgde jaren voor de kinderen van "
               "haar zus.");
        answer("support_needs",
               "Hulp bij schrijven en bij het plannen van lessen en "
               "werkplekleren rond de opvang van haar kinderen.");
        answer("motivation",
               "Werkt graag met jonge kinderen en wil een eigen inkomen. Droomt "
               "van werk in een kinderdagverblijf in de buurt.");
        answer("job_image",
               "Verzorgen, spelen, eten geven, slaapjes; ook praten met de ouders. "
               "Weet dat het werk zwaar en druk kan zijn.");
        answer("training_image",
               "Kent de opleiding via een vriendin; weet dat er werkplekleren "
               "is, maar nog niet hoeveel uren.");
        answer("expectations",
               "Duidelijke uitleg, iemand om vragen aan te stellen en hulp bij "
               "het zoeken naar een werkplek.");
        answer("learning_capacity", "sufficient");
        answer("participants", "vdab,interpreter");
        answer("participant_names", "Koen De Smet (VDAB), Nadia (tolk)");

        SupportPerson sister;
        sister.learnerId = learnerId;
        sister.name = QStringLiteral("Fatima Ouali");
        sister.relation = QStringLiteral("zus");
        sister.phone = QStringLiteral("0485 12 34 56");
        (void)require(intakes.addSupportPerson(sister));
        SupportPerson worker;
        worker.learnerId = learnerId;
        worker.name = QStringLiteral("Joke Peeters");
        worker.relation = QStringLiteral("maatschappelijk werker OCMW");
        worker.kind = SupportKind::Professional;
        worker.phone = QStringLiteral("03 338 20 00");
        (void)require(intakes.addSupportPerson(worker));

        const qint64 language
            = barrier(BarrierCategory::Language,
                      "Schrijven in het Nederlands gaat moeizaam: verslagen en observaties");
        action(language, "Inschrijven voor NT2 schrijven 2.4 aan het CVO", ActionOwner::Learner,
               14);
        action(language, "Taalcoach vragen bij het Huis van het Nederlands", ActionOwner::Spoc, 21);
        const qint64 childcare = barrier(BarrierCategory::FamilySocial,
                                         "Geen opvang voor de jongste tijdens lessen en stage");
        action(childcare, "Samen een plaats zoeken in de buitenschoolse opvang",
               ActionOwner::Together, 10);
        const qint64 money
            = barrier(BarrierCategory::FinancialMaterial, "Geen laptop voor de lessen op afstand");
        action(money, "Aanvraag laptop via het OCMW", ActionOwner::Partner, 30);

        action(std::nullopt, "Medische vragenlijst invullen en bezorgen", ActionOwner::Learner, 7);
        action(std::nullopt, "Terugkoppeling aan de VDAB-consulent", ActionOwner::Spoc, 5);

        require(intakes.setDecision(intake.id, IntakeDecision::NotEntering,
                                    QStringLiteral("language_too_low"),
                                    QStringLiteral("Eerst een jaar NT2, dan opnieuw een gesprek "
                                                   "in september.")));
        if (finished)
            require(intakes.finish(intake.id));
        intake = require(intakes.get(intake.id));
    }

    void answer(const char *key, const char *value)
    {
        require(intakes.setAnswer(intake.id, QString::fromLatin1(key), QString::fromUtf8(value)));
    }

    qint64 barrier(BarrierCategory category, const char *description)
    {
        Barrier made;
        made.learnerId = learnerId;
        made.category = category;
        made.description = QString::fromUtf8(description);
        made.detectedOn = fixedToday();
        const qint64 id = require(barriers.addBarrier(made));
        require(intakes.linkBarrier(intake.id, id));
        return id;
    }

    void action(std::optional<qint64> barrierId, const char *description, ActionOwner owner,
                int days)
    {
        Action made;
        made.learnerId = learnerId;
        made.barrierId = barrierId;
        made.description = QString::fromUtf8(description);
        made.owner = owner;
        if (owner == ActionOwner::Partner)
            made.partnerPersonId = socialWorkerId;
        made.due = fixedToday().addDays(days);
        require(intakes.linkAction(intake.id, require(barriers.addAction(made))));
    }

    /// The summary's PDF and its text with the spaces of wrapped lines evened out.
    QString text(const QString &language, int *pages = nullptr) const
    {
        const auto pdf = require(IntakeSummary(*db, clock).pdf(intake.id, language));
        REQUIRE(pdf.bytes.startsWith("%PDF"));
        CHECK(traject::test::pdfPages(pdf.bytes) == pdf.pages);
        if (pages)
            *pages = pdf.pages;
        return traject::test::pdfText(pdf.bytes).simplified();
    }
};

/// One of the summary's own texts in a language, as the program prints it.
QString spoken(const QString &language, const char *source)
{
    const ScopedLanguage speaking(language);
    return QCoreApplication::translate("IntakeSummary", source);
}

} // namespace

TEST_CASE("a full, realistic intake fits on one page with every answer in words",
          "[documents][intake]")
{
    const FullIntake full;
    int pages = 0;
    const QString text = full.text(QStringLiteral("nl"), &pages);
    CHECK(pages == 1);
    CAPTURE(text);

    // Who, when and which template.
    for (const char *expected :
         { "Intakegesprek kinderbegeleider baby's en peuters", "Samira Ouali", "23/06/1991",
           "14/03/2025", "Els Janssens", "pagina 1 van 1" })
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK(text.contains(spoken(QStringLiteral("nl"), "Intake interview")));

    // The Dutch headings of the template's sections and its questions.
    for (const char *heading :
         { "Formele voorwaarden", "Taal", "Medische geschiktheid",
           "Financiële en praktische situatie", "Gezin en evenwicht", "Steunfiguren",
           "Sterktes en ondersteuning", "Motivatie en verwachtingen", "Drempels",
           "Beslissing en volgende stappen", "Wie was erbij?" })
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK(text.contains(QStringLiteral("Waarom wil je kinderbegeleider worden?")));

    // Answers in words: option labels, yes and no, dates, several checks.
    for (const char *answer :
         { "Door het Huis van het Nederlands", "Voldoende", "VDAB-consulent, Tolk",
           "Koen De Smet (VDAB), Nadia (tolk)", "02/04/2025", "Berbers en Arabisch",
           "Werkt graag met jonge kinderen" })
        CHECK(text.contains(QString::fromUtf8(answer)));
    CHECK(text.contains(spoken(QStringLiteral("nl"), "Yes")));
    CHECK(text.contains(spoken(QStringLiteral("nl"), "No")));

    // An unanswered question is left out.
    CHECK_FALSE(text.contains(QStringLiteral("Is er iets aan je gezondheid")));

    // The support network, the barriers with their actions, the decision and the next steps.
    for (const char *expected :
         { "Fatima Ouali", "0485 12 34 56", "maatschappelijk werker OCMW", "Joke Peeters",
           "Schrijven in het Nederlands gaat moeizaam", "Taalcoach vragen bij het Huis",
           "Geen opvang voor de jongste", "Aanvraag laptop via het OCMW", "13/04/2025",
           "Medische vragenlijst invullen en bezorgen", "Terugkoppeling aan de VDAB-consulent",
           "Eerst een jaar NT2" })
        CHECK(text.contains(QString::fromUtf8(expected)));
    {
        const ScopedLanguage dutch(QStringLiteral("nl"));
        for (const QString &expected :
             { label(BarrierCategory::Language), label(BarrierCategory::FamilySocial),
               label(BarrierCategory::FinancialMaterial), label(SupportKind::Professional),
               label(IntakeDecision::NotEntering), label(NonEntryReason::LanguageTooLow),
               // The level of Dutch is the dossier's own value.
               label(Nt2Level::L2_2) })
            CHECK(text.contains(expected));
    }
    // Finished: nothing says otherwise; there is room for both signatures.
    CHECK_FALSE(text.contains(spoken(QStringLiteral("nl"), "not finished yet")));
    CHECK(text.contains(spoken(QStringLiteral("nl"), "Signature:")));
    CHECK(text.contains(
        spoken(QStringLiteral("nl"), "The candidate, %1").arg(QStringLiteral("Samira Ouali"))));
}

TEST_CASE("the intake summary speaks English when asked", "[documents][intake]")
{
    const FullIntake full;
    int pages = 0;
    const QString text = full.text(QStringLiteral("en"), &pages);
    CHECK(pages == 1);
    CAPTURE(text);
    for (const char *expected :
         { "Intake interview", "Intake interview childcare worker babies and toddlers",
           "Formal eligibility", "Why do you want to become a childcare worker?",
           "By the Huis van het Nederlands", "Sufficient", "VDAB consultant, Interpreter", "Yes",
           "Support network", "Not entering", "Language level too low",
           "Signature:", "page 1 of 1" })
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Formele voorwaarden")));
}

TEST_CASE("an unfinished intake says so on paper", "[documents][intake]")
{
    const FullIntake open(false);
    const QString text = open.text(QStringLiteral("nl"));
    CHECK(text.contains(spoken(QStringLiteral("nl"), "not finished yet")));
    CHECK(text.contains(QStringLiteral("Samira Ouali")));
    const QString english = open.text(QStringLiteral("en"));
    CHECK(english.contains(QStringLiteral("not finished yet")));
}

TEST_CASE("an intake with few answers leaves out what was not asked", "[documents][intake]")
{
    FixedClock clock(fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Ruth");
    learner.lastName = QStringLiteral("Mekonnen");
    const qint64 learnerId = require(LearnerRepository(*db, clock).add(learner));
    IntakeRepository intakes(*db, clock);
    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    require(intakes.setAnswer(intake.id, QStringLiteral("motivation"),
                              QStringLiteral("Ik wil graag met kinderen werken.")));

    const auto pdf = require(IntakeSummary(*db, clock).pdf(intake.id));
    CHECK(pdf.pages == 1);
    const QString text = traject::test::pdfText(pdf.bytes).simplified();
    CHECK(text.contains(QStringLiteral("Motivatie en verwachtingen")));
    CHECK(text.contains(QStringLiteral("Ik wil graag met kinderen werken.")));
    CHECK_FALSE(text.contains(QStringLiteral("Formele voorwaarden")));
    CHECK(
        text.contains(spoken(QStringLiteral("nl"), "No barriers were ticked in this interview.")));
    CHECK(text.contains(spoken(QStringLiteral("nl"), "No decision has been taken yet.")));
}

TEST_CASE("the intake summary is written to a file, or refused with the reason",
          "[documents][intake]")
{
    const FullIntake full;
    const IntakeSummary summary(*full.db, full.clock);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("intake.pdf"));
    CHECK(require(summary.write(full.intake.id, path)) == 1);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(traject::test::pdfPages(written.readAll()) == 1);

    CHECK_FALSE(summary.write(full.intake.id, folder.filePath(QStringLiteral("no/such/x.pdf"))));
    const auto unknown = summary.write(999, folder.filePath(QStringLiteral("other.pdf")));
    REQUIRE_FALSE(unknown);
    // The summary is made in its own language (Dutch unless told), but this message is for the
    // SPOC, in the program's language (the English source text in this test runner).
    CHECK(unknown.error().message == QStringLiteral("This intake does not exist (number 999)."));
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("other.pdf"))));
    CHECK_FALSE(summary.pdf(full.intake.id, QStringLiteral("fr")));
}

TEST_CASE("very long notes take a second page, and no word of them is lost", "[documents][intake]")
{
    FullIntake full(false);
    QString notes;
    for (int i = 0; i < 60; ++i)
        notes += QStringLiteral("Een lange notitie over de motivatie, zin %1. ").arg(i + 1);
    require(full.intakes.setAnswer(full.intake.id, QStringLiteral("motivation"), notes));
    int pages = 0;
    const QString text = full.text(QStringLiteral("nl"), &pages);
    CHECK(pages >= 2);
    for (const int sentence : { 1, 30, 60 })
        CHECK(text.contains(QStringLiteral("zin %1.").arg(sentence)));
    CHECK(text.contains(QStringLiteral("pagina %1 van %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Terugkoppeling aan de VDAB-consulent")));
}

} // namespace TRAJECT_UNITY_ID
