// SPDX-License-Identifier: GPL-3.0-or-later
// The ESF+ indicators: the catalogue as data, the answers and their storage.
#include "RepositoryFixtures.h"

#include "edits/RecordEsfAnswer.h"
#include "esf/EsfCatalogue.h"
#include "esf/EsfProposal.h"
#include "storage/EsfRepository.h"
#include "storage/Removal.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;
using esf::EsfAnswer;
using esf::EsfCatalogue;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList made;
    for (const char *item : items)
        made.append(QLatin1String(item));
    return made;
}

EsfAnswer answer(qint64 learner, const char *indicator, std::initializer_list<const char *> codes,
                 QDate asked)
{
    EsfAnswer made;
    made.learnerId = learner;
    made.indicator = QLatin1String(indicator);
    made.codes = strings(codes);
    made.askedOn = asked;
    return made;
}

QStringList keys(const std::vector<const esf::EsfIndicator *> &indicators)
{
    QStringList found;
    for (const auto *indicator : indicators)
        found.append(indicator->key);
    return found;
}

QStringList messages(const Problems &problems)
{
    QStringList found;
    for (const FieldError &problem : problems)
        found.append(problem.message);
    return found;
}

} // namespace

TEST_CASE("The built-in ESF+ catalogue asks what Annex I counts, at entry and after")
{
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    CHECK(keys(catalogue.at(esf::Moment::Entry))
          == strings({ "gender", "labour_status", "education", "disability", "third_country",
                       "foreign_background", "minority", "homeless" }));
    CHECK(keys(catalogue.at(esf::Moment::Leaving)) == strings({ "result_leaving" }));
    CHECK(keys(catalogue.at(esf::Moment::SixMonths)) == strings({ "result_six_months" }));

    // Every indicator takes a refusal and "unknown", and every answer has a Dutch and English
    // label.
    for (const auto &indicator : catalogue.indicators()) {
        INFO(indicator.key.toStdString());
        CHECK(catalogue.choice(indicator, EsfCatalogue::Refused));
        CHECK(catalogue.choice(indicator, EsfCatalogue::Unknown));
        CHECK_FALSE(indicator.question.nl.isEmpty());
        for (const auto &choice : indicator.choices) {
            CHECK_FALSE(choice.label.nl.isEmpty());
            CHECK_FALSE(choice.label.en.isEmpty());
        }
    }
    // The codes confirmed in the Commission's material.
    const auto *labour = catalogue.indicator(QStringLiteral("labour_status"));
    REQUIRE(labour);
    CHECK(catalogue.choice(*labour, QStringLiteral("long_term_unemployed"))
              ->counts.contains(QStringLiteral("EECO02")));
    const auto *disability = catalogue.indicator(QStringLiteral("disability"));
    REQUIRE(disability);
    CHECK(disability->sensitive);
    CHECK(catalogue.choice(*disability, QStringLiteral("yes"))->counts
          == QStringList(QStringLiteral("EECO12")));
    CHECK(catalogue.choice(*disability, QStringLiteral("no"))->counts.isEmpty());
}

TEST_CASE("A catalogue with a mistake is refused with a message")
{
    const QByteArray shared = R"("notAnswered": [
        { "code": "refused", "label": { "nl": "Weigert", "en": "Refuses" } },
        { "code": "unknown", "label": { "nl": "Onbekend", "en": "Unknown" } } ])";
    const auto withIndicators = [&](const QByteArray &indicators) {
        return EsfCatalogue::parse("{" + shared + R"(, "indicators": [)" + indicators + "]}");
    };
    const QByteArray good = R"({ "key": "gender", "moment": "entry", "label": { "nl": "Gender" },
        "answers": [ { "code": "woman", "label": { "nl": "Vrouw" } } ] })";
    REQUIRE(withIndicators(good).ok());

    CHECK_FALSE(EsfCatalogue::parse("not json").ok());
    CHECK_FALSE(withIndicators("").ok()); // empty
    CHECK_FALSE(withIndicators(good + "," + good).ok()); // a key twice
    QByteArray when = good;
    CHECK_FALSE(withIndicators(when.replace("entry", "later")).ok());
    QByteArray refusedTwice = good;
    CHECK_FALSE(withIndicators(refusedTwice.replace("woman", "refused")).ok());
    QByteArray noLabel = good;
    CHECK_FALSE(withIndicators(noLabel.replace(R"({ "nl": "Vrouw" })", "{}")).ok());
}

TEST_CASE("An ESF+ answer is checked before it is stored")
{
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    const QDate today(2025, 3, 14);
    const auto problemsOf
        = [&](const EsfAnswer &a) { return messages(a.validate(catalogue, today)); };

    CHECK(problemsOf(answer(1, "gender", { "woman" }, today)).isEmpty());
    CHECK(problemsOf(answer(1, "disability", { "refused" }, today)).isEmpty());
    CHECK(
        problemsOf(answer(1, "result_leaving", { "employed", "qualification" }, today)).isEmpty());

    CHECK(problemsOf(answer(1, "shoe_size", { "42" }, today))
          == QStringList(QStringLiteral("\"shoe_size\" is not an ESF+ indicator.")));
    CHECK(problemsOf(answer(1, "gender", { "other" }, today))
          == QStringList(QStringLiteral("\"other\" is not an answer to \"Gender\".")));
    CHECK(problemsOf(answer(1, "gender", {}, today))
          == QStringList(QStringLiteral("Choose an answer, or \"Refuses to answer\".")));
    CHECK(problemsOf(answer(1, "gender", { "woman", "man" }, today))
          == QStringList(QStringLiteral("\"Gender\" takes one answer.")));
    CHECK(
        problemsOf(answer(1, "result_leaving", { "employed", "refused" }, today))
        == QStringList(QStringLiteral("A refusal or \"unknown\" cannot go with another answer.")));
    CHECK(problemsOf(answer(1, "result_leaving", { "employed", "employed" }, today))
          == QStringList(QStringLiteral("An answer is given twice.")));
    CHECK(problemsOf(answer(1, "minority", { "refused" }, {}))
          == QStringList(
              QStringLiteral("Record the day the question was asked, also when it was refused.")));
    CHECK(problemsOf(answer(1, "minority", { "no" }, today.addDays(1)))
          == QStringList(QStringLiteral("The day it was asked lies in the future.")));
}

TEST_CASE("ESF+ answers are stored one per indicator, can be taken back, and go with the learner")
{
    auto db = memoryDatabase();
    FixedClock clock(QDate(2025, 3, 14));
    const qint64 learner = addLearner(*db, clock);
    EsfRepository repository(*db, clock);

    EsfAnswer homeless = answer(learner, "homeless", { "refused" }, QDate(2025, 3, 10));
    EsfAnswer gender = answer(learner, "gender", { "woman" }, QDate(2025, 3, 10));
    require(repository.record(homeless));
    require(repository.record(gender));
    auto stored = require(repository.forLearner(learner));
    REQUIRE(stored.size() == 2);
    CHECK(stored[0] == gender); // in the catalogue's order
    CHECK(stored[1] == homeless);

    // Asked again: the new answer takes the place of the old one.
    EsfAnswer again = answer(learner, "homeless", { "no" }, QDate(2025, 3, 14));
    CHECK(require(repository.record(again)) == homeless.id);
    CHECK(rowCount(*db, "esf_answer") == 2);
    CHECK(require(repository.answer(learner, QStringLiteral("homeless")))->codes
          == QStringList(QStringLiteral("no")));

    // A wrong answer is refused and changes nothing.
    EsfAnswer wrong = answer(learner, "homeless", { "maybe" }, QDate(2025, 3, 14));
    CHECK_FALSE(repository.record(wrong).ok());
    EsfAnswer nobody = answer(learner + 100, "gender", { "man" }, QDate(2025, 3, 14));
    const auto refused = repository.record(nobody);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("does not exist")));
    CHECK(rowCount(*db, "esf_answer") == 2);

    Removal removal;
    require(repository.remove(gender.id, &removal));
    CHECK_FALSE(require(repository.answer(learner, QStringLiteral("gender"))).has_value());
    require(removal.restore(*db));
    CHECK(require(repository.answer(learner, QStringLiteral("gender"))) == gender);

    require(LearnerRepository(*db, clock).remove(learner));
    CHECK(rowCount(*db, "esf_answer") == 0);
}

TEST_CASE("Recording an ESF+ answer is one edit that reverts to what was there")
{
    auto db = memoryDatabase();
    FixedClock clock(QDate(2025, 3, 14));
    const qint64 learner = addLearner(*db, clock);
    EsfRepository repository(*db, clock);
    EsfAnswer first = answer(learner, "minority", { "refused" }, QDate(2025, 3, 3));
    require(repository.record(first));

    RecordEsfAnswer change(*db, clock, learner, QStringLiteral("minority"),
                           answer(0, "", { "no" }, QDate(2025, 3, 14)));
    CHECK(change.text() == QStringLiteral("Record ESF+ \"Minority\""));
    require(change.apply());
    CHECK(require(repository.answer(learner, QStringLiteral("minority")))->codes
          == strings({ "no" }));
    require(change.revert());
    const auto back = require(repository.answer(learner, QStringLiteral("minority")));
    REQUIRE(back);
    CHECK(back->codes == first.codes);
    CHECK(back->askedOn == first.askedOn);
    require(change.apply()); // redo
    CHECK(require(repository.answer(learner, QStringLiteral("minority")))->codes
          == strings({ "no" }));

    // Taking an answer back leaves the indicator not asked; revert brings it back.
    RecordEsfAnswer clear(*db, clock, learner, QStringLiteral("minority"), std::nullopt);
    require(clear.apply());
    CHECK_FALSE(require(repository.answer(learner, QStringLiteral("minority"))).has_value());
    require(clear.revert());
    CHECK(require(repository.answer(learner, QStringLiteral("minority")))->codes
          == strings({ "no" }));

    // A wrong answer changes nothing.
    RecordEsfAnswer wrong(*db, clock, learner, QStringLiteral("minority"),
                          answer(0, "", { "no" }, QDate(2025, 4, 1)));
    CHECK_FALSE(wrong.apply().ok());
    CHECK(require(repository.answer(learner, QStringLiteral("minority")))->askedOn
          == QDate(2025, 3, 14));
}

TEST_CASE("The dossier proposes an ESF+ answer only where it leaves no doubt")
{
    using esf::proposedAnswer;
    Learner learner;
    const auto proposed
        = [&](const char *indicator) { return proposedAnswer(learner, QLatin1String(indicator)); };
    CHECK(proposed("gender").isEmpty());
    learner.gender = Gender::X;
    CHECK(proposed("gender") == QStringLiteral("non_binary"));

    learner.statusBeforeStart = StatusBeforeStart::JobSeeker;
    CHECK(proposed("labour_status").isEmpty()); // how long is not known
    learner.monthsUnemployed = 11;
    CHECK(proposed("labour_status") == QStringLiteral("unemployed"));
    learner.monthsUnemployed = 12;
    CHECK(proposed("labour_status") == QStringLiteral("long_term_unemployed"));
    learner.statusBeforeStart = StatusBeforeStart::Inactive;
    CHECK(proposed("labour_status") == QStringLiteral("inactive"));

    learner.educationLevel = EducationLevel::Medium;
    CHECK(proposed("education") == QStringLiteral("isced_3_4"));
    learner.foreignDiploma = QStringLiteral("Licence en droit (Kinshasa)");
    learner.diplomaRecognition = DiplomaRecognition::Requested;
    CHECK(proposed("education").isEmpty()); // the level reached may be higher
    learner.diplomaRecognition = DiplomaRecognition::Recognised;
    learner.educationLevel = EducationLevel::High;
    CHECK(proposed("education") == QStringLiteral("isced_5_8"));

    learner.migrationBackground = MigrationBackground::No;
    CHECK(proposed("foreign_background").isEmpty());
    learner.migrationBackground = MigrationBackground::Yes;
    CHECK(proposed("foreign_background") == QStringLiteral("yes"));
    // Sensitive facts are always asked.
    CHECK(proposed("disability").isEmpty());
    CHECK(proposed("minority").isEmpty());
}

} // namespace TRAJECT_UNITY_ID
