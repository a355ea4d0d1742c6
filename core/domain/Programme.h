// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Result.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

/// A training module of a programme (editable data, not code).
struct Module
{
    qint64 id = 0;
    int position = 0;
    QString name;
    int lestijden = 0; // teaching periods (Syntra: hours)
    int workplacePercent = 0; // share of work-place learning
    bool isPlacement = false; // the placement (stage) module
    bool toBeNamed = false; // the sources do not name it yet
    int typicalSemester = 0; // 0 = any

    bool operator==(const Module &) const = default;
};

/// A programme (opleiding) with its modules, e.g. "Kinderbegeleider baby's en peuters (CVO)".
struct Programme
{
    Q_DECLARE_TR_FUNCTIONS(Programme)

public:
    qint64 id = 0;
    QString name;
    ProviderKind provider = ProviderKind::Cvo;
    std::optional<qint64> providerId; // the organisation that teaches it
    int durationMonths = 12;
    int totalLestijden = 0; // without the placement module
    double classDaysPerWeek = 0;
    int placementHours = 0;
    int observationHours = 0;
    QString description;
    QString templateKey; // which shipped template it came from, if any
    std::vector<Module> modules;

    int moduleCount(bool includePlacement) const;
    int workplaceModuleCount() const;
    int sumLestijden(bool includePlacement) const;
    /// How many modules are still to be named (`Module::toBeNamed`), the placement module
    /// included: while there are any, the programme is incomplete and a plan counts these
    /// modules instead of printing their placeholder names.
    int unnamedModules() const;
    Problems validate() const;
    bool operator==(const Programme &) const = default;
};

namespace ProgrammeTemplates {
/// Keys of the shipped templates ("cvo-kinderbegeleider", "syntra-kinderbegeleider").
QStringList keys();
/// Loads a shipped template from the resources (":/programmes/<key>.json").
Result<Programme> load(const QString &key);
/// Parses a template from JSON; errors name the problem.
Result<Programme> fromJson(const QByteArray &json);
} // namespace ProgrammeTemplates

} // namespace traject
