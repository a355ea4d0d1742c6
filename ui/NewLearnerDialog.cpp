// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewLearnerDialog.h"

#include "Session.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

NewLearnerDialog::NewLearnerDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New learner"));
    m_firstName = new QLineEdit;
    m_lastName = new QLineEdit;
    m_phase = new QComboBox;
    for (const Phase phase : allValues<Phase>()) {
        if (!isSideState(phase) && phase != Phase::Aftercare && phase != Phase::Outflow)
            m_phase->addItem(label(phase), QVariant::fromValue(static_cast<int>(phase)));
    }
    m_since = new DateField;
    m_since->setToday(session.clock().today());
    m_since->setKind(DateKind::Past);
    m_since->setMaximumDate(session.clock().today());
    m_since->setDate(session.clock().today());
    m_since->setAccessibleName(tr("&Since").remove(QLatin1Char('&')));

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&First name"), m_firstName, QStringLiteral("firstName"));
    m_errors.addRow(form, tr("&Last name"), m_lastName, QStringLiteral("lastName"));
    m_errors.addRow(form, tr("&Phase"), m_phase, QStringLiteral("phase"));
    addFormRow(form, m_errors, tr("&Since"), m_since, QStringLiteral("phaseSince"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add learner"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    // Room for the date's message under the field ("De datum mag niet na … liggen.").
    setMinimumWidth(460);
}

void NewLearnerDialog::accept()
{
    // What was typed in the date is judged first: a refused date stays, with its message.
    if (!m_since->commit()) {
        m_since->setFocus(Qt::OtherFocusReason);
        return;
    }
    Learner learner;
    learner.firstName = m_firstName->text().trimmed();
    learner.lastName = m_lastName->text().trimmed();
    learner.phase = static_cast<Phase>(m_phase->currentData().toInt());
    learner.phaseSince = m_since->date();
    if (!m_errors.show(learner.validate(m_session.clock().today())))
        return;
    auto id = m_session.add(
        tr("Add learner %1").arg(learner.fullName()), Session::NewLearner,
        [this, learner]() mutable {
            return LearnerRepository(m_session.database(), m_session.clock()).add(learner);
        },
        m_session.through(&LearnerRepository::remove, everyAspect()));
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return;
    }
    m_created = *id;
    QDialog::accept();
}

} // namespace traject
