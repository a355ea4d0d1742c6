// SPDX-License-Identifier: GPL-3.0-or-later
#include "EraseLearnerDialog.h"
#include "widgets/ItemViews.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

namespace {

QString normalised(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

EraseLearnerDialog::EraseLearnerDialog(const QString &learnerName, const QStringList &backups,
                                       QWidget *parent)
    : QDialog(parent)
    , m_learnerName(learnerName)
{
    setWindowTitle(tr("Erase for good"));
    auto *layout = new QVBoxLayout(this);

    auto *explanation = new QLabel(
        tr("<p><b>%1</b> and everything about them (barriers, actions, logbook, workplace "
           "learning, intake, plans kept) will be removed from this file for good. This cannot "
           "be undone, also not with Undo.</p>"
           "<p>Export the data first if the learner asked for a copy.</p>")
            .arg(learnerName.toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    if (!backups.isEmpty()) {
        auto *backupLabel
            = new QLabel(tr("These backups still hold the learner (found by their number, "
                            "whatever their name was then):"),
                         this);
        backupLabel->setWordWrap(true);
        layout->addWidget(backupLabel);
        auto *list = new ListWidget(this);
        list->setAccessibleName(tr("Backups that hold the learner"));
        for (const auto &backup : backups)
            list->addItem(QDir::toNativeSeparators(backup));
        list->setMaximumHeight(110);
        layout->addWidget(list);
        m_fromBackups = new QCheckBox(tr("Erase the learner from these backups &too"), this);
        m_fromBackups->setChecked(true);
        layout->addWidget(m_fromBackups);
        auto *elsewhere = new QLabel(
            tr("Copies the program does not know of (copied by hand, on other disks) are not "
               "found: erase the learner there yourself."),
            this);
        elsewhere->setWordWrap(true);
        layout->addWidget(elsewhere);
    }

    auto *prompt = new QLabel(
        tr("Type the learner's name to confirm: %1").arg(learnerName.toHtmlEscaped()), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name of the learner"));
    prompt->setBuddy(m_name);
    layout->addWidget(m_name);

    auto *buttons = new QDialogButtonBox(this);
    m_erase = buttons->addButton(tr("&Erase for good"), QDialogButtonBox::DestructiveRole);
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // No default button: Enter in the name field erases only when the name is right.
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_erase->setEnabled(nameConfirmed()); });
    connect(m_name, &QLineEdit::returnPressed, this, &EraseLearnerDialog::accept);
    connect(m_erase, &QPushButton::clicked, this, &EraseLearnerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    resize(520, sizeHint().height());
}

bool EraseLearnerDialog::alsoFromBackups() const
{
    return m_fromBackups && m_fromBackups->isChecked();
}

bool EraseLearnerDialog::nameConfirmed() const
{
    return !m_learnerName.trimmed().isEmpty()
        && normalised(m_name->text()) == normalised(m_learnerName);
}

void EraseLearnerDialog::accept()
{
    // Enter in the name field must not erase anything unless the name is right.
    if (!nameConfirmed())
        return;
    QDialog::accept();
}

} // namespace traject
