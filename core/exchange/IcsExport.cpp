// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsExport.h"

#include "Clock.h"
#include "Files.h"
#include "Translations.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/internal/Transaction.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace traject {

namespace ics {

namespace {

/// Europe/Brussels as RFC 5545 wants it: CET in winter, CEST from the last Sunday of March 02:00
/// until the last Sunday of October 03:00 (the EU rules in force since 1996).
const char *const brussels = "BEGIN:VTIMEZONE\r\n"
                             "TZID:Europe/Brussels\r\n"
                             "BEGIN:DAYLIGHT\r\n"
                             "TZOFFSETFROM:+0100\r\n"
                             "TZOFFSETTO:+0200\r\n"
                             "TZNAME:CEST\r\n"
                             "DTSTART:19700329T020000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                             "END:DAYLIGHT\r\n"
                             "BEGIN:STANDARD\r\n"
                             "TZOFFSETFROM:+0200\r\n"
                             "TZOFFSETTO:+0100\r\n"
                             "TZNAME:CET\r\n"
                             "DTSTART:19701025T030000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                             "END:STANDARD\r\n"
                             "END:VTIMEZONE\r\n";

QString dateValue(QDate day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

QString localValue(QDate day, QTime time)
{
    return dateValue(day) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
}

} // namespace

QString uid(const char *kind, qint64 id, const QString &database)
{
    return QStringLiteral("%1-%2.%3@%4")
        .arg(QLatin1String(kind))
        .arg(id)
        .arg(database, uidDomain());
}

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            escaped.append(QLatin1String("\\\\"));
        else if (c == QLatin1Char(';'))
            escaped.append(QLatin1String("\\;"));
        else if (c == QLatin1Char(','))
            escaped.append(QLatin1String("\\,"));
        else if (c == QLatin1Char('\r'))
            escaped.append(QLatin1String(
                i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n') ? "" : "\\n"));
        else if (c == QLatin1Char('\n'))
            escaped.append(QLatin1String("\\n"));
        else
            escaped.append(c);
    }
    return escaped;
}

QByteArray foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    folded.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype position = 0;
    bool first = true;
    while (position < bytes.size()) {
        // 75 octets per line; a continuation line spends one of them on its leading space.
        qsizetype take = std::min<qsizetype>(first ? 75 : 74, bytes.size() - position);
        // Never cut inside a UTF-8 character: back off over continuation bytes (10xxxxxx).
        while (position + take < bytes.size()
               && (static_cast<unsigned char>(bytes.at(position + take)) & 0xC0) == 0x80)
            --take;
        if (!first)
            folded.append(' ');
        folded.append(bytes.mid(position, take));
        folded.append("\r\n");
        position += take;
        first = false;
    }
    if (bytes.isEmpty())
        folded.append("\r\n");
    return folded;
}

int sequenceAt(const QDateTime &stamp)
{
    const QDateTime origin(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    return int(std::max<qint64>(0, origin.secsTo(stamp) / 60));
}

QByteArray calendar(const std::vector<IcsEvent> &events, const QDateTime &stamp, int sequence,
                    const QString &name)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out.append(foldLine(text)); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("PRODID:-//Trajectplanner//Trajectplanner//NL"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    if (!name.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escapeText(name));
    line(QStringLiteral("X-WR-TIMEZONE:Europe/Brussels"));
    out.append(brussels);
    const QString stampValue
        = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")) + QLatin1Char('Z');
    for (const IcsEvent &event : events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + event.uid);
        line(QStringLiteral("DTSTAMP:") + stampValue);
        line(QStringLiteral("SEQUENCE:%1").arg(sequence));
        if (event.start) {
            line(QStringLiteral("DTSTART;TZID=Europe/Brussels:")
                 + localValue(event.date, *event.start));
            if (event.end)
                line(QStringLiteral("DTEND;TZID=Europe/Brussels:")
                     + localValue(event.date, *event.end));
        } else {
            // An all-day event ends (exclusively) at the start of the next day.
            line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.date));
            line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(event.date.addDays(1)));
        }
        line(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        if (!event.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(event.location));
        if (!event.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        line(QStringLiteral("STATUS:")
             + QLatin1String(event.cancelled ? "CANCELLED" : "CONFIRMED"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace ics

namespace {

QString placeOf(const Organisation &site)
{
    QStringList parts;
    for (const QString &part : { site.name, site.address, site.municipality }) {
        if (!part.trimmed().isEmpty() && !parts.contains(part.trimmed()))
            parts.append(part.trimmed());
    }
    return parts.join(QLatin1String(", "));
}

bool isLearnersAppointment(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Conversation:
    case ContactKind::Phone:
    case ContactKind::HomeVisit:
    case ContactKind::WorkplaceVisit:
    case ContactKind::Intake:
        return true;
    case ContactKind::Message:
    case ContactKind::Meeting:
        return false;
    }
    return false;
}

} // namespace

IcsExport::IcsExport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<std::vector<IcsEvent>> IcsExport::events(qint64 learnerId, const QString &language) const
{
    auto learner = LearnerRepository(m_database, m_clock).get(learnerId);
    if (!learner)
        return learner.error();
    auto placements = PlacementRepository(m_database, m_clock).withDaysForLearner(learnerId);
    if (!placements)
        return placements.error();
    auto contacts = LogbookRepository(m_database, m_clock).forLearner(learnerId);
    if (!contacts)
        return contacts.error();
    auto identity = m_database.identity();
    if (!identity)
        return identity.error();

    const OrganisationRepository organisations(m_database, m_clock);
    QHash<qint64, Organisation> sites;
    for (const auto &[placement, days] : std::as_const(*placements)) {
        if (placement.siteId && !sites.contains(*placement.siteId)) {
            auto site = organisations.organisation(*placement.siteId);
            if (!site)
                return site.error();
            sites.insert(*placement.siteId, *site);
        }
    }

    const ScopedLanguage speaking(language);
    const QLocale locale = localeFor(language);
    std::vector<IcsEvent> events;
    for (const auto &[placement, days] : std::as_const(*placements)) {
        const bool hasSite = placement.siteId.has_value();
        const Organisation site = hasSite ? sites.value(*placement.siteId) : Organisation();
        const QString summary = hasSite ? tr("%1 at %2").arg(label(placement.kind), site.name)
                                        : label(placement.kind);
        for (const PlacementDay &day : days) {
            IcsEvent event;
            event.uid = ics::uid("placement-day", day.id, *identity);
            event.date = day.date;
            event.summary = summary;
            event.location = hasSite ? placeOf(site) : QString();
            if (day.plannedHours > 0)
                event.description
                    = tr("Planned: %1 hours").arg(locale.toString(day.plannedHours, 'g', 3));
            event.cancelled = day.status == PlacementDayStatus::Cancelled;
            events.push_back(event);
        }
    }
    for (const ContactMoment &moment : *contacts) {
        if (moment.status == ContactStatus::Done || !isLearnersAppointment(moment.kind))
            continue;
        IcsEvent event;
        event.uid = ics::uid("contact-moment", moment.id, *identity);
        event.date = moment.date;
        event.summary = moment.aftercare ? tr("Aftercare appointment: %1").arg(label(moment.kind))
                                         : tr("Appointment: %1").arg(label(moment.kind));
        if (moment.kind == ContactKind::WorkplaceVisit) {
            for (const auto &[placement, days] : std::as_const(*placements)) {
                if (placement.siteId && placement.contains(moment.date))
                    event.location = placeOf(sites.value(*placement.siteId));
            }
        }
        event.cancelled = moment.status == ContactStatus::Cancelled;
        events.push_back(event);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const IcsEvent &a, const IcsEvent &b) { return a.date < b.date; });
    return events;
}

Result<QByteArray> IcsExport::calendar(qint64 learnerId, const QString &language) const
{
    auto list = events(learnerId, language);
    if (!list)
        return list.error();
    return render(*list, language);
}

QByteArray IcsExport::render(const std::vector<IcsEvent> &events, const QString &language) const
{
    QString name;
    {
        const ScopedLanguage speaking(language);
        name = tr("My trajectory");
    }
    const QDateTime now = m_clock.now();
    return ics::calendar(events, now, ics::sequenceAt(now), name);
}

Result<int> IcsExport::write(qint64 learnerId, const QString &path, const QString &language)
{
    auto list = events(learnerId, language);
    if (!list)
        return list.error();
    if (auto writable = checkWritable(path); !writable)
        return writable.error();
    const QByteArray bytes = render(*list, language);
    const int count = int(list->size());

    // The audit entry and the file: both or neither.
    Transaction transaction(m_database);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto logged = AuditLog(m_database, m_clock)
                      .append(AuditAction::Export, learnerSubject(learnerId),
                              QStringLiteral("calendar (.ics), %1 events").arg(count));
    if (!logged)
        return logged.error();
    if (auto written = writeFileAtomically(path, bytes); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return count;
}

} // namespace traject
