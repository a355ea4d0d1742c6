// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeTab.h"

#include "Session.h"
#include "intake/IntakeLauncher.h"
#include "storage/IntakeRepository.h"
#include "widgets/DateField.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

void IntakeListModel::setIntakes(std::vector<Intake> intakes)
{
    beginResetModel();
    m_intakes = std::move(intakes);
    endResetModel();
}

const Intake *IntakeListModel::intakeAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_intakes.at(static_cast<std::size_t>(row));
}

int IntakeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_intakes.size());
}

int IntakeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeListModel::data(const QModelIndex &index, int role) const
{
    const Intake *intake = intakeAt(index.row());
    if (!intake || !index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Date:
        return shownDate(intake->date);
    case State:
        return intake->isFinished() ? tr("Finished on %1").arg(shownDate(intake->finishedAt.date()))
                                    : tr("In progress");
    case Decision:
        return intake->decision ? label(*intake->decision) : QString();
    case Version:
        return intake->templateVersion;
    }
    return {};
}

QVariant IntakeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case State:
        return tr("State");
    case Decision:
        return tr("Decision");
    case Version:
        return tr("Questions (version)");
    }
    return {};
}

IntakeTab::IntakeTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_model = new IntakeListModel(this);
    m_view = new TableView(this);
    m_view->setAccessibleName(tr("Intake interviews"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);

    m_start = new QPushButton(tr("&New intake"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_summary = new QPushButton(tr("Summary as P&DF…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_open);
    buttons->addWidget(m_summary);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *intro = new QLabel(
        tr("The intake interview: the questions to read out, the barriers, the decision and the "
           "next steps. An unfinished intake can be resumed; a finished one can be read."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_start, &QPushButton::clicked, this, &IntakeTab::startIntake);
    connect(m_open, &QPushButton::clicked, this, &IntakeTab::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &IntakeTab::removeCurrent);
    connect(m_summary, &QPushButton::clicked, this, [this] {
        const Intake *intake = current();
        if (!intake)
            return;
        if (const QString message = intake::saveSummary(m_session, intake->id, this);
            !message.isEmpty())
            MessageBox::information(this, tr("Intake summary"), message);
    });
    connect(m_view, &QTableView::activated, this, &IntakeTab::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntakeTab::updateButtons);
    updateButtons();
}

void IntakeTab::reload()
{
    IntakeRepository intakes(m_session.database(), m_session.clock());
    auto list = m_learnerId != 0 ? intakes.forLearner(m_learnerId) : std::vector<Intake>();
    m_model->setIntakes(list ? *list : std::vector<Intake>());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->resizeColumnsToContents();
    updateButtons();
}

const Intake *IntakeTab::current() const
{
    return m_model->intakeAt(m_view->currentIndex().row());
}

void IntakeTab::updateButtons()
{
    const Intake *intake = current();
    m_start->setEnabled(m_learnerId != 0);
    m_open->setEnabled(intake != nullptr);
    m_open->setText(intake && !intake->isFinished() ? tr("Res&ume") : tr("&Open"));
    m_remove->setEnabled(intake != nullptr && !intake->isFinished());
    m_summary->setEnabled(intake != nullptr);
}

void IntakeTab::startIntake()
{
    if (m_learnerId != 0)
        intake::startOrResume(m_session, m_learnerId, this);
    reload();
}

void IntakeTab::openCurrent()
{
    if (const Intake *intake = current())
        intake::open(m_session, intake->id, this);
    reload();
}

void IntakeTab::removeCurrent()
{
    const Intake *shown = current();
    if (!shown || shown->isFinished())
        return;
    const Intake intake = *shown; // the model may reload while the question is open
    if (MessageBox::question(this, tr("Remove intake"),
                             tr("Remove the unfinished intake of %1 with its answers? The "
                                "barriers and actions it made stay in the file.")
                                 .arg(shownDate(intake.date)))
        != QMessageBox::Yes)
        return;
    Status removed = m_session.remove(tr("Remove intake"), m_learnerId, intake.id,
                                      m_session.through(&IntakeRepository::remove, Aspect::Intake));
    if (!removed)
        MessageBox::warning(this, tr("Remove intake"), removed.error().message);
}

} // namespace traject
