// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace traject {

class Clock;
class Database;

/// One event of an iCalendar file: all day (no times) or timed in Europe/Brussels.
struct IcsEvent
{
    QString uid; // stable: the same row gives the same UID in every export
    QDate date;
    std::optional<QTime> start; // none: an all-day event
    std::optional<QTime> end;
    QString summary;
    QString location;
    QString description;
    bool cancelled = false;

    bool operator==(const IcsEvent &) const = default;
};

/// Writes iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a
/// UTF-8 character, text escaped, a VTIMEZONE for Europe/Brussels.
namespace ics {

/// The domain of our UIDs: "placement-day-12.<database>@trajectplanner.local".
inline QString uidDomain()
{
    return QStringLiteral("trajectplanner.local");
}
/// The UID of a row: its kind, its id (never given twice in a database) and the random id of the
/// database (Database::identity), so that two databases never give the same UID to different
/// events in the calendar that holds both.
QString uid(const char *kind, qint64 id, const QString &database);

/// A TEXT value with \, ; , and line breaks escaped.
QString escapeText(const QString &text);
/// One content line folded into lines of at most 75 octets (CRLF after each).
QByteArray foldLine(const QString &line);
/// The whole calendar. stamp is the moment of the export (written in UTC as DTSTAMP);
/// sequence goes into every event so that a later export replaces an earlier one.
QByteArray calendar(const std::vector<IcsEvent> &events, const QDateTime &stamp, int sequence,
                    const QString &name = {});
/// The SEQUENCE of an export at this moment: the minutes since 1 January 2024 (UTC), so that
/// every later export carries a higher number and agendas take it as the newer version.
int sequenceAt(const QDateTime &stamp);

} // namespace ics

/// A learner's placement days and appointments as an iCalendar file for their phone's agenda.
///
/// Events: every placement day (all day, at the site: its name and address; a cancelled day is
/// written with STATUS:CANCELLED so that an agenda that has it from an earlier export drops it),
/// and every planned contact moment the learner takes part in (conversation, phone call, home or
/// workplace visit; all day, since a contact moment has a date but no time; cancelled ones with
/// STATUS:CANCELLED). Contact moments that are done belong to the logbook, and case meetings and
/// messages are no appointments of the learner: they are left out. No barrier, note or name of a
/// contact goes into the file: only what, when and where.
class IcsExport
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    IcsExport(Database &database, const Clock &clock);

    /// The learner's events, worded in the language ("nl" or "en"), by date.
    Result<std::vector<IcsEvent>> events(qint64 learnerId,
                                         const QString &language = QStringLiteral("nl")) const;
    /// The whole .ics file.
    Result<QByteArray> calendar(qint64 learnerId,
                                const QString &language = QStringLiteral("nl")) const;
    /// Writes the .ics file at once or not at all (owner-only) and notes the export in the audit
    /// log. Returns the number of events. An unknown learner or a path that cannot be written
    /// changes nothing.
    Result<int> write(qint64 learnerId, const QString &path,
                      const QString &language = QStringLiteral("nl"));

private:
    QByteArray render(const std::vector<IcsEvent> &events, const QString &language) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace traject
