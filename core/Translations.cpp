// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace traject {

namespace {
QTranslator *ownTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

void replace(QTranslator *&slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}
} // namespace

bool installTranslations(const QString &language)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/trajectplanner_%1.qm").arg(language));
    replace(ownTranslator, ownLoaded ? own : nullptr);
    if (!ownLoaded)
        delete own;

    auto *qt = new QTranslator(QCoreApplication::instance());
    const bool qtLoaded = language == QLatin1String("en")
        || qt->load(QStringLiteral("qtbase_%1").arg(language),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(qtTranslator, qtLoaded && language != QLatin1String("en") ? qt : nullptr);
    if (!qtLoaded || language == QLatin1String("en"))
        delete qt;

    QLocale::setDefault(localeFor(language));
    return ownLoaded && qtLoaded;
}

void removeTranslations()
{
    replace(ownTranslator, nullptr);
    replace(qtTranslator, nullptr);
}

QStringList availableLanguages()
{
    return { QStringLiteral("nl"), QStringLiteral("en") };
}

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Dutch, QLocale::Belgium);
}

ScopedLanguage::ScopedLanguage(const QString &language)
    : m_previous(QLocale())
{
    auto *translator = new QTranslator;
    if (translator->load(QStringLiteral(":/i18n/trajectplanner_%1.qm").arg(language))
        && QCoreApplication::installTranslator(translator))
        m_translator = translator;
    else
        delete translator;
    QLocale::setDefault(localeFor(language));
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    QLocale::setDefault(m_previous);
}

} // namespace traject
