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

    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch,
                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Belgium));
    return ownLoaded && qtLoaded;
}

QStringList availableLanguages()
{
    return { QStringLiteral("nl"), QStringLiteral("en") };
}

} // namespace traject
