// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace traject {

/// Installs the program's and Qt's own translations for a language ("nl" or "en").
/// Dutch is the default; English is the source text. Returns false when a file is missing.
bool installTranslations(const QString &language);

/// Removes what installTranslations() installed: the English source text again (the locale stays
/// as it is). For tests that speak a language for a while.
void removeTranslations();

/// The languages the program ships.
QStringList availableLanguages();

/// The locale that goes with one of our languages (dates, numbers).
QLocale localeFor(const QString &language);

/// Speaks another language for as long as it lives, e.g. to print a document in English from a
/// Dutch program: its translations go before the installed ones, and the default locale follows.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QTranslator *m_translator = nullptr;
    QLocale m_previous;
};

} // namespace traject
