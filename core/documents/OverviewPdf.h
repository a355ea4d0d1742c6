// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedDocument.h"
#include "Result.h"
#include "overview/Overview.h"

#include <QCoreApplication>
#include <QString>

namespace traject {

class Clock;
class Database;

/// The overview on paper (A4): this week's lists, the funnel with its stops, the barriers by
/// category and the work-place learning progress, with the same charts as on screen.
class OverviewPdf
{
    Q_DECLARE_TR_FUNCTIONS(OverviewPdf)

public:
    static PagedDocument document(const Overview &overview);
    /// Writes the PDF atomically with its entry in the audit log of `database` (both or
    /// neither); returns its number of pages.
    static Result<int> write(Database &database, const Clock &clock, const Overview &overview,
                             const QString &path);
};

} // namespace traject
