// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"
#include "intake/Intake.h"

#include <QAbstractTableModel>

#include <vector>

class QPushButton;
class QTableView;

namespace traject {

/// The intakes of one learner: date, state, decision and template version.
class IntakeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        State,
        Decision,
        Version,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setIntakes(std::vector<Intake> intakes);
    const Intake *intakeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Intake> m_intakes;
};

/// The dossier tab "Intake": the learner's intake interviews, to start, resume, read or remove.
class IntakeTab : public DossierTab
{
    Q_OBJECT

public:
    explicit IntakeTab(Session &session, QWidget *parent = nullptr);

    void reload() override;
    Aspects shows() const override { return Aspect::Intake; }

    QTableView *view() const { return m_view; }
    IntakeListModel *model() const { return m_model; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *removeButton() const { return m_remove; }

    void startIntake();
    void openCurrent();
    void removeCurrent();

private:
    const Intake *current() const;
    void updateButtons();

    IntakeListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_summary = nullptr;
};

} // namespace traject
