// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/NationalNumber.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("valid national register numbers give their birth date and gender")
{
    const auto [text, birthDate, gender] = GENERATE(table<const char *, QDate, Gender>({
        { "85.07.30-033.28", QDate(1985, 7, 30), Gender::Male },
        { "85073003328", QDate(1985, 7, 30), Gender::Male },
        { "900101 124 94", QDate(1990, 1, 1), Gender::Female },
        // Born from 2000 on: the check digits are computed over 2YYMMDDSSS.
        { "01.02.03-124.44", QDate(2001, 2, 3), Gender::Female },
        { "24.02.29-001.64", QDate(2024, 2, 29), Gender::Male },
        // The same digits with the pre-2000 check: 29 February 1924 existed too.
        { "24.02.29-001.35", QDate(1924, 2, 29), Gender::Male },
    }));
    CAPTURE(text);
    const auto number = NationalNumber::parse(QString::fromLatin1(text));
    REQUIRE(number.has_value());
    CHECK(number->birthDate() == birthDate);
    CHECK(number->gender() == gender);
    CHECK_FALSE(number->isBisNumber());
}

TEST_CASE("a BIS number adds 40 to the month")
{
    const auto number = NationalNumber::parse(QStringLiteral("85.47.30-033.17"));
    REQUIRE(number.has_value());
    CHECK(number->isBisNumber());
    CHECK(number->birthDate() == QDate(1985, 7, 30));
}

TEST_CASE("a number with an unknown birth month has no birth date but is valid")
{
    const auto number = NationalNumber::parse(QStringLiteral("85.00.30-033.76"));
    REQUIRE(number.has_value());
    CHECK_FALSE(number->birthDate().has_value());
    CHECK(number->birthYear() == 1985);
}

TEST_CASE("invalid national register numbers are refused with a reason")
{
    const auto [text, reasonPart] = GENERATE(table<const char *, const char *>({
        { "85.07.30-033.29", "check digits" },
        { "12345", "11 digits" },
        { "850730033281", "11 digits" },
        { "85O73003328", "only digits" },
        { "85.13.30-033.xx", "only digits" },
        { "85.02.30-033.90", "birth date" },
    }));
    CAPTURE(text);
    QString problem;
    CHECK_FALSE(NationalNumber::parse(QString::fromLatin1(text), &problem).has_value());
    CHECK(problem.contains(QString::fromLatin1(reasonPart)));
}

TEST_CASE("a national register number is formatted with dots and a dash")
{
    CHECK(NationalNumber::parse(QStringLiteral("85073003328"))->formatted()
          == QStringLiteral("85.07.30-033.28"));
}

TEST_CASE("a BIS number with 20 added to the month does not tell the gender")
{
    const QString base = QStringLiteral("852730033");
    const int check = 97 - static_cast<int>(base.toLongLong() % 97);
    const auto number
        = NationalNumber::parse(base + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0')));
    REQUIRE(number.has_value());
    CHECK(number->isBisNumber());
    CHECK(number->gender() == Gender::Unknown);
    CHECK(number->birthDate() == QDate(1985, 7, 30));
}

} // namespace TRAJECT_UNITY_ID
