// SPDX-License-Identifier: GPL-3.0-or-later
// `--check-audit-log` says whether the audit log's chain is intact (exit 0), where it is
// broken (exit 1), or that the database cannot be opened (exit 2).

#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// Three audit entries (ids 1, 2, 3) in the demo database.
QString databaseWithThreeEntries(const QTemporaryDir &home)
{
    const QString path = demoDatabase(home);
    auto db = require(Database::open(path));
    FixedClock clock(QDateTime(fixedToday(), QTime(9, 0)));
    AuditLog log(*db, clock);
    require(log.append(AuditAction::Export, learnerSubject(3), QStringLiteral("learner 1")));
    require(log.append(AuditAction::Anonymise, learnerSubject(4), QStringLiteral("barrier 1")));
    require(log.append(AuditAction::Backup, QStringLiteral("database"), {}));
    return path;
}

Run check(const QString &path, const QTemporaryDir &home)
{
    return run({ QStringLiteral("--db"), path, QStringLiteral("--check-audit-log") }, home,
               Display::None);
}

} // namespace

TEST_CASE("cli: --check-audit-log says an intact log is intact, with the number of entries")
{
    QTemporaryDir home;
    const QString path = databaseWithThreeEntries(home);
    const Run done = check(path, home);
    INFO(done.out.toStdString() + done.err.toStdString());
    CHECK(done.exitCode == 0);
    // The program speaks Dutch unless told otherwise.
    CHECK(done.out
          == QStringLiteral("Het auditlog is in orde: 3 regels gecontroleerd, elke regel sluit aan "
                            "op de vorige. Deze databank is niet versleuteld, dus haar 3 regels "
                            "dragen alleen een gewone hash: die toont schade en onzorgvuldige "
                            "wijzigingen, maar wie het bestand kon schrijven, kon ze herschrijven, "
                            "of het hele logboek.\n"));
    CHECK(done.err.isEmpty());
}

TEST_CASE("cli: --check-audit-log names the first entry that was changed, and exits 1")
{
    QTemporaryDir home;
    const QString path = databaseWithThreeEntries(home);
    {
        auto db = require(Database::open(path));
        require(sql::exec(*db,
                          QStringLiteral("UPDATE audit_entry SET subject = 'learner 9' "
                                         "WHERE id = 2")));
    }
    const QByteArray before = fileChecksum(path);
    const Run done = check(path, home);
    INFO(done.out.toStdString() + done.err.toStdString());
    CHECK(done.exitCode == 1);
    CHECK(done.out
          == QStringLiteral("Het auditlog is NIET in orde. Regel 2 werd gewijzigd nadat hij "
                            "geschreven was. De regels vóór regel 2 zijn in orde.\n"));
    // Checking changes nothing.
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("cli: --check-audit-log on a missing or foreign file exits 2 with a reason")
{
    QTemporaryDir home;
    const bool missing = GENERATE(true, false);
    const QString path = home.filePath(QStringLiteral("other.sqlite"));
    if (!missing) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all, just some text");
    }
    const Run done = check(path, home);
    INFO(done.out.toStdString() + done.err.toStdString());
    CHECK(done.exitCode == 2);
    CHECK_FALSE(done.err.isEmpty());
    CHECK(QFileInfo::exists(path) == !missing);
}

} // namespace TRAJECT_UNITY_ID
