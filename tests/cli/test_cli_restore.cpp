// SPDX-License-Identifier: GPL-3.0-or-later
// --restore BACKUP restores as the window's Restore backup does (safety copy, checks, the register
// of erased learners applied; exit 2 with a message when refused), and --export-list caseload
// writes the caseload list through the window's writer, logged.
#include "CliSupport.h"
#include "TestSupport.h"

#include "exchange/CsvReader.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

qint64 learners(const QString &path, const QString &where = QStringLiteral("1"))
{
    auto db = require(Database::open(path));
    return require(
        sql::scalar(*db, QStringLiteral("SELECT count(*) FROM learner WHERE %1").arg(where)));
}

} // namespace

TEST_CASE("--restore restores a backup and a learner erased since stays erased")
{
    QTemporaryDir home;
    const QString path = demoDatabase(home);
    const QString backup = home.filePath(QStringLiteral("voor.sqlite"));
    REQUIRE(run({ QStringLiteral("--db"), path, QStringLiteral("--backup"), backup }, home).exitCode
            == 0);
    const qint64 all = learners(path);
    REQUIRE(run({ QStringLiteral("--db"), path, QStringLiteral("--erase-learner"),
                  QStringLiteral("3") },
                home)
                .exitCode
            == 0);
    REQUIRE(learners(path) == all - 1);
    // The copy made with --backup is known: the erasure took the learner out of it too.
    CHECK(learners(backup, QStringLiteral("id = 3")) == 0);

    // A backup made before the erasure, put there by hand.
    const QString older = home.filePath(QStringLiteral("ouder.sqlite"));
    {
        auto db = require(Database::open(path));
        require(sql::exec(*db,
                          QStringLiteral("INSERT INTO learner (id, first_name, last_name) "
                                         "VALUES (3, 'Terug', 'Gekomen')")));
        require(sql::exec(*db, QStringLiteral("VACUUM INTO :target"),
                          { { QStringLiteral("target"), older } }));
        require(sql::exec(*db, QStringLiteral("DELETE FROM learner WHERE id = 3")));
    }

    const Run restored
        = run({ QStringLiteral("--db"), path, QStringLiteral("--restore"), older }, home);
    INFO(restored.out.toStdString() << restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.contains(QDir::toNativeSeparators(older)));
    CHECK(learners(path, QStringLiteral("id = 3")) == 0);
    CHECK(learners(path) == all - 1);
    // The file as it was is kept in the backups folder.
    const auto kept = Backups(path).list();
    CHECK(std::any_of(kept.begin(), kept.end(), [](const BackupInfo &info) {
        return info.kind == BackupInfo::Kind::SafetyCopy;
    }));
}

TEST_CASE("--restore refuses what is not a whole backup, and changes nothing")
{
    QTemporaryDir home;
    const QString path = demoDatabase(home);
    const QByteArray before = fileContents(path);
    const QString broken = home.filePath(QStringLiteral("kapot.sqlite"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("geen databank");
    }
    const Run refused
        = run({ QStringLiteral("--db"), path, QStringLiteral("--restore"), broken }, home);
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(refused.err.trimmed().isEmpty());
    CHECK(fileContents(path) == before);
    CHECK(run({ QStringLiteral("--db"), path, QStringLiteral("--restore"),
                home.filePath(QStringLiteral("bestaat-niet.sqlite")) },
              home)
              .exitCode
          == 2);
}

TEST_CASE("--export-list caseload writes the caseload list as the window shows it, logged")
{
    QTemporaryDir home;
    const QString path = demoDatabase(home);
    const QString out = home.filePath(QStringLiteral("lijst.csv"));
    const Run exported = run({ QStringLiteral("--db"), path, QStringLiteral("--export-list"),
                               QStringLiteral("caseload"), QStringLiteral("--out"), out },
                             home);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const auto table = require(CsvReader::readFile(out));
    CHECK(table.rows.size() == static_cast<std::size_t>(learners(path)));
    CHECK(table.header.contains(QStringLiteral("Naam")));

    auto db = require(Database::open(path));
    const FixedClock clock(fixedToday());
    const auto entries = require(AuditLog(*db, clock).entries());
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == AuditAction::Export);
    CHECK(entries.back().subject == caseloadSubject());

    // Another list, or no file: refused with a message, nothing written.
    const Run unknown = run({ QStringLiteral("--db"), path, QStringLiteral("--export-list"),
                              QStringLiteral("barriers"), QStringLiteral("--out"), out },
                            home);
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("caseload")));
    CHECK(run({ QStringLiteral("--db"), path, QStringLiteral("--export-list"),
                QStringLiteral("caseload") },
              home)
              .exitCode
          != 0);
}

} // namespace TRAJECT_UNITY_ID
