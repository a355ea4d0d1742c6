// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace traject {

class Database;

/// What a SPOC types into VDAB's partner platform ("Mijn Loopbaan voor partners") about one
/// learner, on one page: who they are for VDAB, the consent to share with VDAB, and one block per
/// action (guidance by the SPOC, the pre-trajectory, the training, work-place learning,
/// aftercare) with its provider, start, end, hours per week and result. Each block can be copied
/// on its own.
struct MlpSummary
{
    Q_DECLARE_TR_FUNCTIONS(MlpSummary)

public:
    struct Block
    {
        QString title;
        /// Label and value, one per line; an empty value shows as "–".
        QList<QPair<QString, QString>> lines;
        /// The block as text to paste: the title, then "label: value" lines.
        QString text() const;
    };

    qint64 learnerId = 0;
    QString learnerName;
    QString fileTag; // for file names: Learner::fileTag(), never the name
    QDate made;
    std::vector<Block> blocks;

    /// Everything as text, block after block.
    QString text() const;

    /// The summary of this learner as the database holds it today. Fails for an unknown learner.
    static Result<MlpSummary> make(Database &database, const Clock &clock, qint64 learnerId);
};

} // namespace traject
