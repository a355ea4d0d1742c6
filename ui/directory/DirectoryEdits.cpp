// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryEdits.h"

#include "Session.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <memory>

namespace traject {

bool askToRemove(QWidget *parent, const QString &question)
{
    return MessageBox::question(parent, QCoreApplication::translate("Directory", "Remove"),
                                question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void clearDefaultButtons(QWidget *dialog)
{
    const auto buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void silenceChildren(QObject *owner)
{
    const auto children = owner->findChildren<QObject *>();
    for (QObject *child : children)
        child->blockSignals(true);
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace traject
