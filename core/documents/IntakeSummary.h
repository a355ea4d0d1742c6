// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedDocument.h"
#include "SpocContact.h"

namespace traject {

class Clock;
class Database;

/// The one-page summary of an intake interview (intakegesprek), printed to be signed by the SPOC
/// and the candidate: who, when, every answered question of the template the intake answered, the
/// support network, the barriers ticked with their actions, the decision and the next steps.
/// Laid out like the personal plan (PagedDocument on A4), in the language asked for.
class IntakeSummary
{
    Q_DECLARE_TR_FUNCTIONS(IntakeSummary)

public:
    /// `spoc`: the SPOC's own details (from the settings), printed when the candidate's role
    /// card names no SPOC.
    IntakeSummary(Database &database, const Clock &clock, SpocContact spoc = {});

    /// The summary of an intake in Dutch ("nl") or English ("en"). Fails for an unknown intake
    /// or language.
    Result<PagedDocument> document(qint64 intakeId,
                                   const QString &language = QStringLiteral("nl")) const;
    /// The same as an A4 PDF.
    Result<PagedDocument::Pdf> pdf(qint64 intakeId,
                                   const QString &language = QStringLiteral("nl")) const;
    /// Writes the PDF to a file, whole or not at all; returns its number of pages. The error says
    /// why in words a SPOC can read (no such intake, missing folder, no permission).
    Result<int> write(qint64 intakeId, const QString &path,
                      const QString &language = QStringLiteral("nl")) const;

private:
    Database &m_database;
    const Clock &m_clock;
    SpocContact m_spoc;
};

} // namespace traject
