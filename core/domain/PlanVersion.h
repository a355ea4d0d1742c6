// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace traject {

/// One printed or saved document of a learner, kept with a copy of its PDF so that the paper
/// copy always matches a stored version and can be printed again. Plans and attendance sheets
/// are numbered separately per learner (1, 2, 3, ...); the repository gives the number.
struct PlanVersion
{
    qint64 id = 0;
    qint64 learnerId = 0;
    DocumentKind kind = DocumentKind::Plan;
    int number = 0; // set when stored
    QDateTime createdAt; // to the second; "now" when stored without one
    QString audience; // "learner", "workplace" or "partner" for a plan; empty for a sheet
    QString language = QStringLiteral("nl");
    QStringList sections; // the section codes, as given
    std::optional<qint64> subjectId; // the placement of an attendance sheet
    int pages = 0;
    QByteArray pdf; // empty in a list of versions, filled by PlanVersionRepository::get()

    bool operator==(const PlanVersion &) const = default;
};

} // namespace traject
