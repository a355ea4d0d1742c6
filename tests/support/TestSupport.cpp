// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/internal/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace traject::test {

std::unique_ptr<Database> memoryDatabase()
{
    return require(Database::openInMemory());
}

QString dumpDatabase(const Database &db, const QStringList &skip)
{
    auto tables
        = require(sql::exec(db,
                            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next()) {
        if (!skip.contains(tables.value(0).toString()))
            names.append(tables.value(0).toString());
    }
    QString text;
    for (const auto &name : std::as_const(names)) {
        auto rows = require(sql::exec(db, QStringLiteral("SELECT * FROM %1").arg(name)));
        QStringList lines;
        while (rows.next()) {
            QString line = name;
            for (int i = 0; i < rows.record().count(); ++i)
                line += QLatin1Char('|')
                    + (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            lines.append(line);
        }
        lines.sort();
        text += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return text;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool skipsFail()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

void noteSkip(const std::string &reason)
{
    const QString log = qEnvironmentVariable("TRAJECT_SKIP_LOG");
    if (log.isEmpty())
        return;
    QFile file(log);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    file.write(QByteArray::fromStdString(Catch::getResultCapture().getCurrentTestName()) + '\t'
               + QByteArray::fromStdString(reason) + '\n');
}

void killNow(QProcess &process)
{
    if (process.state() != QProcess::Running || process.processId() <= 0) {
        FAIL("the process had already ended (exit code "
             << process.exitCode() << "): " << process.readAllStandardError().toStdString());
    }
    process.kill(); // SIGKILL on Unix
    REQUIRE(process.waitForFinished(30000));
}

} // namespace traject::test
