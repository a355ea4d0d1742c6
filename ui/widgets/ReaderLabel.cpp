// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderLabel.h"

#include <QLabel>

namespace traject {

void labelForReader(QWidget *field, const QString &text)
{
    QWidget *parent = field->parentWidget();
    if (!parent)
        return;
    QLabel *label = nullptr;
    for (QLabel *sibling : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        if (sibling->objectName() == QLatin1String("readerLabel") && sibling->buddy() == field)
            label = sibling;
    if (!label) {
        label = new QLabel(parent);
        label->setObjectName(QStringLiteral("readerLabel"));
        label->setBuddy(field);
        label->hide();
    }
    label->setText(QString(text).remove(QLatin1Char('&')));
}

} // namespace traject
