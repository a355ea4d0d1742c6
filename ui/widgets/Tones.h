// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace traject {

/// The colours that say something — a problem, a caution — chosen against the desktop's palette,
/// so that they stay readable with a dark or high-contrast theme: the usual dark red on a light
/// window, a light red on a dark one. Colour is never the only sign (the text says it too).
QColor alertColour(const QPalette &palette);
QColor alertColour();
QColor cautionColour(const QPalette &palette);
QColor cautionColour();
/// A style sheet that writes a label's text in the alert colour, bold if asked.
QString alertStyle(bool bold = false);

/// The text on a pale cell or note background of our own (a status cell, a note bar): dark on
/// any desktop, as a dark theme's white text would vanish on it.
inline QColor textOnPale()
{
    return QColor(0x1f, 0x1f, 0x1f);
}

} // namespace traject
