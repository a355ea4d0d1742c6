// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Settings.h"
#include "documents/SpocContact.h"
#include "widgets/FormRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace traject {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    const Settings settings;
    m_language = new QComboBox;
    // Each language is named in its own words, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int current = m_language->findData(settings.get(Setting::Language));
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The new language is used from the next start of Trajectplanner."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);

    // The lock: an interview candidate at the table must not see the caseload when the SPOC
    // steps out. Never is possible, and said to be unwise.
    m_lockMinutes = new QSpinBox;
    m_lockMinutes->setRange(0, 120);
    m_lockMinutes->setSpecialValueText(tr("never"));
    connect(m_lockMinutes, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_lockMinutes->setSuffix(tr(" minute(s)", nullptr, minutes)); });
    m_lockMinutes->setValue(settings.get(Setting::LockAfterIdleMinutes));
    m_lockMinutes->setSuffix(tr(" minute(s)", nullptr, m_lockMinutes->value()));
    auto *lockGroup = new QGroupBox(tr("Lock"));
    auto *lockForm = new QFormLayout(lockGroup);
    auto *lockNote = new QLabel(
        tr("When you do not use Trajectplanner for this long, the window locks itself and hides "
           "every learner until you type your passphrase. Ctrl+L locks it at once, e.g. when you "
           "step out. Never is not wise: a laptop left open shows the whole caseload. This works "
           "only for an encrypted file."));
    lockNote->setWordWrap(true);
    lockForm->addRow(tr("Loc&k after"), m_lockMinutes);
    lockForm->addRow(lockNote);

    const SpocContact spoc = SpocContact::fromSettings(settings);
    m_name = new QLineEdit(spoc.name);
    m_organisation = new QLineEdit(spoc.organisation);
    m_phone = new QLineEdit(spoc.phone);
    m_phone->setPlaceholderText(tr("e.g. 0470 12 34 56"));
    m_email = new QLineEdit(spoc.email);
    m_email->setPlaceholderText(tr("e.g. name@organisation.be"));
    auto *you = new QGroupBox(tr("You as SPOC"));
    auto *youForm = new QFormLayout(you);
    auto *youNote = new QLabel(tr("Plans, attendance sheets and intake summaries print these "
                                  "details, so that learners and workplaces know how to reach "
                                  "you."));
    youNote->setWordWrap(true);
    youForm->addRow(youNote);
    addFormRow(youForm, m_errors, tr("Your &name"), m_name, QStringLiteral("name"));
    addFormRow(youForm, m_errors, tr("Or&ganisation"), m_organisation,
               QStringLiteral("organisation"));
    addFormRow(youForm, m_errors, tr("&Phone"), m_phone, QStringLiteral("phone"));
    addFormRow(youForm, m_errors, tr("&E-mail"), m_email, QStringLiteral("email"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(lockGroup);
    layout->addWidget(you);
    layout->addStretch();
    layout->addWidget(buttons);
    alignFormLabels(this);
    setMinimumWidth(520);
}

void SettingsDialog::accept()
{
    const SpocContact spoc { m_name->text(), m_phone->text(), m_email->text(),
                             m_organisation->text() };
    const Problems problems = spoc.validate();
    if (!m_errors.show(problems)) {
        // The first field with a message gets the focus, to be put right at once.
        const std::pair<QLineEdit *, const char *> fields[] { { m_name, "name" },
                                                              { m_organisation, "organisation" },
                                                              { m_phone, "phone" },
                                                              { m_email, "email" } };
        for (const auto &[field, name] : fields) {
            if (hasProblem(problems, QLatin1String(name))) {
                field->setFocus();
                break;
            }
        }
        return;
    }
    Settings settings;
    settings.set(Setting::Language, m_language->currentData().toString());
    settings.set(Setting::LockAfterIdleMinutes, m_lockMinutes->value());
    spoc.store(settings);
    QDialog::accept();
}

} // namespace traject
