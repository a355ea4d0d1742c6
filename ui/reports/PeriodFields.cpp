// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/PeriodFields.h"

#include "widgets/DateField.h"

#include <QHBoxLayout>
#include <QLabel>

namespace traject {

PeriodFields::PeriodFields(QWidget *parent, QDate first, QDate last, QDate today)
{
    from = DateField::make({ .today = today, .value = first }, parent);
    to = DateField::make({ .today = today, .value = last }, parent);
    from->setObjectName(QStringLiteral("from"));
    to->setObjectName(QStringLiteral("to"));
    auto *fromLabel = new QLabel(tr("&From"), parent);
    fromLabel->setBuddy(from);
    auto *toLabel = new QLabel(tr("&To"), parent);
    toLabel->setBuddy(to);
    from->setAccessibleName(fromLabel->text().remove(QLatin1Char('&')));
    to->setAccessibleName(toLabel->text().remove(QLatin1Char('&')));
    row = new QHBoxLayout;
    for (QLabel *label : { fromLabel, toLabel }) {
        // Level with the text of the fields, which say under them what they understood.
        label->setMinimumHeight(from->lineEdit()->sizeHint().height());
    }
    row->addWidget(fromLabel, 0, Qt::AlignTop);
    row->addWidget(from, 0, Qt::AlignTop);
    row->addSpacing(12);
    row->addWidget(toLabel, 0, Qt::AlignTop);
    row->addWidget(to, 0, Qt::AlignTop);
    row->addStretch();
}

} // namespace traject
