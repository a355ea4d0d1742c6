// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace traject {

/// Installs the program's and Qt's own translations for a language ("nl" or "en").
/// Dutch is the default; English is the source text. Returns false when a file is missing.
bool installTranslations(const QString &language);

/// The languages the program ships.
QStringList availableLanguages();

} // namespace traject
