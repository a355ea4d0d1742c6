// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace traject::test {

Run run(const QStringList &arguments, const QTemporaryDir &home, Display display)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    if (display == Display::Offscreen) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRAJECT_APP), arguments);
    REQUIRE(process.waitForFinished(120000));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString demoDatabase(const QTemporaryDir &home)
{
    const QString db = home.filePath(QStringLiteral("caseload.sqlite"));
    const Run made = run(
        { QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--no-window") },
        home, Display::None);
    REQUIRE(made.exitCode == 0);
    return db;
}

} // namespace traject::test
