// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tones.h"

#include <QGuiApplication>

namespace traject {

namespace {

bool darkWindow(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor alertColour(const QPalette &palette)
{
    return darkWindow(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor alertColour()
{
    return alertColour(QGuiApplication::palette());
}

QColor cautionColour(const QPalette &palette)
{
    return darkWindow(palette) ? QColor(0xff, 0xc1, 0x07) : QColor(0xa0, 0x50, 0x00);
}

QColor cautionColour()
{
    return cautionColour(QGuiApplication::palette());
}

QString alertStyle(bool bold)
{
    return QStringLiteral("color: %1;%2")
        .arg(alertColour().name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

} // namespace traject
