// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar export of a learner's placement days and appointments, read back by an independent
// parser (Debian's python3-icalendar).
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "exchange/IcsExport.h"
#include "storage/AuditLog.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/internal/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Prints what python3-icalendar makes of a file, as JSON. The system Python, on purpose: the
/// parser is a Debian package, not something of ours.
const char *const parser = R"PY(
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {'calendar': {k: str(calendar.get(k)) for k in ('VERSION', 'PRODID', 'CALSCALE', 'METHOD')},
       'timezones': [str(tz.get('TZID')) for tz in calendar.walk('VTIMEZONE')], 'events': []}
for event in calendar.walk('VEVENT'):
    start, end = event.get('DTSTART'), event.get('DTEND')
    timed = hasattr(start.dt, 'hour')
    out['events'].append({
        'uid': str(event.get('UID')), 'summary': str(event.get('SUMMARY')),
        'location': str(event.get('LOCATION', '')), 'status': str(event.get('STATUS', '')),
        'description': str(event.get('DESCRIPTION', '')),
        'sequence': int(event.get('SEQUENCE', -1)), 'timed': timed,
        'start': start.dt.isoformat(), 'end': end.dt.isoformat() if end else '',
        'tzid': start.params.get('TZID', ''),
        'offset': start.dt.utcoffset().total_seconds() / 3600 if timed and start.dt.utcoffset() is not None else None,
        'stamp': event.get('DTSTAMP').dt.isoformat()})
print(json.dumps(out))
)PY";

QJsonObject parse(const QByteArray &ics)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.ics"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(ics);
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral("-c"), QString::fromUtf8(parser), path });
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const auto document = QJsonDocument::fromJson(python.readAllStandardOutput());
    REQUIRE(document.isObject());
    return document.object();
}

/// The demo learner with the most placement days, and how many events their agenda must hold,
/// counted straight from the tables.
struct DemoLearner
{
    qint64 id = 0;
    qint64 placementDays = 0;
    qint64 appointments = 0;
};

DemoLearner busiestLearner(Database &db)
{
    DemoLearner learner;
    auto query = require(sql::exec(db,
                                   QStringLiteral("SELECT p.learner_id, count(*) AS n "
                                                  "FROM placement_day d JOIN placement p "
                                                  "ON p.id = d.placement_id "
                                                  "GROUP BY p.learner_id ORDER BY n DESC, "
                                                  "p.learner_id LIMIT 1")));
    REQUIRE(query.next());
    learner.id = query.value(0).toLongLong();
    learner.placementDays = query.value(1).toLongLong();
    learner.appointments = require(
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM contact_moment WHERE learner_id = :id "
                                   "AND status <> 'done' AND kind IN ('conversation', 'phone', "
                                   "'home_visit', 'workplace_visit')"),
                    { { QStringLiteral("id"), learner.id } }));
    return learner;
}

QString unfolded(const QByteArray &ics)
{
    return QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
}

} // namespace

TEST_CASE("ics: text is escaped and long lines are folded at 75 octets, never inside a character")
{
    CHECK(ics::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf"))
          == QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));

    const QString address = QStringLiteral(
        "LOCATION:Kinderdagverblijf Het Zonnetje, Onze-Lieve-Vrouwestraat 123 bus 4; "
        "Sint-Eloois-Vijve (Waregem), bij de kerk — ingang via de achterzijde, bel bij "
        "‘Crèche’ ééééééééé ëëë ççç");
    const QByteArray folded = ics::foldLine(address);
    CHECK(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    REQUIRE(physical.size() > 2);
    for (QByteArray line : physical) {
        if (line.endsWith('\r'))
            line.chop(1);
        CHECK(line.size() <= 75);
        // Each physical line is valid UTF-8 on its own: nothing split inside a character.
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        (void)utf8(line);
        CHECK_FALSE(utf8.hasError());
    }
    for (int i = 1; i < physical.size(); ++i)
        CHECK(physical.at(i).startsWith(' '));
    CHECK(unfolded(folded) == address + QStringLiteral("\r\n"));
}

TEST_CASE("ics: a demo learner's placement days and appointments, read by python3-icalendar")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(10, 15)));
    require(demo::fillDemoCaseload(*db, clock));
    const DemoLearner learner = busiestLearner(*db);
    REQUIRE(learner.placementDays > 0);

    IcsExport exporter(*db, clock);
    const QByteArray bytes = require(exporter.calendar(learner.id));
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(bytes.endsWith("END:VCALENDAR\r\n"));
    CHECK_FALSE(QByteArray(bytes).replace("\r\n", "").contains('\n')); // CRLF only

    const QJsonObject parsed = parse(bytes);
    const QJsonObject calendar = parsed.value(QStringLiteral("calendar")).toObject();
    CHECK(calendar.value(QStringLiteral("VERSION")).toString() == QStringLiteral("2.0"));
    CHECK(calendar.value(QStringLiteral("CALSCALE")).toString() == QStringLiteral("GREGORIAN"));
    CHECK(calendar.value(QStringLiteral("METHOD")).toString() == QStringLiteral("PUBLISH"));
    CHECK(calendar.value(QStringLiteral("PRODID"))
              .toString()
              .contains(QStringLiteral("Trajectplanner")));
    CHECK(parsed.value(QStringLiteral("timezones")).toArray()
          == QJsonArray { QStringLiteral("Europe/Brussels") });

    const QJsonArray events = parsed.value(QStringLiteral("events")).toArray();
    CHECK(events.size() == learner.placementDays + learner.appointments);
    int placementDays = 0;
    QSet<QString> uids;
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        const QString uid = event.value(QStringLiteral("uid")).toString();
        INFO(uid.toStdString());
        CHECK(uid.endsWith(QStringLiteral("@trajectplanner.local")));
        uids.insert(uid);
        CHECK_FALSE(event.value(QStringLiteral("timed")).toBool());
        // All day: the end is the next day, exclusive.
        const QDate start
            = QDate::fromString(event.value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QDate end
            = QDate::fromString(event.value(QStringLiteral("end")).toString(), Qt::ISODate);
        CHECK(end == start.addDays(1));
        CHECK(event.value(QStringLiteral("stamp")).toString()
              == clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'+00:00'")));
        CHECK(event.value(QStringLiteral("sequence")).toInt() == ics::sequenceAt(clock.now()));
        if (uid.startsWith(QStringLiteral("placement-day-"))) {
            ++placementDays;
            const qint64 id
                = uid.section(QLatin1Char('-'), 2, 2).section(QLatin1Char('.'), 0, 0).toLongLong();
            const PlacementDay day = require(PlacementRepository(*db, clock).day(id));
            CHECK(start == day.date);
            CHECK(event.value(QStringLiteral("status")).toString()
                  == QLatin1String(day.status == PlacementDayStatus::Cancelled ? "CANCELLED"
                                                                               : "CONFIRMED"));
            CHECK_FALSE(event.value(QStringLiteral("location")).toString().isEmpty());
        } else {
            CHECK(uid.startsWith(QStringLiteral("contact-moment-")));
        }
    }
    CHECK(placementDays == learner.placementDays);
    CHECK(uids.size() == events.size());
}

TEST_CASE("ics: a second export has the same UIDs and a higher SEQUENCE, so it updates")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(10, 15)));
    require(demo::fillDemoCaseload(*db, clock));
    const DemoLearner learner = busiestLearner(*db);

    const QJsonArray first = parse(require(IcsExport(*db, clock).calendar(learner.id)))
                                 .value(QStringLiteral("events"))
                                 .toArray();
    clock.set(clock.now().addDays(2));
    const QJsonArray second = parse(require(IcsExport(*db, clock).calendar(learner.id)))
                                  .value(QStringLiteral("events"))
                                  .toArray();
    REQUIRE(first.size() == second.size());
    for (int i = 0; i < first.size(); ++i) {
        CHECK(first.at(i).toObject().value(QStringLiteral("uid"))
              == second.at(i).toObject().value(QStringLiteral("uid")));
        CHECK(second.at(i).toObject().value(QStringLiteral("sequence")).toInt()
              > first.at(i).toObject().value(QStringLiteral("sequence")).toInt());
    }
}

TEST_CASE("ics: the site's address with accents, commas and semicolons survives; notes stay out")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(9, 0)));
    require(demo::fillDemoCaseload(*db, clock));
    const DemoLearner learner = busiestLearner(*db);
    PlacementRepository placements(*db, clock);
    const auto withDays = require(placements.withDaysForLearner(learner.id));
    REQUIRE_FALSE(withDays.isEmpty());
    const Placement placement = withDays.constFirst().first;
    REQUIRE(placement.siteId);
    OrganisationRepository organisations(*db, clock);
    Organisation site = require(organisations.organisation(*placement.siteId));
    site.name = QStringLiteral("Kinderdagverblijf ‘De Kleine Prinsjes’");
    site.address = QStringLiteral("Onze-Lieve-Vrouwestraat 123 bus 4; achteringang (bel: crèche)");
    site.municipality = QStringLiteral("Sint-Eloois-Vijve");
    require(organisations.updateOrganisation(site));
    PlacementDay day = withDays.constFirst().second.constFirst();
    day.note = QStringLiteral("GEHEIM: huiselijk geweld");
    require(placements.updateDay(day));

    const QByteArray bytes = require(IcsExport(*db, clock).calendar(learner.id));
    CHECK_FALSE(bytes.contains("GEHEIM"));
    const QJsonArray events = parse(bytes).value(QStringLiteral("events")).toArray();
    bool found = false;
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("uid")).toString()
            != ics::uid("placement-day", day.id, require(db->identity())))
            continue;
        found = true;
        CHECK(event.value(QStringLiteral("location")).toString()
              == site.name + QStringLiteral(", ") + site.address + QStringLiteral(", ")
                  + site.municipality);
        CHECK(event.value(QStringLiteral("summary")).toString().contains(site.name));
    }
    CHECK(found);
}

TEST_CASE("ics: timed events carry TZID=Europe/Brussels, in winter and in summer time")
{
    const QDateTime stamp(QDate(2025, 3, 14), QTime(10, 0), QTimeZone::utc());
    const std::vector<IcsEvent> events {
        { ics::uid("test", 1, QStringLiteral("0123456789abcdef0123456789abcdef")),
          QDate(2025, 1, 15),
          QTime(9, 0),
          QTime(10, 30),
          QStringLiteral("Winter"),
          {},
          {},
          false },
        { ics::uid("test", 2, QStringLiteral("0123456789abcdef0123456789abcdef")),
          QDate(2025, 7, 15),
          QTime(14, 0),
          QTime(15, 0),
          QStringLiteral("Zomer"),
          {},
          {},
          false },
    };
    const QByteArray bytes = ics::calendar(events, stamp, 7);
    CHECK(bytes.contains("DTSTART;TZID=Europe/Brussels:20250115T090000\r\n"));
    CHECK(bytes.contains("DTEND;TZID=Europe/Brussels:20250115T103000\r\n"));
    CHECK(bytes.contains("DTSTAMP:20250314T100000Z\r\n"));
    const QJsonArray parsed = parse(bytes).value(QStringLiteral("events")).toArray();
    REQUIRE(parsed.size() == 2);
    CHECK(parsed.at(0).toObject().value(QStringLiteral("tzid")).toString()
          == QStringLiteral("Europe/Brussels"));
    CHECK(parsed.at(0).toObject().value(QStringLiteral("timed")).toBool());
    CHECK(parsed.at(0).toObject().value(QStringLiteral("offset")).toDouble() == 1.0);
    CHECK(parsed.at(1).toObject().value(QStringLiteral("offset")).toDouble() == 2.0);
    CHECK(parsed.at(1).toObject().value(QStringLiteral("sequence")).toInt() == 7);
}

TEST_CASE("ics: the file is written owner-only and logged; an unknown learner or folder changes "
          "nothing")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(9, 0)));
    require(demo::fillDemoCaseload(*db, clock));
    const DemoLearner learner = busiestLearner(*db);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.ics"));
    IcsExport exporter(*db, clock);
    const auto entriesBefore = require(AuditLog(*db, clock).entries()).size();

    CHECK_FALSE(exporter.write(9999, path).ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(
        exporter.write(learner.id, dir.filePath(QStringLiteral("missing/agenda.ics"))).ok());
    CHECK(require(AuditLog(*db, clock).entries()).size() == entriesBefore);

    const int count = require(exporter.write(learner.id, path));
    CHECK(count == learner.placementDays + learner.appointments);
    CHECK(QFile(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    const auto entries = require(AuditLog(*db, clock).entries());
    REQUIRE(entries.size() == entriesBefore + 1);
    CHECK(entries.back().action == AuditAction::Export);
    CHECK(entries.back().subject == learnerSubject(learner.id));
}

} // namespace TRAJECT_UNITY_ID
