// SPDX-License-Identifier: GPL-3.0-or-later
// `--backup FILE` writes a checked copy of the database, or says why not and writes
// nothing.

#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/Backups.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

TEST_CASE("cli: --backup writes a checked copy and says how many learners it holds")
{
    QTemporaryDir home;
    const QString path = demoDatabase(home);
    const QByteArray before = fileChecksum(path);
    const QString target = home.filePath(QStringLiteral("copy.sqlite"));

    const Run done
        = run({ QStringLiteral("--db"), path, QStringLiteral("--backup"), target }, home);
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out
          == QStringLiteral("Back-up van 25 cursisten geschreven naar %1.\n")
                 .arg(QDir::toNativeSeparators(target)));
    require(Backups::checkIntegrity(target));
    CHECK(Backups::peek(target).learners == 25);
    CHECK((QFileInfo(target).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
          == 0);
    // The database itself gains only the audit entry of the copy (test_cli_export_audit).
    CHECK(fileChecksum(path) != before);
    CHECK(Backups::peek(path).learners == 25);
}

TEST_CASE("cli: --backup into a missing folder or over the database itself fails, writing nothing")
{
    QTemporaryDir home;
    const QString path = demoDatabase(home);
    const QByteArray before = fileChecksum(path);

    const QString missing = home.filePath(QStringLiteral("nowhere/copy.sqlite"));
    const Run refused
        = run({ QStringLiteral("--db"), path, QStringLiteral("--backup"), missing }, home);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QDir::toNativeSeparators(home.filePath(QStringLiteral("nowhere")))));
    CHECK_FALSE(QFileInfo::exists(missing));

    const Run itself
        = run({ QStringLiteral("--db"), path, QStringLiteral("--backup"), path }, home);
    CHECK(itself.exitCode == 2);
    CHECK_FALSE(itself.err.isEmpty());
    CHECK(fileChecksum(path) == before);
}

} // namespace TRAJECT_UNITY_ID
