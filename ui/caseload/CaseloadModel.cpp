// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseload/CaseloadModel.h"

#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/Tones.h"

#include <QColor>

#include <algorithm>
#include <limits>
#include <numeric>

namespace traject {

namespace {

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

} // namespace

CaseloadModel::CaseloadModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{ }

QString CaseloadModel::fold(QStringView text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();
    QString folded;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QString CaseloadModel::digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    // An international Belgian number is the same number: +32 470 … = 0470 ….
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("+32")) && digits.startsWith(QLatin1String("32")))
        digits.replace(0, 2, QLatin1String("0"));
    else if (digits.startsWith(QLatin1String("0032")))
        digits.replace(0, 4, QLatin1String("0"));
    return digits;
}

CaseloadModel::Row CaseloadModel::makeRow(CaseloadEntry entry)
{
    Row row;
    const QChar separator = QLatin1Char('\n');
    // Only the part of the e-mail address before the @: "am" should not find everyone at
    // example.be or gmail.com. The whole address is searched when the search text has an @.
    row.email = fold(entry.email);
    row.key = fold(QString(entry.firstName + QLatin1Char(' ') + entry.lastName + separator
                           + entry.municipality))
        + separator + row.email.section(QLatin1Char('@'), 0, 0);
    row.digits = digitsOf(entry.phone);
    row.nameKey = fold(QString(entry.lastName + QLatin1Char(' ') + entry.firstName));
    row.municipality = fold(entry.municipality);
    row.entry = std::move(entry);
    return row;
}

Status CaseloadModel::reload()
{
    return setEntries(CaseloadQuery(m_database, m_clock).all());
}

Status CaseloadModel::setEntries(Result<std::vector<CaseloadEntry>> entries)
{
    if (!entries)
        return entries.error();
    std::vector<Row> rows;
    rows.reserve(entries->size());
    for (auto &entry : *entries)
        rows.push_back(makeRow(std::move(entry)));
    beginResetModel();
    m_rows = std::move(rows);
    invalidateRanks();
    endResetModel();
    return {};
}

Status CaseloadModel::reloadLearner(qint64 learnerId)
{
    auto entry = CaseloadQuery(m_database, m_clock).forLearner(learnerId);
    if (!entry)
        return entry.error();
    const int row = rowOf(learnerId);
    if (!*entry) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            invalidateRanks();
            endRemoveRows();
        }
        return {};
    }
    if (row < 0) {
        const int end = rowCount();
        beginInsertRows({}, end, end);
        m_rows.push_back(makeRow(std::move(**entry)));
        invalidateRanks();
        endInsertRows();
        return {};
    }
    m_rows[static_cast<size_t>(row)] = makeRow(std::move(**entry));
    invalidateRanks();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

const CaseloadEntry *CaseloadModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)].entry : nullptr;
}

int CaseloadModel::rowOf(qint64 learnerId) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].entry.id == learnerId)
            return static_cast<int>(row);
    }
    return -1;
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::displayText(const Row &row, int column) const
{
    const CaseloadEntry &e = row.entry;
    switch (static_cast<Column>(column)) {
    case Name:
        return e.lastName + QStringLiteral(", ") + e.firstName;
    case Phase:
        return label(e.phase);
    case NextStep: {
        const traject::NextStep step = e.nextStep(m_clock.today());
        QString what;
        if (step.kind == NextStep::Kind::Action) {
            what = firstLine(e.nextAction->description);
        } else if (step.kind == NextStep::Kind::Contact) {
            const QString notes = firstLine(e.nextContact->notes);
            what = notes.isEmpty() ? label(e.nextContact->kind)
                                   : tr("%1: %2").arg(label(e.nextContact->kind), notes);
        } else {
            return {};
        }
        if (!step.date.isValid())
            return what;
        // Overdue is said in words as well as in red, first, so that a narrow column still shows
        // it: colour alone says nothing to a screen reader, in print, or to someone who does
        // not see red.
        if (step.overdue)
            return tr("overdue %1 – %2").arg(shownDate(step.date), what);
        return tr("%1 – %2").arg(shownDate(step.date), what);
    }
    case Progress:
        return e.placement
            ? tr("%1 / %2 days").arg(e.placement->workedDays).arg(e.placement->targetDays)
            : QString();
    case Municipality:
        return e.municipality;
    case Phone:
        return e.phone;
    case Email:
        return e.email;
    case DaysInPhase:
    case OpenBarriers:
    case ColumnCount:
        break;
    }
    return {};
}

QString CaseloadModel::toolTip(const Row &row, int column) const
{
    const CaseloadEntry &e = row.entry;
    if (column == Name) {
        QStringList details;
        for (const QString &part : { e.municipality, e.phone, e.email }) {
            if (!part.isEmpty())
                details.append(part);
        }
        return e.firstName + QLatin1Char(' ') + e.lastName
            + (details.isEmpty() ? QString()
                                 : QLatin1Char('\n') + details.join(QStringLiteral(" · ")));
    }
    if (column == Phase)
        return e.phaseSince.isValid()
            ? tr("%1 since %2").arg(label(e.phase), shownDate(e.phaseSince))
            : label(e.phase);
    if (column != NextStep)
        return {};
    const QDate today = m_clock.today();
    const traject::NextStep step = e.nextStep(today);
    if (step.kind == NextStep::Kind::Action) {
        QString text = tr("Action for: %1").arg(label(e.nextAction->owner)) + QLatin1Char('\n')
            + e.nextAction->description;
        if (step.overdue)
            text += QLatin1Char('\n')
                + tr("Overdue by %n day(s)", nullptr, static_cast<int>(step.date.daysTo(today)));
        else if (!step.date.isValid())
            text += QLatin1Char('\n') + tr("No due date");
        return text;
    }
    if (step.kind == NextStep::Kind::Contact) {
        const CaseloadContact &c = *e.nextContact;
        QString text = tr("Appointment on %1: %2").arg(shownDate(c.date), label(c.kind).toLower());
        if (!c.withWhom.isEmpty())
            text += QLatin1Char('\n') + tr("With: %1").arg(c.withWhom);
        if (!c.notes.isEmpty())
            text += QLatin1Char('\n') + c.notes;
        return text;
    }
    return {};
}

QVariant CaseloadModel::sortValue(const Row &row, int column) const
{
    const CaseloadEntry &e = row.entry;
    switch (static_cast<Column>(column)) {
    case Name:
        return row.nameKey;
    case Phase:
        return static_cast<int>(e.phase);
    case DaysInPhase:
        return e.phaseSince.isValid() ? QVariant(e.phaseSince.daysTo(m_clock.today())) : QVariant();
    case NextStep: {
        const QDate date = e.nextStep(m_clock.today()).date;
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case OpenBarriers:
        return e.openBarriers;
    case Progress:
        return e.placement && e.placement->targetDays > 0
            ? QVariant(double(e.placement->workedDays) / e.placement->targetDays)
            : QVariant();
    case Municipality:
        return row.municipality;
    case Phone:
        return row.digits;
    case Email:
        return row.email;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == DaysInPhase)
            return row.entry.phaseSince.isValid()
                ? QVariant(row.entry.phaseSince.daysTo(m_clock.today()))
                : QVariant();
        if (column == OpenBarriers)
            return row.entry.openBarriers;
        return displayText(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (column == NextStep && row.entry.nextStep(m_clock.today()).overdue)
            return alertColour();
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysInPhase || column == OpenBarriers || column == Progress)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.entry.id;
    case SortRole:
        return sortValue(row, column);
    case SearchKeyRole:
        return row.key;
    case PhaseRole:
        return toCode(row.entry.phase);
    case OwnOpenActionRole:
        return row.entry.hasOwnOpenAction;
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Phase:
        return tr("Phase");
    case DaysInPhase:
        return tip ? tr("Days since the start of the current phase") : tr("Days in phase");
    case NextStep:
        return tip ? tr("The next open action or planned appointment, whichever comes first; "
                        "overdue actions in red, marked \"overdue\" before the date")
                   : tr("Next action or appointment");
    case OpenBarriers:
        return tip ? tr("Barriers that are open or in progress") : tr("Open barriers");
    case Progress:
        return tip ? tr("Worked days of the current work-place learning against its target")
                   : tr("Workplace learning");
    case Municipality:
        return tr("Municipality");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

int CaseloadModel::rank(int column, int row) const
{
    if (!m_rankValid[static_cast<size_t>(column)])
        rebuildRank(column);
    return m_ranks[static_cast<size_t>(column)][static_cast<size_t>(row)];
}

void CaseloadModel::invalidateRanks()
{
    m_rankValid.fill(false);
}

void CaseloadModel::rebuildRank(int column) const
{
    const size_t n = m_rows.size();
    std::vector<int> order(n);
    auto rankBy = [&](auto less) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), less);
        auto &ranks = m_ranks[static_cast<size_t>(column)];
        ranks.assign(n, 0);
        for (size_t position = 0; position < n; ++position)
            ranks[static_cast<size_t>(order[position])] = static_cast<int>(position);
        m_rankValid[static_cast<size_t>(column)] = true;
    };
    auto rowAt = [this](int row) -> const Row & { return m_rows[static_cast<size_t>(row)]; };
    if (column == Name) {
        rankBy([&](int a, int b) {
            const int byName = rowAt(a).nameKey.compare(rowAt(b).nameKey);
            return byName != 0 ? byName < 0 : rowAt(a).entry.id < rowAt(b).entry.id;
        });
        return;
    }
    // The other columns break ties by the name's rank, so that no two rows are equal.
    if (!m_rankValid[Name])
        rebuildRank(Name);
    const std::vector<int> &byName = m_ranks[Name];
    auto nameLess = [&](int a, int b) {
        return byName[static_cast<size_t>(a)] < byName[static_cast<size_t>(b)];
    };
    if (column == Municipality || column == Phone || column == Email) {
        auto keyOf = [&](int row) -> const QString & {
            const Row &r = rowAt(row);
            return column == Municipality ? r.municipality : column == Phone ? r.digits : r.email;
        };
        rankBy([&](int a, int b) {
            const int c = keyOf(a).compare(keyOf(b));
            return c != 0 ? c < 0 : nameLess(a, b);
        });
        return;
    }
    const QDate today = m_clock.today();
    constexpr qint64 last = std::numeric_limits<qint64>::max();
    std::vector<qint64> keys(n);
    for (size_t row = 0; row < n; ++row) {
        const CaseloadEntry &e = m_rows[row].entry;
        qint64 &key = keys[row];
        switch (static_cast<Column>(column)) {
        case Phase:
            key = static_cast<qint64>(e.phase);
            break;
        case DaysInPhase:
            key = e.phaseSince.isValid() ? e.phaseSince.daysTo(today) : -1;
            break;
        case NextStep: {
            const traject::NextStep step = e.nextStep(today);
            key = step.kind == NextStep::Kind::None ? last
                : step.date.isValid()               ? step.date.toJulianDay()
                                                    : last - 1;
            break;
        }
        case OpenBarriers:
            key = e.openBarriers;
            break;
        case Progress:
            // Permille of the target; learners without work-place learning first.
            key = !e.placement ? -1
                : e.placement->targetDays > 0
                ? qint64(e.placement->workedDays) * 1000 / e.placement->targetDays
                : 0;
            break;
        default:
            key = 0;
            break;
        }
    }
    rankBy([&](int a, int b) {
        const qint64 ka = keys[static_cast<size_t>(a)], kb = keys[static_cast<size_t>(b)];
        return ka != kb ? ka < kb : nameLess(a, b);
    });
}

} // namespace traject
