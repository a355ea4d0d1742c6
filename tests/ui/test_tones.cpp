// SPDX-License-Identifier: GPL-3.0-or-later
// Colours that say something stay readable on a dark or high-contrast desktop: the alert and
// caution colours are chosen against the palette's window colour, and the text on our own pale
// status colours is dark whatever the desktop's text colour. Measured as WCAG's contrast ratio
// (4.5:1 for normal text).
#include "dossier/placements/PlacementDayModel.h"
#include "dossier/training/ModulePlanModel.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QLabel>

#include <catch2/catch.hpp>

#include <cmath>

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

double luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette windowOf(const QColor &window, const QColor &text)
{
    return QPalette(text, window);
}

} // namespace

TEST_CASE("tones: the alert and caution colours are readable on a light, a dark and a "
          "high-contrast window",
          "[tones]")
{
    for (const auto &[window, text] : { std::pair(QColor(Qt::white), QColor(Qt::black)),
                                        std::pair(QColor(0xef, 0xef, 0xef), QColor(Qt::black)),
                                        std::pair(QColor(0x30, 0x30, 0x30), QColor(Qt::white)),
                                        std::pair(QColor(Qt::black), QColor(Qt::white)) }) {
        INFO("window " << window.name().toStdString());
        const QPalette palette = windowOf(window, text);
        CHECK(contrast(alertColour(palette), window) >= 4.5);
        CHECK(contrast(cautionColour(palette), window) >= 4.5);
    }
    // On the usual light desktop the alert colour stays the red the program always had.
    CHECK(alertColour(windowOf(Qt::white, Qt::black)) == QColor(0xb0, 0x00, 0x20));
}

TEST_CASE("tones: a label in the alert style follows the desktop's palette", "[tones]")
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(windowOf(Qt::black, Qt::white));
    QLabel dark;
    dark.setStyleSheet(alertStyle());
    dark.ensurePolished();
    const QColor onDark = dark.palette().color(QPalette::WindowText);
    QApplication::setPalette(before);
    CHECK(contrast(onDark, Qt::black) >= 4.5);
    CHECK(onDark != QColor(0xb0, 0x00, 0x20));
}

TEST_CASE("tones: the text on a status's pale colour is dark, and readable, with any desktop "
          "text colour",
          "[tones]")
{
    for (int status = 0; status <= int(ModuleStatus::Retake); ++status) {
        const QColor pale = ModulePlanModel::statusColour(ModuleStatus(status));
        if (pale.isValid())
            CHECK(contrast(textOnPale(), pale) >= 4.5);
    }
    for (int status = 0; status <= int(PlacementDayStatus::Cancelled); ++status) {
        const QColor pale = PlacementDayModel::statusColour(PlacementDayStatus(status));
        if (pale.isValid())
            CHECK(contrast(textOnPale(), pale) >= 4.5);
    }
}

} // namespace TRAJECT_UNITY_ID
