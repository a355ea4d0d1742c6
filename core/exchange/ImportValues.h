// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace traject::importvalue {

/// Texts for the parsing problems (context "ImportValues").
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
};

/// Lower case, accents removed, and only letters and digits kept: "E-mail adres" → "emailadres".
QString normalised(const QString &text);

/// A date as Belgian spreadsheets write it: dd/mm/yyyy, d/m/yyyy (also with - or .) or
/// yyyy-mm-dd. An empty cell is an invalid date without a problem.
std::optional<QDate> date(const QString &text, QString *problem);

/// ja/nee, yes/no, j/n, x, 1/0, waar/onwaar; an empty cell is "no".
std::optional<bool> yesNo(const QString &text, QString *problem);

/// A whole number of months (0 or more); nullopt without a problem for an empty cell.
std::optional<int> wholeNumber(const QString &text, bool *ok);

/// Synonyms of one enumeration, normalised words to values, tried after the code and the labels.
template<typename E> using Synonyms = std::initializer_list<std::pair<const char *, E>>;

/// The value a cell names: its code, its English label, its translated label, or a synonym;
/// nullopt when none fits.
template<typename E> std::optional<E> enumValue(const QString &text, Synonyms<E> synonyms = {})
{
    const QString word = normalised(text);
    for (const auto &entry : enumEntries<E>()) {
        if (word == normalised(QLatin1String(entry.code))
            || word == normalised(QLatin1String(entry.label))
            || word == normalised(translateEnumLabel(entry.label)))
            return entry.value;
    }
    for (const auto &[synonym, value] : synonyms) {
        if (word == QLatin1String(synonym))
            return value;
    }
    return std::nullopt;
}

/// The words a cell may use for each enumeration of a learner (Dutch and English).
std::optional<Gender> gender(const QString &text);
std::optional<Nt2Level> nt2Level(const QString &text);
std::optional<EducationLevel> educationLevel(const QString &text);
std::optional<MigrationBackground> migrationBackground(const QString &text);
std::optional<StatusBeforeStart> statusBeforeStart(const QString &text);
std::optional<EmploymentService> employmentService(const QString &text);
std::optional<Transport> transport(const QString &text);

} // namespace traject::importvalue
