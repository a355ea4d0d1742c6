// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticesDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace traject {

NoticesDialog::NoticesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Third-party licences"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Trajectplanner contains software of others. Their licences ask "
                                "that their notices travel with the program; here they are, as "
                                "their authors wrote them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *notices = new QPlainTextEdit(text(), this);
    notices->setReadOnly(true);
    notices->setLineWrapMode(QPlainTextEdit::NoWrap);
    notices->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    notices->setAccessibleName(tr("Licence notices"));
    intro->setBuddy(notices);
    layout->addWidget(notices, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString NoticesDialog::text()
{
    QFile file(QStringLiteral(":/notices/third-party.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace traject
