// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPassphraseFields.h"

#include "PassphraseField.h"
#include "PassphraseStrength.h"

#include <QFormLayout>
#include <QLabel>

namespace traject {

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QWidget(parent)
    , m_first(new PassphraseField)
    , m_second(new PassphraseField)
    , m_strength(new QLabel)
{
    m_strength->setWordWrap(true);
    connect(m_first, &PassphraseField::textChanged, this, &NewPassphraseFields::showStrength);
    connect(m_first, &PassphraseField::textChanged, this, &NewPassphraseFields::changed);
    connect(m_second, &PassphraseField::textChanged, this, &NewPassphraseFields::changed);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("New &passphrase:"), m_first);
    form->addRow(QString(), m_strength);
    form->addRow(tr("Type it &again:"), m_second);
    showStrength();
}

QString NewPassphraseFields::problem() const
{
    if (m_first->text().isEmpty())
        return tr("Type a new passphrase.");
    if (PassphraseStrength::estimate(m_first->text()) == PassphraseStrength::TooShort)
        return tr("The passphrase is too short: use at least %1 characters.")
            .arg(PassphraseStrength::minimumLength);
    if (m_second->text().isEmpty())
        return tr("Type the new passphrase a second time, to be sure of it.");
    if (m_first->text() != m_second->text())
        return tr("The two passphrases are not the same. Type them again.");
    return {};
}

QString NewPassphraseFields::passphrase() const
{
    return m_first->text();
}

void NewPassphraseFields::showStrength()
{
    if (m_first->text().isEmpty()) {
        m_strength->setText(tr("At least %1 characters. A few ordinary words in a row are easy "
                               "to remember and hard to guess.")
                                .arg(PassphraseStrength::minimumLength));
        return;
    }
    m_strength->setText(PassphraseStrength::hint(PassphraseStrength::estimate(m_first->text())));
}

} // namespace traject
