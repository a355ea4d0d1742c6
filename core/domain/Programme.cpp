// SPDX-License-Identifier: GPL-3.0-or-later
#include "Programme.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace traject {

int Programme::moduleCount(bool includePlacement) const
{
    int count = 0;
    for (const auto &module : modules)
        count += (includePlacement || !module.isPlacement) ? 1 : 0;
    return count;
}

int Programme::workplaceModuleCount() const
{
    int count = 0;
    for (const auto &module : modules)
        count += (!module.isPlacement && module.workplacePercent > 0) ? 1 : 0;
    return count;
}

int Programme::sumLestijden(bool includePlacement) const
{
    int sum = 0;
    for (const auto &module : modules)
        sum += (includePlacement || !module.isPlacement) ? module.lestijden : 0;
    return sum;
}

int Programme::unnamedModules() const
{
    int count = 0;
    for (const auto &module : modules)
        count += module.toBeNamed ? 1 : 0;
    return count;
}

Problems Programme::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Fill in the name of the programme.") });
    if (durationMonths < 1 || durationMonths > 36)
        problems.append(
            { QStringLiteral("durationMonths"), tr("A programme lasts 1 to 36 months.") });
    if (totalLestijden < 0 || placementHours < 0 || observationHours < 0)
        problems.append({ QStringLiteral("totalLestijden"),
                          tr("Hours and teaching periods cannot be negative.") });
    if (classDaysPerWeek < 0 || classDaysPerWeek > 5)
        problems.append(
            { QStringLiteral("classDaysPerWeek"), tr("Class days per week lie between 0 and 5.") });
    for (const auto &module : modules) {
        if (module.name.trimmed().isEmpty()) {
            problems.append({ QStringLiteral("modules"), tr("Every module needs a name.") });
            break;
        }
        if (module.lestijden < 0 || module.workplacePercent < 0 || module.workplacePercent > 100) {
            problems.append(
                { QStringLiteral("modules"),
                  tr("Module \"%1\": teaching periods must be positive and the share of "
                     "work-place learning between 0 and 100 %.")
                      .arg(module.name) });
            break;
        }
    }
    return problems;
}

namespace ProgrammeTemplates {

QStringList keys()
{
    return { QStringLiteral("cvo-kinderbegeleider"), QStringLiteral("syntra-kinderbegeleider") };
}

Result<Programme> load(const QString &key)
{
    QFile file(QStringLiteral(":/programmes/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly))
        return Error { Programme::tr("The programme template \"%1\" does not exist.").arg(key),
                       {} };
    auto programme = fromJson(file.readAll());
    if (programme)
        programme->templateKey = key;
    return programme;
}

Result<Programme> fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error { Programme::tr("The programme template cannot be read."),
                       parseError.errorString() };
    const auto object = document.object();

    Programme programme;
    programme.name = object.value(QLatin1String("name")).toString();
    programme.provider = fromCode<ProviderKind>(object.value(QLatin1String("provider")).toString())
                             .value_or(ProviderKind::Other);
    programme.durationMonths = object.value(QLatin1String("durationMonths")).toInt(12);
    programme.totalLestijden = object.value(QLatin1String("totalLestijden")).toInt();
    programme.classDaysPerWeek = object.value(QLatin1String("classDaysPerWeek")).toDouble();
    programme.placementHours = object.value(QLatin1String("placementHours")).toInt();
    programme.observationHours = object.value(QLatin1String("observationHours")).toInt();
    programme.description = object.value(QLatin1String("description")).toString();

    int position = 0;
    for (const auto &value : object.value(QLatin1String("modules")).toArray()) {
        const auto item = value.toObject();
        Module module;
        module.position = ++position;
        module.name = item.value(QLatin1String("name")).toString();
        module.lestijden = item.value(QLatin1String("lestijden")).toInt();
        module.workplacePercent = item.value(QLatin1String("workplacePercent")).toInt();
        module.isPlacement = item.value(QLatin1String("placement")).toBool();
        module.toBeNamed = item.value(QLatin1String("toBeNamed")).toBool();
        module.typicalSemester = item.value(QLatin1String("semester")).toInt();
        programme.modules.push_back(module);
    }

    const auto problems = programme.validate();
    if (!problems.isEmpty())
        return Error { Programme::tr("The programme template is not valid."), describe(problems) };
    return programme;
}

} // namespace ProgrammeTemplates
} // namespace traject
