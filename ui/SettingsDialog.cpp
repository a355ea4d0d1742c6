// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace traject {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    // Each language is named in its own words, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int current = m_language->findData(Settings().get(Setting::Language));
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The new language is used from the next start of Trajectplanner."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Settings().set(Setting::Language, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace traject
