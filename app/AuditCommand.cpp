// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "privacy/AuditSummary.h"

#include <cstdio>

namespace AuditCommand {

int checkAuditLog(traject::Database &database, const traject::Clock &clock)
{
    const auto report = traject::AuditSummary::checkChain(database, clock);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return 2;
    }
    std::printf("%s\n", qPrintable(report->text));
    return report->intact ? 0 : 1;
}

} // namespace AuditCommand
