// SPDX-License-Identifier: GPL-3.0-or-later
// A widget test that speaks a language for a while, e.g. to look at the Dutch UI the SPOC sees.
#pragma once

#include "Translations.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QString>

namespace traject::test {

/// Installs a language's translations (traject::installTranslations) for as long as it lives,
/// and then goes back to what the test runner set up (tests/support/main_ui.cpp): the English
/// source text, unless TRAJECT_TEST_LANGUAGE chose a language; the default locale as it was.
/// Make the windows after it: widgets take their texts when they are made.
class TestLanguage
{
public:
    explicit TestLanguage(const QString &language)
        : m_locale(QLocale())
    {
        // English without a runner language is the source text itself: nothing to install.
        if (language != QLatin1String("en") || !runnerLanguage().isEmpty())
            REQUIRE(installTranslations(language));
    }
    ~TestLanguage()
    {
        if (runnerLanguage().isEmpty())
            removeTranslations();
        else
            installTranslations(runnerLanguage());
        QLocale::setDefault(m_locale);
    }
    TestLanguage(const TestLanguage &) = delete;
    TestLanguage &operator=(const TestLanguage &) = delete;

private:
    static QString runnerLanguage() { return qEnvironmentVariable("TRAJECT_TEST_LANGUAGE"); }
    QLocale m_locale;
};

} // namespace traject::test
