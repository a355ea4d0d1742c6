// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockScreen.h"

#include "PassphraseField.h"
#include "UnlockDialog.h"
#include "crypto/KeyFile.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

LockScreen::LockScreen(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Trajectplanner is locked"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *why = new QLabel(tr("Everything you were doing is kept, and shows again when you type "
                              "your passphrase."));
    why->setWordWrap(true);
    why->setAlignment(Qt::AlignCenter);

    m_panel = new QFrame;
    m_panel->setObjectName(QStringLiteral("lockPanel"));
    m_panel->setFixedWidth(560);
    auto *panel = new QVBoxLayout(m_panel);
    panel->addWidget(title);
    panel->addWidget(why);
    panel->addSpacing(12);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(m_panel, 0, Qt::AlignHCenter);
    outer->addStretch(3);
}

LockScreen::~LockScreen() = default;

UnlockDialog *LockScreen::form() const
{
    return m_form;
}

void LockScreen::begin()
{
    delete m_form;
    // The form of the start, inside the window: no window of its own that could be moved aside.
    m_form = new UnlockDialog(m_databasePath, m_panel);
    m_form->setWindowFlags(Qt::Widget);
    m_form->setIntro(tr("Type your passphrase to go on."));
    m_form->cancelButton()->hide();
    // Only a check: the key is still in the program's memory while the window is locked.
    const QString path = m_databasePath;
    m_form->setCheck([path](const QString &passphrase) -> Status {
        auto keys = crypto::KeyFile::read(crypto::KeyFile::pathFor(path));
        if (!keys)
            return keys.error();
        auto key = keys->unlock(passphrase);
        if (!key)
            return key.error();
        return {};
    });
    // Escape (reject) would hide the form: it stays, there is nothing to go back to.
    connect(m_form, &QDialog::rejected, this, [this] {
        m_form->show();
        m_form->passphraseField()->setFocus();
    });
    connect(m_form, &QDialog::accepted, this, [this] {
        m_form->deleteLater();
        Q_EMIT unlocked();
    });
    m_panel->layout()->addWidget(m_form);
    m_form->show();
    m_form->passphraseField()->setFocus();
}

} // namespace traject
