// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace traject::test {

std::unique_ptr<Database> memoryDatabase()
{
    return require(Database::openInMemory());
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
