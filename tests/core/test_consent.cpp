// SPDX-License-Identifier: GPL-3.0-or-later
// Consent as records: validation, storage, the conversion of the single consent field of schema
// step 1, and what a plan for a partner may then contain.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QSqlQuery>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

qint64 addLearner(Database &db, const Clock &clock)
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("El Idrissi");
    learner.phaseSince = clock.today();
    return require(LearnerRepository(db, clock).add(learner));
}

Consent validConsent(qint64 learnerId)
{
    Consent consent;
    consent.learnerId = learnerId;
    consent.recipient = ConsentRecipient::EmploymentService;
    consent.recipientName = QStringLiteral("VDAB Gent");
    consent.givenOn = fixedToday().addMonths(-2);
    consent.shares = { ConsentShare::Trajectory, ConsentShare::Training };
    return consent;
}

QStringList fieldsOf(const Problems &problems)
{
    QStringList fields;
    for (const auto &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("a consent says to whom, what and from when, and is refused when it does not",
          "[core][consent]")
{
    const QDate today = fixedToday();
    CHECK(validConsent(1).validate(today).isEmpty());

    Consent noDate = validConsent(1);
    noDate.givenOn = QDate();
    CHECK(fieldsOf(noDate.validate(today)) == QStringList { QStringLiteral("givenOn") });

    Consent future = validConsent(1);
    future.givenOn = today.addDays(1);
    CHECK(fieldsOf(future.validate(today)) == QStringList { QStringLiteral("givenOn") });

    Consent withdrawnBefore = validConsent(1);
    withdrawnBefore.withdrawnOn = withdrawnBefore.givenOn.addDays(-1);
    CHECK(fieldsOf(withdrawnBefore.validate(today))
          == QStringList { QStringLiteral("withdrawnOn") });

    Consent nobody = validConsent(1);
    nobody.recipient = ConsentRecipient::Other;
    nobody.recipientName = QStringLiteral("  ");
    CHECK(fieldsOf(nobody.validate(today)) == QStringList { QStringLiteral("recipientName") });

    Consent nothing = validConsent(1);
    nothing.shares.clear();
    CHECK(fieldsOf(nothing.validate(today)) == QStringList { QStringLiteral("shares") });

    Consent sensitiveAlone = validConsent(1);
    sensitiveAlone.shares.append(ConsentShare::Sensitive);
    CHECK(fieldsOf(sensitiveAlone.validate(today)) == QStringList { QStringLiteral("shares") });
    sensitiveAlone.shares.append(ConsentShare::Barriers);
    CHECK(sensitiveAlone.validate(today).isEmpty());
}

TEST_CASE("a consent holds from the day it is given until the day it is withdrawn",
          "[core][consent]")
{
    Consent consent = validConsent(1);
    consent.givenOn = QDate(2025, 3, 1);
    CHECK_FALSE(consent.isActiveOn(QDate(2025, 2, 28)));
    CHECK(consent.isActiveOn(QDate(2025, 3, 1)));
    consent.withdrawnOn = QDate(2025, 6, 1);
    CHECK(consent.isActiveOn(QDate(2025, 5, 31)));
    CHECK_FALSE(consent.isActiveOn(QDate(2025, 6, 1)));
}

TEST_CASE("consents are stored, listed newest first, and the partner ones are found",
          "[core][consent]")
{
    auto db = test::memoryDatabase();
    FixedClock clock(fixedToday());
    const qint64 learner = addLearner(*db, clock);
    ConsentRepository consents(*db, clock);

    Consent older = validConsent(learner);
    older.note = QStringLiteral("formulier in de papieren map");
    require(consents.add(older));
    CHECK(older.id != 0);
    CHECK(require(consents.get(older.id)) == older);

    Consent workplace = validConsent(learner);
    workplace.recipient = ConsentRecipient::Workplace;
    workplace.givenOn = fixedToday().addDays(-3);
    workplace.shares = { ConsentShare::Placements };
    require(consents.add(workplace));

    Consent withdrawn = validConsent(learner);
    withdrawn.givenOn = fixedToday().addDays(-10);
    withdrawn.withdrawnOn = fixedToday().addDays(-1);
    require(consents.add(withdrawn));

    const auto all = require(consents.forLearner(learner));
    REQUIRE(all.size() == 3);
    CHECK(all[0].id == workplace.id);
    CHECK(all[1].id == withdrawn.id);
    CHECK(all[2].id == older.id);

    const auto partner = require(consents.partnerConsents(learner, clock.today()));
    REQUIRE(partner.size() == 1);
    CHECK(partner.front().id == older.id);

    // Refusals store nothing; an unknown learner is named.
    Consent invalid = validConsent(learner);
    invalid.shares.clear();
    CHECK_FALSE(consents.add(invalid).ok());
    Consent stranger = validConsent(987654);
    const auto refused = consents.add(stranger);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == QStringLiteral("This learner does not exist (number 987654)."));
    CHECK(require(consents.forLearner(learner)).size() == 3);

    // The learner's consents go with the learner.
    require(LearnerRepository(*db, clock).remove(learner));
    CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM consent"))) == 0);
}

TEST_CASE("the single consent field of older files becomes a consent record",
          "[core][consent][migration]")
{
    auto db = require(Database::openInMemoryAtVersion(6));
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO learner (id, first_name, last_name, consent_date, consent_scope) VALUES "
        "(1, 'Amina', 'El Idrissi', '2025-02-03', 'VDAB en CVO'), "
        "(2, 'Joris', 'Peeters', NULL, '')")));
    require(db->upgrade());
    CHECK(db->schemaVersion() == Database::latestVersion());

    FixedClock clock(fixedToday());
    ConsentRepository consents(*db, clock);
    const auto amina = require(consents.forLearner(1));
    REQUIRE(amina.size() == 1);
    CHECK(amina.front().givenOn == QDate(2025, 2, 3));
    CHECK(amina.front().note == QStringLiteral("VDAB en CVO"));
    CHECK(amina.front().recipient == ConsentRecipient::Other);
    CHECK(amina.front().covers(ConsentShare::Training));
    CHECK_FALSE(amina.front().covers(ConsentShare::Sensitive));
    CHECK(require(consents.forLearner(2)).empty());
    // The old columns are gone, and the learner reads as before.
    CHECK_FALSE(query.exec(QStringLiteral("SELECT consent_date FROM learner")));
    CHECK(require(LearnerRepository(*db, clock).get(1)).firstName == QStringLiteral("Amina"));
}

TEST_CASE("the demo learners past the intake have consents, some withdrawn", "[core][consent]")
{
    auto db = test::memoryDatabase();
    FixedClock clock(fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    int withConsent = 0;
    int withdrawn = 0;
    for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
        const auto consents = require(ConsentRepository(*db, clock).forLearner(learner.id));
        withConsent += consents.empty() ? 0 : 1;
        for (const Consent &consent : consents) {
            CHECK(consent.validate(clock.today()).isEmpty());
            withdrawn += consent.withdrawnOn.isValid() ? 1 : 0;
        }
    }
    CHECK(withConsent >= 15);
    CHECK(withdrawn >= 1);
}

} // namespace TRAJECT_UNITY_ID
