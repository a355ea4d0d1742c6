// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/LearnerExport.h"
#include "storage/AuditLog.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("a learner's data are exported as JSON and as a readable PDF, and the export is logged")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(traject::test::fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 learnerId
        = require(sql::scalar(*db, QStringLiteral("SELECT min(learner_id) FROM barrier")));
    const sql::Binds id { { QStringLiteral("id"), learnerId } };
    require(sql::exec(*db,
                      QStringLiteral("UPDATE barrier SET description = 'Geen opvang voor de "
                                     "jongste' WHERE id = (SELECT min(id) FROM barrier WHERE "
                                     "learner_id = :id)"),
                      id));
    require(sql::exec(*db,
                      QStringLiteral("INSERT INTO plan_version (learner_id, number, created_at, "
                                     "pdf) VALUES (:id, 1, '2025-03-01T10:00:00', X'255044460A')"),
                      id));
    const QString lastName = require(sql::selectOne<QString>(
        *db, QStringLiteral("SELECT last_name FROM learner WHERE id = :id"), id,
        [](const QSqlQuery &query) { return query.value(0).toString(); }, {}));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto files = require(LearnerExport(*db, clock).write(learnerId, dir.path()));
    CHECK(files.json
          == QDir(dir.path()).filePath(QStringLiteral("cursist-%1.json").arg(learnerId)));
    CHECK(files.pdf == QDir(dir.path()).filePath(QStringLiteral("cursist-%1.pdf").arg(learnerId)));
    CHECK(QFileInfo(files.json).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    CHECK(QFileInfo(files.pdf).permissions() == QFileInfo(files.json).permissions());

    QJsonParseError error;
    const auto json = QJsonDocument::fromJson(readAll(files.json), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject tables = json.object().value(QStringLiteral("tables")).toObject();
    const QJsonObject learner
        = tables.value(QStringLiteral("learner")).toArray().first().toObject();
    CHECK(learner.value(QStringLiteral("last_name")).toString() == lastName);
    CHECK(learner.value(QStringLiteral("id")).toInteger() == learnerId);
    bool barrierFound = false;
    for (const auto &barrier : tables.value(QStringLiteral("barrier")).toArray())
        barrierFound |= barrier.toObject().value(QStringLiteral("description")).toString()
            == QStringLiteral("Geen opvang voor de jongste");
    CHECK(barrierFound);
    CHECK(tables.contains(QStringLiteral("phase_change")));
    CHECK(tables.contains(QStringLiteral("intake_answer"))
          == tables.contains(QStringLiteral("intake")));
    const QJsonObject pdf = tables.value(QStringLiteral("plan_version"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("pdf"))
                                .toObject();
    CHECK(pdf.value(QStringLiteral("bytes")).toInt() == 5);
    CHECK(QByteArray::fromBase64(pdf.value(QStringLiteral("base64")).toString().toLatin1())
          == QByteArray("%PDF\n"));
    // Only this learner's rows.
    for (const auto &row : tables.value(QStringLiteral("barrier")).toArray())
        CHECK(row.toObject().value(QStringLiteral("learner_id")).toInteger() == learnerId);

    const QString text = traject::test::pdfText(readAll(files.pdf));
    CHECK(text.contains(lastName));
    CHECK(text.contains(QStringLiteral("Geen opvang voor de jongste")));
    CHECK(text.contains(QStringLiteral("Barriers")));
    CHECK(files.pages >= 1);

    const auto entries = require(AuditLog(*db, clock).entries());
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().action == AuditAction::Export);
    CHECK(entries.front().subject == learnerSubject(learnerId));
    CHECK_FALSE(entries.front().detail.contains(lastName));
}

TEST_CASE("exporting an unknown learner or into a missing folder writes nothing")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(traject::test::fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    QTemporaryDir dir;
    auto unknown = LearnerExport(*db, clock).write(9999, dir.path());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == QStringLiteral("There is no learner with number 9999."));
    CHECK(QDir(dir.path()).isEmpty());
    auto missing = LearnerExport(*db, clock).write(1, dir.filePath(QStringLiteral("nope/deeper")));
    CHECK_FALSE(missing.ok());
    CHECK(require(AuditLog(*db, clock).entries()).empty());
}

} // namespace TRAJECT_UNITY_ID
