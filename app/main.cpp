// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trajectplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAJECT_VERSION));
    int exitCode = 0;
    const auto options = CommandLine::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    return 0;
}
