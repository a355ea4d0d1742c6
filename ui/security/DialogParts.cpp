// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogParts.h"
#include "widgets/Tones.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QProgressBar>
#include <QWidget>

namespace traject {

void makeProblemLine(QLabel *label)
{
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, alertColour(palette));
    label->setPalette(palette);
    label->setVisible(false);
}

QWidget *makeBusyRow(const QString &text)
{
    auto *bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(12);
    auto *busy = new QWidget;
    auto *row = new QHBoxLayout(busy);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(text));
    row->addWidget(bar, 1);
    busy->setVisible(false);
    return busy;
}

} // namespace traject
