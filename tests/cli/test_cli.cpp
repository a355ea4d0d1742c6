// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>

TEST_CASE("the program prints its version")
{
    QProcess process;
    process.start(QStringLiteral(TRAJECT_APP), { QStringLiteral("--version") });
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("0.1.0")));
}
