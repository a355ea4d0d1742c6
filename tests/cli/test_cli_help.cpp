// SPDX-License-Identifier: GPL-3.0-or-later
// --help in Dutch, its placeholders (value names) included.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using traject::test::run;

TEST_CASE("cli: --help speaks Dutch in its placeholders too, not FILE in a Dutch sentence")
{
    QTemporaryDir home;
    const auto help = run({ QStringLiteral("--help") }, home);
    REQUIRE(help.exitCode == 0);
    INFO(help.out.toStdString());

    // The value names after the options: the Dutch words a SPOC reads.
    const QStringList dutch
        = { QStringLiteral("BESTAND"), QStringLiteral("MAP"),   QStringLiteral("ID"),
            QStringLiteral("N"),       QStringLiteral("WIE"),   QStringLiteral("TAAL"),
            QStringLiteral("HOE"),     QStringLiteral("SOORT"), QStringLiteral("DATUM"),
            QStringLiteral("KEUZE"),   QStringLiteral("LIJST") };
    QStringList shown;
    const QRegularExpression valueName(QStringLiteral("--[a-z-]+ <([^>]+)>"));
    for (auto it = valueName.globalMatch(help.out); it.hasNext();)
        shown.append(it.next().captured(1));
    CHECK(shown.contains(QStringLiteral("BESTAND")));
    for (const QString &name : std::as_const(shown)) {
        INFO("value name " << name.toStdString());
        CHECK(dutch.contains(name));
    }

    // Nor in the sentences that explain them.
    for (const char *english :
         { "FILE", "FOLDER", "HOW", "KIND", "DATE", "WHO", "LANGUAGE", "CHOICE", "LIST" }) {
        INFO("English value name " << english);
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QLatin1String(english)));
        CHECK_FALSE(help.out.contains(word));
    }
}

} // namespace TRAJECT_UNITY_ID
