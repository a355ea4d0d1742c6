// SPDX-License-Identifier: GPL-3.0-or-later
// One version everywhere: the program's --version, the metainfo's newest release and the
// package's changelog all say project(VERSION), and the man page is the program's own --help.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject::test;

namespace {

QString generated(const char *name)
{
    return QDir(QStringLiteral(TRAJECT_DESKTOP_DIR)).filePath(QString::fromLatin1(name));
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString gunzipped(const QString &path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
    REQUIRE(gzip.waitForFinished());
    REQUIRE(gzip.exitCode() == 0);
    return QString::fromUtf8(gzip.readAllStandardOutput());
}

/// Every long option that --help lists ("--print-plan"), in the order it lists them.
QStringList longOptions(const QString &help)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("^ +(?:-\\w, )?(--[a-z-]+)"),
                                           QRegularExpression::MultilineOption);
    for (auto match = option.globalMatch(help); match.hasNext();)
        options.append(match.next().captured(1));
    return options;
}

} // namespace

TEST_CASE("release: the metainfo's newest release and the changelog's are the program's version")
{
    const QString version = QStringLiteral(TRAJECT_VERSION);
    const QString metainfo = readText(generated("be.trajectplanner.Trajectplanner.metainfo.xml"));
    static const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
    const auto newest = release.match(metainfo);
    REQUIRE(newest.hasMatch());
    CHECK(newest.captured(1) == version);
    // NEWS.md's releases, newest first: 0.2.0 then 0.1.0.
    CHECK(metainfo.count(QStringLiteral("<release ")) >= 2);
    CHECK(metainfo.contains(QStringLiteral("<release version=\"0.1.0\" date=\"2026-11-23\">")));

    const QString changelog = gunzipped(generated("changelog.gz"));
    CHECK(changelog.startsWith(
        QStringLiteral("trajectplanner (%1) unstable; urgency=medium\n\n").arg(version)));
    // The entries are wrapped as Debian's changelogs are (the sign-off line is as long as it is).
    for (const QString &line : changelog.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("  ")))
            CHECK(line.size() <= 80);

    QTemporaryDir home;
    CHECK(run({ QStringLiteral("--version") }, home)
              .out.startsWith(QStringLiteral("trajectplanner %1\n").arg(version)));
}

TEST_CASE("release: the man page lists every option of --help, in English")
{
    QTemporaryDir home;
    REQUIRE(QDir().mkpath(home.filePath(QStringLiteral("config/trajectplanner"))));
    QFile settings(home.filePath(QStringLiteral("config/trajectplanner/trajectplanner.conf")));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=en\n");
    settings.close();
    const auto help = run({ QStringLiteral("--help") }, home);
    REQUIRE(help.exitCode == 0);
    const QStringList options = longOptions(help.out);
    CHECK(options.size() > 30);

    const QString page = gunzipped(generated("man/trajectplanner.1.gz"));
    CHECK(page.contains(QStringLiteral("TRAJECTPLANNER \"1\"")));
    // roff writes a minus sign as \-.
    QString roff = page;
    roff.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    for (const QString &option : options) {
        INFO(option.toStdString());
        CHECK(roff.contains(option));
    }
    CHECK(roff.contains(QStringLiteral("~/.local/share/trajectplanner/trajectplanner.sqlite")));
}

} // namespace TRAJECT_UNITY_ID
