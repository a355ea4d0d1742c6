// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real program as a user or a script would, with its own empty home folder.
#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace traject::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

enum class Display
{
    Offscreen, // QT_QPA_PLATFORM=offscreen
    None, // no platform and no display at all, as in a cron job
};

/// Runs the program with its own empty home, so that settings and default files stay in the test.
Run run(const QStringList &arguments, const QTemporaryDir &home,
        Display display = Display::Offscreen);

/// A demo caseload (25 learners) made by the program in "caseload.sqlite" of the home folder;
/// fails the test when it cannot be made. Returns its path.
QString demoDatabase(const QTemporaryDir &home);

} // namespace traject::test
