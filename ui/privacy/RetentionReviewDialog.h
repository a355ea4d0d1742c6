// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace traject {

class RetentionModel;
class Session;
class Settings;

/// "Bewaartermijn nakijken…": the learners whose trajectory ended more than N years ago (N is
/// the RetentionYears setting, changed here), to anonymise, erase for good or look at first.
/// Anonymised learners are not listed again.
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionReviewDialog(Session &session, Settings &settings, QWidget *parent = nullptr);

    /// Reads the list again (also after every change the session reports).
    void reload();
    /// The learners chosen in the list, in list order.
    QList<qint64> chosenLearners() const;

    void anonymiseChosen();
    void eraseChosen();
    /// Asks to open the dossier of the first chosen learner, and closes.
    void openChosen();

    QSpinBox *yearsBox() const { return m_years; }
    QTableView *view() const { return m_view; }
    RetentionModel *model() const { return m_model; }
    /// The friendly sentence shown instead of an empty list.
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *anonymiseButton() const { return m_anonymise; }
    QPushButton *eraseButton() const { return m_erase; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    /// The SPOC wants to see this learner's dossier (the main window opens it).
    void openDossierRequested(qint64 learnerId);

private:
    void updateButtons();
    void updateSuffix();

    Session &m_session;
    Settings &m_settings;
    RetentionModel *m_model = nullptr;
    QSpinBox *m_years = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_anonymise = nullptr;
    QPushButton *m_erase = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace traject
