// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptionBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace traject {

EncryptionBar::EncryptionBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_encrypt(new QPushButton(tr("&Encrypt…")))
{
    setObjectName(QStringLiteral("encryptionBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x3a, 0x2a, 0x00));
    setPalette(palette);
    m_label->setWordWrap(true);
    connect(m_encrypt, &QPushButton::clicked, this, &EncryptionBar::encryptRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 4, 10, 4);
    row->addWidget(m_label, 1);
    row->addWidget(m_encrypt);
    setDemo(false);
}

void EncryptionBar::setDemo(bool demo)
{
    m_label->setText(demo ? tr("This is the demo database with made-up learners. It is not "
                               "encrypted, as it holds no real people.")
                          : tr("This file is not encrypted. Whoever has this laptop or a backup "
                               "can read the data of your learners."));
    m_encrypt->setVisible(!demo);
}

} // namespace traject
