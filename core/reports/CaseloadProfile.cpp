// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadProfile.h"

#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QHash>

#include <algorithm>

namespace traject {

namespace {

constexpr int threshold = 5;

/// One cell per value of an enumeration, in its order, Unknown last.
template<typename E>
CaseloadProfile::Dimension enumDimension(const QString &code, const QString &title,
                                         const std::vector<CaseloadProfile::Entry> &entries,
                                         E (*valueOf)(const Learner &), E unknown)
{
    CaseloadProfile::Dimension dimension { code, title, {} };
    QList<E> values = allValues<E>();
    values.removeAll(unknown);
    values.append(unknown);
    for (const E value : values) {
        int count = 0;
        for (const auto &entry : entries)
            count += valueOf(entry.learner) == value ? 1 : 0;
        dimension.cells.push_back({ toCode(value), label(value), count, false, false });
    }
    return dimension;
}

QString ageGroup(std::optional<int> age)
{
    if (!age)
        return QStringLiteral("unknown");
    if (*age < 25)
        return QStringLiteral("under-25");
    if (*age < 35)
        return QStringLiteral("25-34");
    if (*age < 45)
        return QStringLiteral("35-44");
    if (*age < 55)
        return QStringLiteral("45-54");
    return QStringLiteral("55-plus");
}

QString unemploymentGroup(std::optional<int> months)
{
    if (!months)
        return QStringLiteral("unknown");
    if (*months < 6)
        return QStringLiteral("under-6");
    if (*months < 12)
        return QStringLiteral("6-11");
    if (*months < 24)
        return QStringLiteral("12-23");
    return QStringLiteral("24-plus");
}

CaseloadProfile::Dimension groupDimension(const QString &code, const QString &title,
                                          const QList<QPair<QString, QString>> &groups,
                                          const QStringList &groupOfEach)
{
    CaseloadProfile::Dimension dimension { code, title, {} };
    for (const auto &[group, text] : groups)
        dimension.cells.push_back({ group, text, int(groupOfEach.count(group)), false, false });
    return dimension;
}

std::optional<double> average(const QList<int> &values)
{
    if (values.size() < threshold)
        return std::nullopt;
    double sum = 0;
    for (const int value : values)
        sum += value;
    return sum / double(values.size());
}

} // namespace

QString CaseloadProfile::Cell::shown() const
{
    if (suppressed)
        return QStringLiteral("<5");
    return complement ? QStringLiteral("x") : QString::number(count);
}

const CaseloadProfile::Cell *CaseloadProfile::Dimension::cell(const QString &wanted) const
{
    for (const Cell &each : cells) {
        if (each.code == wanted)
            return &each;
    }
    return nullptr;
}

QString CaseloadProfile::shownTotal() const
{
    return totalSuppressed ? QStringLiteral("<5") : QString::number(learners);
}

const CaseloadProfile::Dimension *CaseloadProfile::dimension(const QString &wanted) const
{
    for (const Dimension &each : dimensions) {
        if (each.code == wanted)
            return &each;
    }
    return nullptr;
}

bool CaseloadProfile::inPeriod(const Entry &entry, QDate from, QDate to)
{
    const Learner &learner = entry.learner;
    const QDate referred = entry.referred.isValid() ? entry.referred : learner.phaseSince;
    if (!referred.isValid() || referred > to)
        return false;
    const bool ended = learner.phase == Phase::Stopped || learner.phase == Phase::Outflow;
    return !(ended && learner.phaseSince.isValid() && learner.phaseSince < from);
}

void CaseloadProfile::suppress(Dimension &dimension, int total)
{
    if (total < threshold) {
        for (Cell &cell : dimension.cells) {
            cell.suppressed = cell.count > 0;
            cell.complement = false;
        }
        return;
    }
    int primary = 0;
    for (Cell &cell : dimension.cells) {
        cell.suppressed = cell.count > 0 && cell.count < threshold;
        cell.complement = false;
        primary += cell.suppressed ? 1 : 0;
    }
    if (primary != 1)
        return;
    Cell *smallest = nullptr;
    for (Cell &cell : dimension.cells) {
        if (!cell.suppressed && cell.count > 0 && (!smallest || cell.count < smallest->count))
            smallest = &cell;
    }
    if (smallest)
        smallest->complement = true;
}

CaseloadProfile CaseloadProfile::compute(const std::vector<Entry> &all, QDate from, QDate to)
{
    std::vector<Entry> entries;
    std::copy_if(all.begin(), all.end(), std::back_inserter(entries),
                 [&](const Entry &entry) { return inPeriod(entry, from, to); });

    CaseloadProfile profile;
    profile.from = from;
    profile.to = to;
    profile.learners = int(entries.size());
    profile.totalSuppressed = profile.learners > 0 && profile.learners < threshold;

    profile.dimensions.push_back(enumDimension<Gender>(
        QStringLiteral("gender"), tr("Gender"), entries,
        [](const Learner &learner) { return learner.gender; }, Gender::Unknown));

    QStringList ages;
    QList<int> knownAges;
    QStringList unemployment;
    QList<int> knownMonths;
    for (const Entry &entry : entries) {
        // Age when the learner is first in the period: on its first day, or on referral.
        const auto age = entry.learner.ageOn(std::max(from, entry.referred));
        ages.append(ageGroup(age));
        if (age)
            knownAges.append(*age);
        unemployment.append(unemploymentGroup(entry.learner.monthsUnemployed));
        if (entry.learner.monthsUnemployed)
            knownMonths.append(*entry.learner.monthsUnemployed);
    }
    profile.dimensions.push_back(groupDimension(QStringLiteral("age"), tr("Age group"),
                                                { { QStringLiteral("under-25"), tr("under 25") },
                                                  { QStringLiteral("25-34"), tr("25 to 34") },
                                                  { QStringLiteral("35-44"), tr("35 to 44") },
                                                  { QStringLiteral("45-54"), tr("45 to 54") },
                                                  { QStringLiteral("55-plus"), tr("55 or older") },
                                                  { QStringLiteral("unknown"), tr("Unknown") } },
                                                ages));
    profile.dimensions.push_back(enumDimension<EducationLevel>(
        QStringLiteral("education"), tr("Education level"), entries,
        [](const Learner &learner) { return learner.educationLevel; }, EducationLevel::Unknown));
    profile.dimensions.push_back(
        groupDimension(QStringLiteral("unemployment"), tr("Months unemployed before the start"),
                       { { QStringLiteral("under-6"), tr("less than 6 months") },
                         { QStringLiteral("6-11"), tr("6 to 11 months") },
                         { QStringLiteral("12-23"), tr("12 to 23 months") },
                         { QStringLiteral("24-plus"), tr("24 months or more") },
                         { QStringLiteral("unknown"), tr("Unknown") } },
                       unemployment));
    profile.dimensions.push_back(enumDimension<MigrationBackground>(
        QStringLiteral("migration"), tr("Migration background"), entries,
        [](const Learner &learner) { return learner.migrationBackground; },
        MigrationBackground::Unknown));
    profile.dimensions.push_back(enumDimension<StatusBeforeStart>(
        QStringLiteral("status"), tr("Status before the start"), entries,
        [](const Learner &learner) { return learner.statusBeforeStart; },
        StatusBeforeStart::Unknown));

    for (Dimension &dimension : profile.dimensions)
        suppress(dimension, profile.learners);
    profile.averageAge = average(knownAges);
    profile.averageMonthsUnemployed = average(knownMonths);
    return profile;
}

Result<CaseloadProfile> CaseloadProfile::make(Database &database, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return Error { tr("Give the first and the last day of the period."), {} };
    if (to < from)
        return Error { tr("The period ends (%1) before it starts (%2).")
                           .arg(to.toString(u"dd/MM/yyyy"), from.toString(u"dd/MM/yyyy")),
                       {} };
    const SystemClock clock; // the repository reads only; no "today" is used
    auto learners = LearnerRepository(database, clock).all();
    if (!learners)
        return learners.error();
    auto query = sql::exec(database,
                           QStringLiteral("SELECT learner_id, MIN(date) FROM phase_change "
                                          "GROUP BY learner_id"));
    if (!query)
        return query.error();
    QHash<qint64, QDate> referred;
    while (query->next())
        referred.insert(query->value(0).toLongLong(), sql::toDate(query->value(1)));
    std::vector<Entry> entries;
    entries.reserve(learners->size());
    for (Learner &learner : *learners) {
        const QDate first = referred.value(learner.id);
        entries.push_back({ std::move(learner), first });
    }
    return compute(entries, from, to);
}

QStringList CaseloadProfile::csvHeader()
{
    return { tr("dimension"), tr("category"), tr("count") };
}

QList<QStringList> CaseloadProfile::csvRows() const
{
    QList<QStringList> rows;
    rows.append({ tr("Total"), tr("Learners"), shownTotal() });
    for (const Dimension &dimension : dimensions) {
        for (const Cell &cell : dimension.cells)
            rows.append({ dimension.title, cell.label, cell.shown() });
    }
    return rows;
}

} // namespace traject
