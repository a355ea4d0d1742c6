// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace traject::timeline {

/// What a timeline item stands for; its id is the row id in that kind's table.
enum class ItemKind
{
    Phase, // phase_change (0: the learner's phase without a recorded change)
    Module, // module_plan
    Placement, // placement
    PlacementDay, // placement_day
    Barrier, // barrier
    Action, // action
    Aftercare, // aftercare (id: the learner)
};

/// One thing on a timeline: a period from start to end (both included) or, for an action, a
/// moment (start == end). Status holds the kind's status enum (Phase, ModuleStatus,
/// PlacementDayStatus, BarrierStatus) as an int.
struct Item
{
    ItemKind kind = ItemKind::Phase;
    qint64 id = 0;
    qint64 learnerId = 0;
    qint64 parentId = 0; // the placement of a day
    QDate start;
    QDate end;
    int status = 0;
    QString label;
    QString detail; // a second line for the tooltip
    bool open = false; // a barrier still open or the current phase: runs on to today
    bool overdue = false; // an action past its due date
    QStringList blockedBy; // open barriers that block this placement or module
    int row = 0;
    int slot = 0; // the sub-row within the row, when items of one row overlap

    bool isBlocked() const { return !blockedBy.isEmpty(); }
    bool operator==(const Item &) const = default;
};

/// A row of the timeline: a lane of one learner's timeline, or one learner of the caseload.
struct Row
{
    QString title;
    qint64 key = 0; // the learner of a caseload row
    int slots = 1; // sub-rows needed so that no two items overlap

    bool operator==(const Row &) const = default;
};

/// A shaded stretch of days behind every row: a public holiday or a closure period.
struct Shade
{
    enum class Kind
    {
        Holiday,
        Closure
    };
    Kind kind = Kind::Holiday;
    QDate start;
    QDate end;
    QString name;

    bool operator==(const Shade &) const = default;
};

/// A vertical line across every row at one date: today, the 2-year limit.
struct DateLine
{
    enum class Kind
    {
        Today,
        Limit
    };
    Kind kind = Kind::Today;
    QDate date;
    QString label;

    bool operator==(const DateLine &) const = default;
};

/// Everything one timeline shows, free of any geometry.
struct Timeline
{
    QList<Row> rows;
    std::vector<Item> items;
    QList<Shade> shades;
    QList<DateLine> lines;
    QDate from; // the first day worth showing
    QDate to; // the last day worth showing

    /// The date of the "today" line (invalid without one).
    QDate today() const
    {
        for (const DateLine &line : lines) {
            if (line.kind == DateLine::Kind::Today)
                return line.date;
        }
        return {};
    }
};

/// Gives each item of the timeline a slot within its row so that items of one row that overlap
/// in time sit on separate sub-rows (first fit, in order of start), and sets each row's slot
/// count. A placement takes two slots: its bar, and its days on the slot beneath. Rows listed in
/// `flat` keep every item on slot 0 (e.g. phases, which follow each other).
void packSlots(Timeline &timeline, const QList<int> &flat = {});

/// The tooltip of an item: its label, period and detail, translated.
QString toolTip(const Item &item);

} // namespace traject::timeline
