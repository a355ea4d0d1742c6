// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValues.h"

#include <QRegularExpression>

namespace traject::importvalue {

QString normalised(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString word;
    word.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            word.append(c);
    }
    return word;
}

std::optional<QDate> date(const QString &text, QString *problem)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QDate();
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto match = iso.match(value); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
    } else if (const auto match = dayFirst.match(value); match.hasMatch()) {
        if (match.capturedLength(3) != 4) {
            *problem = Texts::tr("\"%1\": write the year with four digits, for example "
                                 "25/03/1990.")
                           .arg(value);
            return std::nullopt;
        }
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
        year = match.captured(3).toInt();
    } else {
        *problem = Texts::tr("\"%1\" is not a date: write it as dd/mm/yyyy, for example "
                             "25/03/1990.")
                       .arg(value);
        return std::nullopt;
    }
    const QDate result(year, month, day);
    if (!result.isValid()) {
        *problem = Texts::tr("The date %1 does not exist.").arg(value);
        return std::nullopt;
    }
    return result;
}

std::optional<bool> yesNo(const QString &text, QString *problem)
{
    const QString word = normalised(text);
    static const QStringList yes { QStringLiteral("ja"),   QStringLiteral("j"),
                                   QStringLiteral("yes"),  QStringLiteral("y"),
                                   QStringLiteral("x"),    QStringLiteral("1"),
                                   QStringLiteral("waar"), QStringLiteral("true") };
    static const QStringList no { QStringLiteral("nee"),   QStringLiteral("neen"),
                                  QStringLiteral("n"),     QStringLiteral("no"),
                                  QStringLiteral("0"),     QStringLiteral("onwaar"),
                                  QStringLiteral("false"), QString() };
    if (yes.contains(word))
        return true;
    if (no.contains(word) || word.isEmpty())
        return false;
    *problem = Texts::tr("\"%1\": write ja or nee.").arg(text.trimmed());
    return std::nullopt;
}

std::optional<int> wholeNumber(const QString &text, bool *ok)
{
    const QString value = text.trimmed();
    *ok = true;
    if (value.isEmpty())
        return std::nullopt;
    const int number = value.toInt(ok);
    if (!*ok)
        return std::nullopt;
    return number;
}

std::optional<Gender> gender(const QString &text)
{
    return enumValue<Gender>(text,
                             { { "v", Gender::Female },
                               { "vrouw", Gender::Female },
                               { "vrouwelijk", Gender::Female },
                               { "f", Gender::Female },
                               { "woman", Gender::Female },
                               { "m", Gender::Male },
                               { "man", Gender::Male },
                               { "mannelijk", Gender::Male },
                               { "x", Gender::X },
                               { "ander", Gender::X },
                               { "anders", Gender::X },
                               { "other", Gender::X },
                               { "onbekend", Gender::Unknown },
                               { "", Gender::Unknown } });
}

std::optional<Nt2Level> nt2Level(const QString &text)
{
    return enumValue<Nt2Level>(text,
                               { { "a1", Nt2Level::L1_1 },
                                 { "a2", Nt2Level::L1_2 },
                                 { "b1", Nt2Level::L2_4 },
                                 { "b2", Nt2Level::L3 },
                                 { "c1", Nt2Level::L4 },
                                 { "c2", Nt2Level::L4 },
                                 { "geen", Nt2Level::None },
                                 { "nt1", Nt2Level::Native },
                                 { "moedertaal", Nt2Level::Native },
                                 { "onbekend", Nt2Level::Unknown },
                                 { "", Nt2Level::Unknown } });
}

std::optional<EducationLevel> educationLevel(const QString &text)
{
    return enumValue<EducationLevel>(text,
                                     { { "laag", EducationLevel::Low },
                                       { "laaggeschoold", EducationLevel::Low },
                                       { "midden", EducationLevel::Medium },
                                       { "middengeschoold", EducationLevel::Medium },
                                       { "middel", EducationLevel::Medium },
                                       { "hoog", EducationLevel::High },
                                       { "hooggeschoold", EducationLevel::High },
                                       { "onbekend", EducationLevel::Unknown },
                                       { "", EducationLevel::Unknown } });
}

std::optional<MigrationBackground> migrationBackground(const QString &text)
{
    return enumValue<MigrationBackground>(text,
                                          { { "ja", MigrationBackground::Yes },
                                            { "j", MigrationBackground::Yes },
                                            { "nee", MigrationBackground::No },
                                            { "neen", MigrationBackground::No },
                                            { "n", MigrationBackground::No },
                                            { "onbekend", MigrationBackground::Unknown },
                                            { "", MigrationBackground::Unknown } });
}

std::optional<StatusBeforeStart> statusBeforeStart(const QString &text)
{
    return enumValue<StatusBeforeStart>(text,
                                        { { "werkzoekend", StatusBeforeStart::JobSeeker },
                                          { "werkzoekende", StatusBeforeStart::JobSeeker },
                                          { "werkloos", StatusBeforeStart::JobSeeker },
                                          { "nietwerkend", StatusBeforeStart::Inactive },
                                          { "inactief", StatusBeforeStart::Inactive },
                                          { "werkend", StatusBeforeStart::Working },
                                          { "aanhetwerk", StatusBeforeStart::Working },
                                          { "onbekend", StatusBeforeStart::Unknown },
                                          { "", StatusBeforeStart::Unknown } });
}

std::optional<EmploymentService> employmentService(const QString &text)
{
    return enumValue<EmploymentService>(text,
                                        { { "geen", EmploymentService::None },
                                          { "ander", EmploymentService::Other },
                                          { "andere", EmploymentService::Other },
                                          { "", EmploymentService::None } });
}

std::optional<Transport> transport(const QString &text)
{
    return enumValue<Transport>(text,
                                { { "tevoet", Transport::OnFoot },
                                  { "fiets", Transport::Bicycle },
                                  { "openbaarvervoer", Transport::PublicTransport },
                                  { "bus", Transport::PublicTransport },
                                  { "trein", Transport::PublicTransport },
                                  { "delijn", Transport::PublicTransport },
                                  { "wagen", Transport::Car },
                                  { "auto", Transport::Car },
                                  { "brommer", Transport::Moped },
                                  { "bromfiets", Transport::Moped },
                                  { "scooter", Transport::Moped },
                                  { "ander", Transport::Other },
                                  { "anders", Transport::Other },
                                  { "onbekend", Transport::Unknown },
                                  { "", Transport::Unknown } });
}

} // namespace traject::importvalue
