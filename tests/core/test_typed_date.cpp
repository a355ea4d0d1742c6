// SPDX-License-Identifier: GPL-3.0-or-later
// A date is kept as typed. Every way people type a date is read as the day they
// meant; what does not exist is refused with the reason, never moved to another day.
#include "TestSupport.h"

#include "domain/TypedDate.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

// The "today" of these tests: 6 December 2026.
const QDate today(2026, 12, 6);

} // namespace

TEST_CASE("typed dates are read as the day that was meant", "[date]")
{
    // columns: what is typed, how a two-digit year is read, the day meant
    const auto [typed, kind, meant] = GENERATE(table<QString, DateKind, QDate>({
        { QStringLiteral("14/03/1986"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("14-3-1986"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("14.03.1986"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("14 3 1986"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("14031986"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("140386"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("14/03/86"), DateKind::Past, QDate(1986, 3, 14) },
        { QStringLiteral("14/03/05"), DateKind::Past, QDate(2005, 3, 14) },
        { QStringLiteral("07/12/26"), DateKind::Past, QDate(2026, 12, 7) }, // this year
        { QStringLiteral("01/01/27"), DateKind::Past, QDate(1927, 1, 1) }, // next year is ahead
        { QStringLiteral("14/03/86"), DateKind::Any, QDate(2086, 3, 14) },
        { QStringLiteral("20/05/2026"), DateKind::Any, QDate(2026, 5, 20) },
        { QStringLiteral("31052027"), DateKind::Any, QDate(2027, 5, 31) },
        { QStringLiteral("  1/2/27 "), DateKind::Any, QDate(2027, 2, 1) },
        { QStringLiteral("29/02/2028"), DateKind::Any, QDate(2028, 2, 29) },
        { QStringLiteral("14/3"), DateKind::Any, QDate(2026, 3, 14) },
        { QStringLiteral("1403"), DateKind::Any, QDate(2026, 3, 14) },
        { QStringLiteral("1986-03-14"), DateKind::Past, QDate(1986, 3, 14) },
    }));
    CAPTURE(typed);
    const auto read = TypedDate::parse(typed, today, kind);
    INFO((read ? std::string() : read.error().message.toStdString()));
    REQUIRE(read.ok());
    CHECK(read.value() == meant);
}

TEST_CASE("what is not a date, or a day that does not exist, is refused with the reason", "[date]")
{
    // columns: what is typed, the whole message (English source text)
    const auto [typed, message] = GENERATE(table<QString, QString>({
        { QString(),
          QStringLiteral("No date was typed. Type the day, the month and the year, "
                         "for example 14/03/2026.") },
        { QStringLiteral("morgen"),
          QStringLiteral("\"morgen\" is not a date. Type the day, the "
                         "month and the year, for example 14/03/2026.") },
        { QStringLiteral("14/03/1986/2"),
          QStringLiteral("\"14/03/1986/2\" is not a date. Type "
                         "the day, the month and the year, for "
                         "example 14/03/2026.") },
        { QStringLiteral("1403198"),
          QStringLiteral("\"1403198\" is not a date. Type the day, the "
                         "month and the year, for example "
                         "14/03/2026.") },
        { QStringLiteral("14/03/198"),
          QStringLiteral("The year \"198\" has 3 digits: type it with "
                         "four digits (2026) or two (26).") },
        { QStringLiteral("14/13/2026"),
          QStringLiteral("There is no month 13: a month goes from 1 to 12.") },
        { QStringLiteral("31/06/2026"),
          QStringLiteral("June 2026 has no day 31: it has 30 days.") },
        { QStringLiteral("29/02/2027"),
          QStringLiteral("February 2027 has no day 29: it has 28 days.") },
        { QStringLiteral("00/05/2026"), QStringLiteral("May 2026 has no day 0: it has 31 days.") },
        { QStringLiteral("01/01/0000"),
          QStringLiteral("There is no year 0. Type the day, the "
                         "month and the year, for example "
                         "14/03/2026.") },
    }));
    CAPTURE(typed);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale previous;
    QLocale::setDefault(english);
    const auto read = TypedDate::parse(typed, today, DateKind::Any);
    QLocale::setDefault(previous);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message == message);
}

TEST_CASE("a date is shown as dd/MM/yyyy and checked against its bounds", "[date]")
{
    CHECK(TypedDate::format(QDate(1986, 3, 4)) == QStringLiteral("04/03/1986"));
    CHECK(TypedDate::format(QDate()).isEmpty());
    CHECK(TypedDate::rangeProblem(QDate(2026, 1, 1), QDate(2026, 1, 1), QDate(2026, 12, 31))
              .isEmpty());
    CHECK(TypedDate::rangeProblem(QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 12, 31))
          == QStringLiteral("The date must lie between 01/01/2026 and 31/12/2026."));
    CHECK(TypedDate::rangeProblem(QDate(1899, 12, 31), QDate(1900, 1, 1), QDate())
          == QStringLiteral("The date may not lie before 01/01/1900."));
    CHECK(TypedDate::rangeProblem(QDate(2026, 12, 7), QDate(), today)
          == QStringLiteral("The date may not lie after 06/12/2026."));
    // The widest bounds of a field are not named: only the bound that means something is.
    CHECK(TypedDate::rangeProblem(QDate(2026, 12, 7), TypedDate::earliest(), today, today)
          == QStringLiteral("The date may not lie after today (06/12/2026)."));
    CHECK(TypedDate::rangeProblem(QDate(3026, 12, 7), TypedDate::earliest(), TypedDate::latest(),
                                  today)
          == QStringLiteral("The date may not lie after 31/12/2099."));
    CHECK(TypedDate::rangeProblem(QDate(1986, 3, 13), QDate(1986, 3, 14), TypedDate::latest())
          == QStringLiteral("The date may not lie before 14/03/1986."));
    // Two bounds that mean something are both named, also when the last one is today.
    CHECK(TypedDate::rangeProblem(QDate(2026, 12, 7), QDate(2026, 1, 1), today, today)
          == QStringLiteral("The date must lie between 01/01/2026 and 06/12/2026."));
}

} // namespace TRAJECT_UNITY_ID
